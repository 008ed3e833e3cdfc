namespace Ops.Organization;

internal static class ReportingLines
{
    /// <summary>
    /// Whether giving <paramref name="subject"/> the superior <paramref name="superior"/> closes a loop in a reporting
    /// line (positions reporting to positions, employees to managers): walks up from the superior.
    /// </summary>
    public static async Task<bool> WouldLoopAsync(Guid subject, Guid? superior, Func<Guid, Task<Guid?>> superiorOf)
    {
        var seen = new HashSet<Guid>();
        for (var current = superior; current is { } id; current = await superiorOf(id))
        {
            if (id == subject) return true;
            if (!seen.Add(id)) return false;
        }
        return false;
    }
}
