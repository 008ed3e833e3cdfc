using Wolverine.Tracking;

namespace Service.Tests;

/// <summary>
/// What an action published to other modules, whether or not a module handles it yet: a message nobody subscribes to is
/// recorded as having no route, not as sent, and is still published.
/// </summary>
public static class Announcements
{
    public static IReadOnlyList<T> Announced<T>(this ITrackedSession session) =>
        [.. session.Sent.MessagesOf<T>().Concat(session.NoRoutes.MessagesOf<T>()).Distinct()];

    public static T SingleAnnounced<T>(this ITrackedSession session) => session.Announced<T>().ShouldHaveSingleItem();
}
