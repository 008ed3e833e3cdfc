using System.Globalization;
using System.Text.Json;
using Ops.Shared.Calendar;
using Ops.Shared.Modules;
using Ops.Shared.Outcomes;

namespace Ops.Shared.Audit;

/// <summary>A person signed in, the system itself (a timer, a seed, a message without a person) or an integrator's API client.</summary>
public enum ActorKind { Person, System, ApiClient }

/// <summary>
/// Who did what a history entry records, as people read it. <see cref="Id"/> is the actor as the event stores it (a
/// person's e-mail address, <c>api-client:{name}</c>, <c>ops:deadline</c>, <c>system</c>, <c>seed</c>); <see cref="Name"/>
/// is what to show: the person's display name, the API client's name, or the system actor's label in the request's
/// language ("system: go-live timer").
/// </summary>
public sealed record HistoryActor(ActorKind Kind, string Id, string Name);

/// <summary>Turns the stored actor of an event (and the names stored beside it) into a <see cref="HistoryActor"/>.</summary>
public sealed class HistoryActors(IEnumerable<OpsModule> modules)
{
    private readonly IReadOnlyDictionary<string, DeadlineTimerAttribute> _timers = modules
        .SelectMany(m => DeadlineTimerAttribute.DeclaredIn(m.Assembly))
        .DistinctBy(t => t.Key)
        .ToDictionary(t => t.Key);

    /// <summary>The labels of the actors that are not people, by their stored name.</summary>
    private static readonly Dictionary<string, (string English, string Chinese)> SystemLabels = new(StringComparer.Ordinal)
    {
        [Actors.System] = ("system", "系统"),
        [Actors.Seed] = ("system: initial data", "系统：初始数据"),
        // Events recorded by a timer before timers said which one they are.
        [DeadlineMessages.Actor] = ("system: deadline timer", "系统：期限计时器"),
    };

    public HistoryActor Describe(string? userName, IReadOnlyDictionary<string, object>? headers, CultureInfo culture)
    {
        var zh = culture.TwoLetterISOLanguageName == "zh";
        if (userName is null or "") return System(Actors.System, SystemLabels[Actors.System], zh);
        if (userName == DeadlineMessages.Actor && HeaderText(headers, DeadlineMessages.TimerHeader) is { } key && _timers.TryGetValue(key, out var timer))
            return new HistoryActor(ActorKind.System, userName, zh ? timer.ChineseName : timer.Name);
        if (SystemLabels.TryGetValue(userName, out var label)) return System(userName, label, zh);
        if (userName.StartsWith(Actors.ApiClientPrefix, StringComparison.Ordinal))
            return new HistoryActor(ActorKind.ApiClient, userName, userName[Actors.ApiClientPrefix.Length..]);
        // Events stored before display names travelled with them show the user name (the e-mail address).
        return new HistoryActor(ActorKind.Person, userName, HeaderText(headers, ActingPerson.Header) ?? userName);
    }

    private static HistoryActor System(string id, (string English, string Chinese) label, bool zh) =>
        new(ActorKind.System, id, zh ? label.Chinese : label.English);

    private static string? HeaderText(IReadOnlyDictionary<string, object>? headers, string key) =>
        headers is not null && headers.TryGetValue(key, out var value)
            ? value switch
            {
                string s => s,
                JsonElement { ValueKind: JsonValueKind.String } e => e.GetString(),
                _ => null,
            } is { Length: > 0 } text ? text : null
            : null;
}
