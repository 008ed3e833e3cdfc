using Marten;
using Wolverine;

namespace Ops.Shared.Audit;

/// <summary>
/// The person a request or message acts for, with the name people know them by (the account's display name), so that
/// history can say "Li Na" where the event's actor is <c>li.na@shop.example</c>. Modules do not read each other's
/// accounts, so the name travels with the work, written down when the event is stored:
/// <list type="bullet">
/// <item>a signed-in request takes it from its token (<c>OpsClaims.DisplayName</c>, see <c>Correlation</c>);</item>
/// <item>every message sent on that person's behalf carries it in <see cref="Header"/> (<see cref="ActorNameRelay"/>), and
/// its handler takes it up again (<see cref="ActorNameMessages"/>);</item>
/// <item>every event a store saves for that user name gets it in its <see cref="Header"/> (<see cref="ActorNameHeaders"/>).</item>
/// </list>
/// A name is only ever stamped beside the user name it belongs to: an event recorded as a timer or as "system" within a
/// person's request does not get the person's name.
/// </summary>
public static class ActingPerson
{
    /// <summary>The header that carries the display name, on messages and on stored events alike.</summary>
    public const string Header = "ops-actor-name";

    private sealed class Holder(string userName, string displayName)
    {
        public string UserName { get; } = userName;
        public string DisplayName { get; } = displayName;
        public bool Ended { get; set; }
    }

    private static readonly AsyncLocal<Holder?> Current = new();

    /// <summary>
    /// From here on (in this flow of work) <paramref name="userName"/> is known as <paramref name="displayName"/>.
    /// Disposing ends it also for work the flow started and that outlives it.
    /// </summary>
    public static IDisposable Begin(string userName, string displayName)
    {
        var holder = new Holder(userName, displayName);
        Current.Value = holder;
        return new Ending(holder);
    }

    /// <summary>The display name of <paramref name="userName"/> if it is the person this flow acts for.</summary>
    public static string? DisplayNameOf(string? userName) =>
        userName is not null && Current.Value is { Ended: false } person && person.UserName == userName ? person.DisplayName : null;

    private sealed class Ending(Holder holder) : IDisposable
    {
        public void Dispose() => holder.Ended = true;
    }
}

/// <summary>Every message sent for a person carries the person's display name beside the user name Wolverine relays.</summary>
public sealed class ActorNameRelay : IEnvelopeRule
{
    public void Modify(Envelope envelope)
    {
    }

    public void ApplyCorrelation(IMessageContext originator, Envelope outgoing)
    {
        var userName = outgoing.UserName ?? originator.UserName;
        if (ActingPerson.DisplayNameOf(userName) is { } name) outgoing.Headers[ActingPerson.Header] = name;
    }
}

/// <summary>Wolverine middleware on every handler: a message sent for a person acts for that person again.</summary>
public static class ActorNameMessages
{
    public static void Before(IMessageContext context)
    {
        // A sync method's change to an AsyncLocal stays with the (async) handler that called it, and ends with it.
        if (context.Envelope is { UserName: { } userName } envelope && envelope.TryGetHeader(ActingPerson.Header, out var name) && name is { Length: > 0 })
            ActingPerson.Begin(userName, name);
    }
}

/// <summary>
/// Stamps the acting person's display name on every event a session saves for that person's user name (Marten's
/// <c>LastModifiedBy</c>, the event's <c>userName</c>).
/// </summary>
public sealed class ActorNameHeaders : DocumentSessionListenerBase
{
    public override Task BeforeSaveChangesAsync(IDocumentSession session, CancellationToken token)
    {
        if (ActingPerson.DisplayNameOf(session.LastModifiedBy) is { } name)
            foreach (var e in session.PendingChanges.Streams().SelectMany(s => s.Events))
                e.SetHeader(ActingPerson.Header, name);
        return Task.CompletedTask;
    }
}
