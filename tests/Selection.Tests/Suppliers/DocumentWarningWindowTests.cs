using Ops.Selection;
using Ops.Selection.Suppliers;
using Ops.Shared;
using Ops.Shared.Paging;
using static Selection.Tests.SupplierScenarios;

namespace Selection.Tests;

/// <summary>The edges of the document warnings list (QualificationDocumentTests covers its ordinary case).</summary>
public sealed class DocumentWarningWindowTests(SelectionApp app) : SelectionTest(app)
{
    [Fact]
    public async Task the_warning_window_is_the_warn_days_setting_and_includes_its_last_day()
    {
        await App.ChangeSettings(new SelectionSettings { WarnDaysBeforeExpiry = 45 });
        await App.Registered(NewSupplier(documents: [Licence("BL-45", new DateOnly(2031, 7, 16)), Licence("BL-46", new DateOnly(2031, 7, 17))]));

        App.Clock.SetUtcNow(new DateTimeOffset(2031, 6, 1, 23, 0, 0, TimeSpan.Zero));

        (await DocumentWarnings()).Items.Select(w => (w.Number, w.Expired)).ShouldBe([("BL-45", false)]);
    }

    [Fact]
    public async Task a_document_shows_as_expired_from_the_start_of_its_expiry_day_in_utc()
    {
        await App.Registered(NewSupplier(documents: Licence("BL-1", new DateOnly(2031, 6, 30))));

        App.Clock.SetUtcNow(new DateTimeOffset(2031, 6, 29, 23, 59, 0, TimeSpan.Zero));
        var dayBefore = await DocumentWarnings();
        App.Clock.SetUtcNow(new DateTimeOffset(2031, 6, 30, 0, 0, 0, TimeSpan.Zero));
        var expiryDay = await DocumentWarnings();

        dayBefore.Items.ShouldHaveSingleItem().Expired.ShouldBeFalse();
        expiryDay.Items.ShouldHaveSingleItem().Expired.ShouldBeTrue();
    }

    private Task<Page<DocumentWarning>> DocumentWarnings() =>
        As(Role.OpsManager, x => x.Get.Url($"{Suppliers}/document-warnings")).Ok<Page<DocumentWarning>>();
}
