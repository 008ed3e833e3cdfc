using System.Text.Json;
using Ops.Organization;
using Ops.Organization.Contracts;
using Ops.Organization.Stores;
using Ops.Shared;
using Ops.Shared.Audit;
using Ops.Shared.Http;
using Ops.Shared.Paging;

namespace Organization.Tests;

public sealed class StoreTests(OrganizationApp app) : OrganizationTest(app)
{
    [Fact]
    public async Task a_store_registered_with_only_a_seller_name_gets_the_policy_defaults()
    {
        var result = await App.RegisterStore(new RegisterStoreRequest { SellerName = "Acme Outdoor" });

        await result.ShouldHaveStatus(201);
        var store = (await result.ReadAsJsonAsync<StoreView>())!;
        result.ETag().ShouldBe("\"1\"");
        result.Context.Response.Headers.Location.ToString().ShouldBe($"/api/org/stores/{store.Id}");
        store.ShouldBe(new StoreView
        {
            Id = store.Id, Version = 1, Marketplace = "US", SellerName = "Acme Outdoor", Currency = "USD",
            BusinessHours = new BusinessHours(new TimeOnly(9, 0), new TimeOnly(18, 0)), TimeZone = "America/New_York",
            Weekend = store.Weekend, Holidays = store.Holidays, RegisteredAt = OpsFixture.Start,
        });
        store.Weekend.ShouldBe([DayOfWeek.Saturday, DayOfWeek.Sunday], ignoreOrder: true);
        store.Holidays.ShouldBeEmpty();
    }

    [Fact]
    public async Task a_store_is_read_by_id_as_of_an_earlier_version_and_in_its_history()
    {
        var store = await App.GivenStore("Acme Outdoor");
        await App.Replace($"/api/org/stores/{store.Id}", Details(store.Id, "Acme Outdoor Gear"), ifMatch: "\"1\"").Ok<StoreView>();

        var current = await App.Get($"/api/org/stores/{store.Id}");
        current.ETag().ShouldBe("\"2\"");
        (await current.ReadAsJsonAsync<StoreView>())!.SellerName.ShouldBe("Acme Outdoor Gear");

        (await App.Get($"/api/org/stores/{store.Id}?version=1").Ok<StoreView>()).SellerName.ShouldBe("Acme Outdoor");

        var history = await App.Get($"/api/org/stores/{store.Id}/history", Role.Auditor).Ok<List<HistoryEntry>>();
        history.Select(h => (h.Version, h.Actor)).ShouldBe([(1L, "admin@demo.ops"), (2L, "admin@demo.ops")]);
        // asOf reads the events' stored timestamps (the database clock), so it is taken from the history.
        var asOf = Uri.EscapeDataString(history[0].Timestamp.ToString("O"));
        (await App.Get($"/api/org/stores/{store.Id}?asOf={asOf}").Ok<StoreView>()).SellerName.ShouldBe("Acme Outdoor");
        history.Select(h => h.Type).ShouldBe(["store_registered", "store_details_changed"]);
    }

    [Fact]
    public async Task stores_are_listed_filtered_and_sorted()
    {
        await App.GivenStore("Zephyr Home");
        await App.RegisterStore(new RegisterStoreRequest { SellerName = "Bavaria Tools", Marketplace = "DE", Currency = "EUR", TimeZone = "Europe/Berlin" })
            .Ok<StoreView>(201);

        var all = await App.Get("/api/org/stores?sort=-sellerName").Ok<Page<StoreView>>();
        all.Items.Select(s => s.SellerName).ShouldBe(["Zephyr Home", "Ops Demo Store", "Bavaria Tools"]);

        var german = await App.Get("/api/org/stores?marketplace=DE").Ok<Page<StoreView>>();
        german.Items.ShouldHaveSingleItem().SellerName.ShouldBe("Bavaria Tools");

        var searched = await App.Get("/api/org/stores?search=zeph").Ok<Page<StoreView>>();
        searched.TotalItems.ShouldBe(1);

        await App.Get("/api/org/stores?sort=currency").ShouldHaveFieldError("sort");
    }

