using System.Globalization;

namespace Ops.Shared.Outcomes;

/// <summary>
/// A business rule a command may break, named by what it demands
/// (<c>supplier.grade_d_cannot_be_approved</c>). The code is stable: clients and tests match on it. The message
/// reaches people, so it comes in English and Simplified Chinese (PRODUCT.md §11).
/// </summary>
public sealed record Rule(string Code, string Message, string? ChineseMessage = null)
{
    /// <summary>
    /// When one refusal stands for several rules checked together (a quality gate), each of them, the first being the
    /// one <see cref="Code"/> names; otherwise empty. The refusal then names every rule broken, not just the first.
    /// </summary>
    public IReadOnlyList<RuleBreach> Breaches { get; init; } = [];

    /// <summary>The message in the request's language (<c>Accept-Language: zh-CN</c> → Chinese when given).</summary>
    public string MessageFor(CultureInfo culture) => Bilingual.For(culture, Message, ChineseMessage);

    public override string ToString() => Code;
}

/// <summary>One rule a checked whole breaks, and on which field (a path as the request names it; null for the whole).</summary>
public sealed record RuleBreach(string Code, string? Field, string Message, string? ChineseMessage = null)
{
    public string MessageFor(CultureInfo culture) => Bilingual.For(culture, Message, ChineseMessage);
}

/// <summary>
/// What a pure decide function returns: the events to append, or the rule that refuses the command.
/// An idempotent repeat is accepted with no events.
/// </summary>
public sealed record Decision
{
    private Decision(IReadOnlyList<object> events, Rule? refusal)
    {
        Events = events;
        Refusal = refusal;
    }

    public IReadOnlyList<object> Events { get; }
    public Rule? Refusal { get; }
    public bool IsRefused => Refusal is not null;

    public static Decision Accept(params object[] events) => new(events, null);
    public static Decision Refused(Rule rule) => new([], rule);

    public static implicit operator Decision(Rule refusal) => Refused(refusal);
}
