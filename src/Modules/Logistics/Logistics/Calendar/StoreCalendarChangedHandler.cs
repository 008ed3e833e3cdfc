using Marten;
using Ops.Organization.Contracts;
using Ops.Shared.Calendar;

namespace Ops.Logistics.Calendar;

/// <summary>Logistics' copy of each store's calendar (<see cref="StoreCalendarCopy"/>): ship-by deadlines count working days by it.</summary>
public static class StoreCalendarChangedHandler
{
    public static Task Handle(StoreCalendarChanged changed, IDocumentSession session) =>
        StoreCalendarCopy.KeepAsync(session, new(changed.StoreId, changed.TimeZone, changed.Weekend, changed.Holidays, changed.ChangedAt)
        {
            OpensAt = changed.OpensAt, ClosesAt = changed.ClosesAt,
        });
}