    [Theory]
    [InlineData("Mars/Olympus_Mons")]
    [InlineData("Eastern Standard Time")]
    [InlineData("")]
    public async Task a_time_zone_must_be_a_known_iana_id(string timeZone)
    {
        await App.RegisterStore(new RegisterStoreRequest { SellerName = "Acme", TimeZone = timeZone }).ShouldHaveFieldError("timeZone");

        var store = await App.GivenStore();
        await App.Replace($"/api/org/stores/{store.Id}/calendar", new ChangeStoreCalendarRequest { TimeZone = timeZone, Weekend = [DayOfWeek.Sunday] })
            .ShouldHaveFieldError("timeZone");

        var inChinese = await App.As(Role.Admin, x =>
        {
            x.Post.Json(new RegisterStoreRequest { SellerName = "Acme", TimeZone = timeZone }).ToUrl("/api/org/stores");
            x.WithRequestHeader("Accept-Language", "zh-CN");
        }).ShouldHaveFieldError("timeZone");
        inChinese.Errors!["timeZone"].Single().ShouldStartWith("时区须为 IANA 时区标识");
    }

    [Fact]
    public async Task store_fields_are_validated()
    {
        var problem = await App.RegisterStore(new RegisterStoreRequest
        {
            SellerName = "",
            Marketplace = "usa",
            Currency = "XYZ",
            BusinessHours = new BusinessHours(new TimeOnly(18, 0), new TimeOnly(9, 0)),
            Weekend = Enum.GetValues<DayOfWeek>(),
            Holidays = [new(new DateOnly(2026, 12, 25), "Christmas"), new(new DateOnly(2026, 12, 25), "Christmas again")],
        }).ShouldHaveFieldError("sellerName");

        problem.Errors!.Keys.ShouldBe(["sellerName", "marketplace", "currency", "businessHours", "weekend", "holidays"], ignoreOrder: true);
    }

    [Fact]
    public async Task registering_a_store_announces_its_calendar()
    {
        var (store, messages) = await App.Tracking(() => App.GivenStore());

        var announced = Announced(messages);
        announced.StoreId.ShouldBe(store.Id);
        announced.TimeZone.ShouldBe("America/New_York");
        announced.Weekend.ShouldBe([DayOfWeek.Saturday, DayOfWeek.Sunday], ignoreOrder: true);
        announced.Holidays.ShouldBeEmpty();
        (announced.OpensAt, announced.ClosesAt).ShouldBe((new TimeOnly(9, 0), new TimeOnly(18, 0)));
        announced.ChangedAt.ShouldBe(OpsFixture.Start);
    }

    [Fact]
    public async Task a_store_registered_with_its_own_hours_announces_them()
    {
        var (_, messages) = await App.Tracking(() => App.RegisterStore(new RegisterStoreRequest
        {
            SellerName = "Early Birds", BusinessHours = new BusinessHours(new TimeOnly(7, 30), new TimeOnly(16, 0)),
        }).Ok<StoreView>(201));

        var announced = Announced(messages);
        (announced.OpensAt, announced.ClosesAt).ShouldBe((new TimeOnly(7, 30), new TimeOnly(16, 0)));
    }

    [Fact]
    public async Task changing_the_business_hours_announces_them_with_the_calendar()
    {
        var (store, _) = await App.Tracking(() => App.GivenStore());
        App.Clock.Advance(TimeSpan.FromMinutes(3));

        var (changed, messages) = await App.Tracking(() => App.Replace($"/api/org/stores/{store.Id}",
            Details(store.Id, store.SellerName) with { BusinessHours = new BusinessHours(new TimeOnly(8, 0), new TimeOnly(17, 0)) }).Ok<StoreView>());

        changed.BusinessHours.ShouldBe(new BusinessHours(new TimeOnly(8, 0), new TimeOnly(17, 0)));
        var announced = Announced(messages);
        // The lists are compared below (a record compares them by reference).
        announced.ShouldBe(new StoreCalendarChanged(store.Id, "America/New_York", announced.Weekend, announced.Holidays, OpsFixture.Start.AddMinutes(3))
        {
            OpensAt = new TimeOnly(8, 0), ClosesAt = new TimeOnly(17, 0),
        });
        announced.Weekend.ShouldBe([DayOfWeek.Saturday, DayOfWeek.Sunday], ignoreOrder: true);
        announced.Holidays.ShouldBeEmpty();
        messages.Executed.MessagesOf<StoreCalendarChanged>().Count().ShouldBe(3); // handled once by each module keeping a copy
    }

