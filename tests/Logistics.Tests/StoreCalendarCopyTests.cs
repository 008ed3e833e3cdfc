using System.Text.Json.Nodes;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Ops.Logistics;
using Ops.Organization.Contracts;
using Ops.Shared.Calendar;

namespace Logistics.Tests;

/// <summary>
/// Issue 15: logistics' copy of a store's calendar keeps the store's business hours from <c>StoreCalendarChanged</c>, so
/// business-time deadlines count by them; a copy kept before the hours were announced reads the policy's 09:00–18:00.
/// </summary>
public sealed class StoreCalendarCopyTests(LogisticsApp app) : LogisticsTest(app)
{
    private ILogisticsStore Store => Host.Services.GetRequiredService<ILogisticsStore>();

    private async Task<StoreCalendarCopy> CopyOf(Guid storeId)
    {
        await using var session = Store.QuerySession();
        return (await session.LoadAsync<StoreCalendarCopy>(storeId)).ShouldNotBeNull();
    }

    [Fact]
    public async Task the_announced_business_hours_are_kept_and_counted_by()
    {
        var storeId = Guid.NewGuid();

        await App.Deliver(new StoreCalendarChanged(storeId, "America/New_York", [DayOfWeek.Saturday, DayOfWeek.Sunday], [], OpsFixture.Start)
        {
            OpensAt = new TimeOnly(8, 0), ClosesAt = new TimeOnly(17, 0),
        });

        var copy = await CopyOf(storeId);
        (copy.OpensAt, copy.ClosesAt).ShouldBe((new TimeOnly(8, 0), new TimeOnly(17, 0)));
        var calendar = copy.ToWorkingCalendar();
        // Friday 6 November 2026 16:50 + 60 business minutes: 10 on Friday, 50 on Monday from 08:00.
        calendar.AddBusinessTime(calendar.AtLocal(new DateOnly(2026, 11, 6), new TimeOnly(16, 50)), TimeSpan.FromHours(1))
            .ShouldBe(calendar.AtLocal(new DateOnly(2026, 11, 9), new TimeOnly(8, 50)));
    }

    [Fact]
    public async Task a_copy_stored_before_business_hours_were_announced_reads_nine_to_six()
    {
        var storeId = Guid.NewGuid();
        await App.Deliver(new StoreCalendarChanged(storeId, "America/New_York", [DayOfWeek.Saturday, DayOfWeek.Sunday], [], OpsFixture.Start)
        {
            OpensAt = new TimeOnly(7, 0), ClosesAt = new TimeOnly(15, 0),
        });

        // The shape stored before issue 15, written directly in PostgreSQL: no opening or closing time.
        await using (var session = Store.LightweightSession())
        {
            session.QueueSqlCommand("update logistics.mt_doc_storecalendarcopy set data = data - 'opensAt' - 'closesAt' where id = ?", storeId);
            await session.SaveChangesAsync();
        }
        await using (var session = Store.QuerySession())
        {
            var stored = JsonNode.Parse((await session.AdvancedSql.QueryAsync<string>(
                "select data::text from logistics.mt_doc_storecalendarcopy where id = ?", CancellationToken.None, storeId)).Single())!.AsObject();
            stored.ContainsKey("opensAt").ShouldBeFalse();
            stored.ContainsKey("timeZone").ShouldBeTrue();
        }

        var copy = await CopyOf(storeId);
        (copy.OpensAt, copy.ClosesAt).ShouldBe((new TimeOnly(9, 0), new TimeOnly(18, 0)));
        copy.ToWorkingCalendar().BusinessTimeBetween(OpsFixture.Start, OpsFixture.Start.AddDays(7)).ShouldBe(TimeSpan.FromHours(45));
    }
}
