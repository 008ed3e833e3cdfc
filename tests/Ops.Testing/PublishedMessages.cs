using Shouldly;
using Wolverine.Tracking;

namespace Ops.Testing;

/// <summary>What an action published, as the modules hearing it receive it.</summary>
public static class PublishedMessages
{
    /// <summary>
    /// The messages of type <typeparamref name="T"/> the action published, each once. A contract message goes to the durable
    /// queue of every module that handles it (listing and logistics both hear <c>ProductApproved</c>), so the session holds
    /// one envelope per receiver of the same message.
    /// </summary>
    public static IReadOnlyList<T> Published<T>(this ITrackedSession session) => [.. session.Sent.MessagesOf<T>().Distinct()];

    /// <summary>The one message of type <typeparamref name="T"/> the action published, however many modules received it.</summary>
    public static T SinglePublished<T>(this ITrackedSession session) => session.Published<T>().ShouldHaveSingleItem();
}
