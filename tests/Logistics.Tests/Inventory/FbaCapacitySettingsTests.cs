using Ops.Logistics;
using Ops.Logistics.Inventory;
using Ops.Selection.Contracts;
using Ops.Shared;
using Ops.Shared.Settings;

namespace Logistics.Tests.Inventory;

public sealed class FbaCapacitySettingsTests(LogisticsApp app) : LogisticsTest(app)
{
    private const string Url = "/api/logistics/settings";

    [Fact]
    public async Task each_storage_type_has_a_capacity_by_default_and_a_negative_one_is_a_field_error()
    {
        var settings = (await As(Role.Auditor, x => x.Get.Url(Url)).Ok<PolicySettingsView<LogisticsSettings>>()).Settings;
        settings.FbaCapacity.ShouldBe(new FbaCapacity());
        settings.FbaCapacity.For(StorageType.Flammable).ShouldBe(500);

        await As(Role.OpsManager, x => x.Put.Json(new LogisticsSettings { FbaCapacity = new FbaCapacity { Aerosol = -1 } }).ToUrl(Url))
            .ShouldHaveFieldError("fbaCapacity");
    }

    [Theory]
    [InlineData(18, 14, 8, 20, StorageType.Standard)]
    [InlineData(18.1, 1, 1, 1, StorageType.Oversize)]
    [InlineData(15, 14.1, 1, 1, StorageType.Oversize)]
    [InlineData(10, 10, 8.1, 1, StorageType.Oversize)]
    [InlineData(10, 10, 5, 20.1, StorageType.Oversize)]
    public void the_storage_type_follows_the_package_size(decimal length, decimal width, decimal height, decimal weight, StorageType expected) =>
        StorageTypes.Of(new ProductSize(length, width, height, weight)).ShouldBe(expected);
}
