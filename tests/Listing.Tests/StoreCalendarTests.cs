using Microsoft.Extensions.DependencyInjection;
using Ops.Listing;
using Ops.Shared.Calendar;
using Ops.Organization.Contracts;
using Ops.Shared;
using Wolverine.Tracking;

namespace Listing.Tests;

/// <summary>
/// Organisation announces a store's calendar; listing keeps its own copy for the go-live deadline. This is the
/// message between modules travelling through the durable outbox, end to end.
/// </summary>
public sealed class StoreCalendarTests(ListingApp app) : ListingTest(app)
{
    private static readonly DateOnly Thanksgiving = new(2030, 11, 28);

    private async Task<StoreCalendarCopy?> ListingCopyOf(Guid storeId)
    {
        await using var session = Host.Services.GetRequiredService<IListingStore>().QuerySession();
        return await session.LoadAsync<StoreCalendarCopy>(storeId);
    }

    [Fact]
    public async Task a_new_store_calendar_reaches_listing_through_the_outbox()
    {
        var (result, tracked) = await App.Tracking(() => As(Role.Admin, x => x.Post.Json(new
        {
            sellerName = "Ops Shanghai",
            timeZone = "Asia/Shanghai",
            weekend = new[] { "Sunday" },
            holidays = new[] { new { date = "2030-10-01", name = "National Day" } },
        }).ToUrl("/api/org/stores")));
        await result.ShouldHaveStatus(201);
        var storeId = (await result.ReadAsJsonAsync<IdOnly>())!.Id;

        // One envelope per module that keeps a copy (listing, logistics), each through a durable local queue.
        tracked.Sent.MessagesOf<StoreCalendarChanged>().Select(m => m.StoreId).Distinct().ShouldBe([storeId]);
        tracked.Executed.Envelopes().Where(e => e.Message is StoreCalendarChanged).Select(e => e.Destination!.ToString())
            .ShouldAllBe(d => d.StartsWith("local://"));

        var copy = (await ListingCopyOf(storeId)).ShouldNotBeNull();
        copy.TimeZone.ShouldBe("Asia/Shanghai");
        copy.Weekend.ShouldBe([DayOfWeek.Sunday]);
        copy.Holidays.ShouldBe([new DateOnly(2030, 10, 1)]);
        copy.ToWorkingCalendar().IsWorkingDay(new DateOnly(2030, 11, 2)).ShouldBeTrue(); // a Saturday works in this store
    }

    [Fact]
    public async Task the_demo_store_calendar_is_known_to_listing_from_the_start()
    {
        var copy = (await ListingCopyOf(DemoStoreId)).ShouldNotBeNull();

        copy.TimeZone.ShouldBe("America/New_York");
        copy.ToWorkingCalendar().IsWorkingDay(new DateOnly(2027, 11, 25)).ShouldBeFalse(); // Thanksgiving 2027
    }

    [Fact]
    public async Task a_revised_calendar_replaces_the_copy()
    {
        App.Clock.Advance(TimeSpan.FromMinutes(5));
        await App.Tracking(() => As(Role.Admin, x => x.Put.Json(new
        {
            timeZone = "America/New_York",
            weekend = new[] { "Saturday", "Sunday" },
            holidays = new[] { new { date = Thanksgiving.ToString("yyyy-MM-dd"), name = "Thanksgiving Day" } },
        }).ToUrl($"/api/org/stores/{DemoStoreId}/calendar")).Ok<object>());

        var copy = (await ListingCopyOf(DemoStoreId)).ShouldNotBeNull();
        copy.Holidays.ShouldBe([Thanksgiving]);
        copy.ChangedAt.ShouldBe(OpsFixture.Start.AddMinutes(5));
    }

    [Fact]
    public async Task new_business_hours_reach_the_copy_and_its_calendar_counts_by_them()
    {
        (await ListingCopyOf(DemoStoreId)).ShouldNotBeNull().OpensAt.ShouldBe(new TimeOnly(9, 0));
        App.Clock.Advance(TimeSpan.FromMinutes(5));

        await App.Tracking(() => As(Role.Admin, x => x.Put.Json(new
        {
            marketplace = "US", sellerName = "Ops Demo Store", currency = "USD",
            businessHours = new { opensAt = "08:00:00", closesAt = "17:00:00" },
        }).ToUrl($"/api/org/stores/{DemoStoreId}")).Ok<object>());

        var copy = (await ListingCopyOf(DemoStoreId)).ShouldNotBeNull();
        (copy.OpensAt, copy.ClosesAt).ShouldBe((new TimeOnly(8, 0), new TimeOnly(17, 0)));
        copy.ChangedAt.ShouldBe(OpsFixture.Start.AddMinutes(5));
        var calendar = copy.ToWorkingCalendar();
        calendar.BusinessTimeBetween(calendar.AtLocal(new DateOnly(2030, 11, 5), new TimeOnly(0, 0)),
            calendar.AtLocal(new DateOnly(2030, 11, 5), new TimeOnly(12, 0))).ShouldBe(TimeSpan.FromHours(4));
    }

    [Fact]
    public async Task an_older_or_repeated_announcement_never_overwrites_a_newer_calendar()
    {
        var current = (await ListingCopyOf(DemoStoreId)).ShouldNotBeNull();

        await App.Deliver(new StoreCalendarChanged(DemoStoreId, "Europe/London", [DayOfWeek.Sunday], [], current.ChangedAt.AddMinutes(-1)));
        await App.Deliver(new StoreCalendarChanged(DemoStoreId, "Europe/London", [DayOfWeek.Sunday], [], current.ChangedAt));

        var after = (await ListingCopyOf(DemoStoreId)).ShouldNotBeNull();
        after.TimeZone.ShouldBe("America/New_York");
        after.Weekend.ShouldBe(current.Weekend);
        after.Holidays.ShouldBe(current.Holidays);
        after.ChangedAt.ShouldBe(current.ChangedAt);
    }

    private static readonly Guid DemoStoreId = DeterministicGuid.From("ops.org.store.demo");

    private sealed record IdOnly(Guid Id);
}
