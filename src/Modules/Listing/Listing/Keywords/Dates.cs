namespace Ops.Listing.Keywords;

internal static class Dates
{
    /// <summary>
    /// Today where it is latest (UTC+14), the bound of dates that may not lie in the future: a team in China recording
    /// Monday's figures early on Monday is not refused because it is still Sunday in UTC.
    /// </summary>
    public static DateOnly LatestToday(TimeProvider time) => DateOnly.FromDateTime(time.GetUtcNow().ToOffset(TimeSpan.FromHours(14)).DateTime);
}
