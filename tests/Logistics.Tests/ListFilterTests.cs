using Ops.Shared;
using Ops.Shared.Paging;

namespace Logistics.Tests;

/// <summary>Every text filter of a logistics list is bounded by the paging rules: one error for a filter too long, said once.</summary>
public sealed class ListFilterTests(LogisticsApp app) : LogisticsTest(app)
{
    [Theory]
    [InlineData("/api/logistics/orders", "marketplace")]
    [InlineData("/api/logistics/orders", "sku")]
    [InlineData("/api/logistics/orders", "search")]
    [InlineData("/api/logistics/channels", "carrier")]
    [InlineData("/api/logistics/channels", "search")]
    [InlineData("/api/logistics/receipts", "sku")]
    [InlineData("/api/logistics/returns", "search")]
    [InlineData("/api/logistics/reimbursements", "sku")]
    [InlineData("/api/logistics/reimbursements", "shipmentReference")]
    [InlineData("/api/logistics/inventory", "sku")]
    public async Task a_filter_longer_than_the_paging_bound_is_refused_with_one_error(string list, string filter)
    {
        var tooLong = new string('x', PageRequest.MaxFilterLength + 1);

        var problem = await As(Role.Auditor, x => x.Get.Url($"{list}?{filter}={tooLong}")).ShouldHaveFieldError(filter);

        problem.Errors![filter].ShouldHaveSingleItem();
        await (await As(Role.Auditor, x => x.Get.Url($"{list}?{filter}={tooLong[1..]}"))).ShouldHaveStatus(200);
    }
}
