using Alba;
using Ops.Listing.Listings;
using Ops.Shared;
using Ops.Shared.Audit;
using Wolverine.Tracking;
using static Listing.Tests.Listings.ListingScenarios;

namespace Listing.Tests.Listings;

/// <summary>
/// A listing's history as people read it (ADR 0018): the go-live timer is named as such, people and API clients by
/// their names, and each entry lists what it changed in the listing, before and after.
/// </summary>
public sealed class ReadableHistoryTests(ListingApp app) : ListingTest(app)
{
    private static string Line(HistoryChange c) =>
        $"{c.Field}: {c.Before?.GetRawText() ?? "null"} → {c.After?.GetRawText() ?? "null"}";

    [Fact]
    public async Task the_go_live_timer_is_named_as_the_system_timer_and_its_warning_shows_the_deadline_state_before_and_after()
    {
        var draft = await App.Drafted();
        var timers = await App.Deliver(Receipt(OpsFixture.Start), othersMayRefuse: true);
        var warning = timers.Scheduled.SingleEnvelope<WarnGoLiveDeadline>();
        await App.Play(warning);

        var warned = (await App.History(draft.Id)).Single(e => e.Type == "go_live_deadline_warned");
        var inChinese = (await App.As(Role.Auditor, x =>
        {
            x.Get.Url($"{ListingsUrl}/{draft.Id}/history");
            x.WithRequestHeader("Accept-Language", "zh-CN");
        }).Ok<IReadOnlyList<HistoryEntry>>()).Single(e => e.Type == "go_live_deadline_warned");

        warned.By.ShouldBe(new HistoryActor(ActorKind.System, "ops:deadline", "system: go-live timer"));
        inChinese.By.Name.ShouldBe("系统：上架计时器");
        warned.Changes.Select(Line).ShouldContain("deadlineState: \"Running\" → \"Warned\"");
        var warnedAt = warned.Changes.Single(c => c.Field == "deadline.warnedAt");
        (warnedAt.Before, warnedAt.After!.Value.GetDateTimeOffset()).ShouldBe((null, warning.ScheduledTime!.Value));
    }

    [Fact]
    public async Task a_content_change_shows_the_title_before_and_after_and_the_editors_name()
    {
        var draft = await App.Drafted();
        await App.ChangeContent(GoodContent(draft.Id)).Ok<ListingDetails>();

        var changed = (await App.History(draft.Id)).Single(e => e.Type == "listing_content_changed");

        changed.By.ShouldBe(new HistoryActor(ActorKind.Person, "listing@demo.ops", "Demo listing"));
        changed.Changes.Select(Line).ShouldContain(
            $"content.title: \"{NewListing().Title}\" → \"{GoodContent(draft.Id).Title}\"");
        changed.Changes.Single(c => c.Field == "content.bullets").Added!.Count.ShouldBe(5);
    }

    [Fact]
    public async Task the_platform_adapter_is_named_by_its_client_name()
    {
        var submitted = await App.Submitted();
        var adapter = await App.IntegratorKey("listing:write");
        await App.WithKey(adapter, x => x.Post.Json(Approval()).ToUrl($"{ListingsUrl}/{submitted.Id}/review-result")).Ok<ListingDetails>();

        var wentLive = (await App.History(submitted.Id)).Last();

        wentLive.By.ShouldBe(new HistoryActor(ActorKind.ApiClient, "api-client:Platform adapter", "Platform adapter"));
        wentLive.Changes.Select(Line).ShouldContain("status: \"Submitted\" → \"Live\"");
    }
}