    [Fact]
    public void an_announcement_sent_before_business_hours_were_announced_reads_nine_to_six()
    {
        const string sentBefore = """
            {"storeId":"0193b2c4-0000-7000-8000-000000000001","timeZone":"America/New_York","weekend":[6,0],"holidays":["2030-11-28"],
             "changedAt":"2030-11-04T14:00:00+00:00"}
            """;

        var announced = JsonSerializer.Deserialize<StoreCalendarChanged>(sentBefore, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;

        announced.Holidays.ShouldBe([new DateOnly(2030, 11, 28)]);
        (announced.OpensAt, announced.ClosesAt).ShouldBe((new TimeOnly(9, 0), new TimeOnly(18, 0)));
    }

    [Fact]
    public async Task a_calendar_change_announces_the_store_hours_it_has()
    {
        var (store, _) = await App.Tracking(() => App.GivenStore());
        await App.Tracking(() => App.Replace($"/api/org/stores/{store.Id}",
            Details(store.Id, store.SellerName) with { BusinessHours = new BusinessHours(new TimeOnly(10, 0), new TimeOnly(19, 0)) }).Ok<StoreView>());

        var (_, messages) = await App.Tracking(() => App.Replace($"/api/org/stores/{store.Id}/calendar",
            new ChangeStoreCalendarRequest { TimeZone = "Europe/Berlin", Weekend = [DayOfWeek.Saturday, DayOfWeek.Sunday] }).Ok<StoreView>());

        var announced = Announced(messages);
        announced.TimeZone.ShouldBe("Europe/Berlin");
        (announced.OpensAt, announced.ClosesAt).ShouldBe((new TimeOnly(10, 0), new TimeOnly(19, 0)));
    }

    [Fact]
    public async Task a_calendar_change_is_announced_through_the_outbox()
    {
        // Waits for the registration's own announcement, so only the change's lands in the session below.
        var (store, _) = await App.Tracking(() => App.GivenStore());
        var holidays = new[] { new Holiday(new DateOnly(2026, 12, 25), "Christmas Day"), new Holiday(new DateOnly(2026, 12, 24), "Christmas Eve") };

        var (changed, messages) = await App.Tracking(() => App.Replace($"/api/org/stores/{store.Id}/calendar",
            new ChangeStoreCalendarRequest { TimeZone = "Asia/Shanghai", Weekend = [DayOfWeek.Sunday], Holidays = holidays }).Ok<StoreView>());

        changed.TimeZone.ShouldBe("Asia/Shanghai");
        changed.Holidays.Select(h => h.Date).ShouldBe([new DateOnly(2026, 12, 24), new DateOnly(2026, 12, 25)]);
        var announced = Announced(messages);
        announced.StoreId.ShouldBe(store.Id);
        announced.TimeZone.ShouldBe("Asia/Shanghai");
        announced.Weekend.ShouldBe([DayOfWeek.Sunday]);
        announced.Holidays.ShouldBe([new DateOnly(2026, 12, 24), new DateOnly(2026, 12, 25)]);
        messages.Executed.MessagesOf<StoreCalendarChanged>().Count().ShouldBe(3); // handled once by each module keeping a copy

        var history = await App.Get($"/api/org/stores/{store.Id}/history").Ok<List<HistoryEntry>>();
        history.Select(h => h.Type).ShouldBe(["store_registered", "store_calendar_revised"]);
    }

    [Fact]
    public async Task changing_only_the_seller_name_announces_no_calendar_change()
    {
        var store = await App.GivenStore();

        var (changed, messages) = await App.Tracking(() =>
            App.Replace($"/api/org/stores/{store.Id}", Details(store.Id, "Renamed Seller")).Ok<StoreView>());

        changed.SellerName.ShouldBe("Renamed Seller");
        messages.Sent.MessagesOf<StoreCalendarChanged>().ShouldBeEmpty();
    }

    [Fact]
    public async Task an_unchanged_calendar_writes_and_announces_nothing()
    {
        var store = await App.GivenStore();

        var (same, messages) = await App.Tracking(() => App.Replace($"/api/org/stores/{store.Id}/calendar",
            new ChangeStoreCalendarRequest { TimeZone = store.TimeZone, Weekend = [DayOfWeek.Sunday, DayOfWeek.Saturday], Holidays = [] })
            .Ok<StoreView>());

        same.Version.ShouldBe(1);
        messages.Sent.MessagesOf<StoreCalendarChanged>().ShouldBeEmpty();
    }

    [Fact]
    public async Task a_stale_if_match_is_refused()
    {
        var store = await App.GivenStore();
        await App.Replace($"/api/org/stores/{store.Id}", Details(store.Id, "First")).Ok<StoreView>();

        await App.Replace($"/api/org/stores/{store.Id}", Details(store.Id, "Second"), ifMatch: "\"1\"")
            .ShouldBeProblem(412, ProblemCodes.VersionMismatch);
        (await App.Get($"/api/org/stores/{store.Id}").Ok<StoreView>()).SellerName.ShouldBe("First");
    }

    [Fact]
    public async Task only_an_admin_writes_stores()
    {
        await App.RegisterStore(new RegisterStoreRequest { SellerName = "Acme" }, Role.Staff).ShouldBeProblem(403, ProblemCodes.Forbidden);
        await App.RegisterStore(new RegisterStoreRequest { SellerName = "Acme" }, Role.Auditor).ShouldBeProblem(403, ProblemCodes.Forbidden);
        await App.RegisterStore(new RegisterStoreRequest { SellerName = "Acme" }, Role.OpsManager).ShouldBeProblem(403, ProblemCodes.Forbidden);
        await App.Replace($"/api/org/stores/{OrganizationStructureSeed.DemoStoreId}/calendar",
                new ChangeStoreCalendarRequest { TimeZone = "UTC", Weekend = [] }, Role.Auditor)
            .ShouldBeProblem(403, ProblemCodes.Forbidden);

        (await App.Get("/api/org/stores", Role.Auditor).Ok<Page<StoreView>>()).TotalItems.ShouldBe(1);
    }

    [Fact]
    public async Task the_demo_store_is_seeded_with_the_us_federal_holidays()
    {
        var store = await App.Get($"/api/org/stores/{OrganizationStructureSeed.DemoStoreId}").Ok<StoreView>();

        store.Marketplace.ShouldBe("US");
        store.Currency.ShouldBe("USD");
        store.TimeZone.ShouldBe("America/New_York");
        store.Weekend.ShouldBe([DayOfWeek.Saturday, DayOfWeek.Sunday], ignoreOrder: true);
        store.Holidays.Count.ShouldBe(23);
        store.Holidays.ShouldContain(new Holiday(new DateOnly(2026, 7, 3), "Independence Day (observed)"));
        store.Holidays.ShouldContain(new Holiday(new DateOnly(2027, 11, 25), "Thanksgiving Day"));
    }

    [Fact]
    public async Task working_days_skip_weekends_and_holidays_in_the_store_time_zone()
    {
        var days = await App.Get($"/api/org/stores/{OrganizationStructureSeed.DemoStoreId}/working-days?from=2026-11-25&days=5")
            .Ok<List<StoreCalendarDay>>();

        days.ShouldBe(
        [
            new(new DateOnly(2026, 11, 25), true, null),
            new(new DateOnly(2026, 11, 26), false, "Thanksgiving Day"),
            new(new DateOnly(2026, 11, 27), true, null),
            new(new DateOnly(2026, 11, 28), false, null),
            new(new DateOnly(2026, 11, 29), false, null),
        ]);

        var today = await App.Get($"/api/org/stores/{OrganizationStructureSeed.DemoStoreId}/working-days?days=1").Ok<List<StoreCalendarDay>>();
        today.ShouldHaveSingleItem().Date.ShouldBe(DateOnly.FromDateTime(OpsFixture.Start.UtcDateTime));
        await App.Get($"/api/org/stores/{OrganizationStructureSeed.DemoStoreId}/working-days?days=0").ShouldHaveFieldError("days");
        await App.Get($"/api/org/stores/{Guid.NewGuid()}/working-days").ShouldBeProblem(404, ProblemCodes.NotFound);
    }

    /// <summary>
    /// The announcement, as every module keeping a copy of the calendar receives it: one envelope per module (listing and
    /// logistics count working days by it, service business time), all carrying the same calendar.
    /// </summary>
    private static StoreCalendarChanged Announced(Wolverine.Tracking.ITrackedSession messages)
    {
        var sent = messages.Sent.MessagesOf<StoreCalendarChanged>().ToList();
        sent.Count.ShouldBe(3);
        sent.Select(m => (m.StoreId, m.TimeZone, m.ChangedAt, string.Join(",", m.Weekend), string.Join(",", m.Holidays), m.OpensAt, m.ClosesAt))
            .Distinct().ShouldHaveSingleItem();
        return sent[0];
    }

    private static ChangeStoreDetailsRequest Details(Guid id, string sellerName) => new()
    {
        Id = id, Marketplace = "US", SellerName = sellerName, Currency = "USD", BusinessHours = BusinessHours.NineToSix,
    };
}
