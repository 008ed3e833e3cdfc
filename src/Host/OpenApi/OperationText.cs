using System.Text.RegularExpressions;
using FastEndpoints;
using Namotion.Reflection;

namespace Ops.Host.OpenApi;

/// <summary>
/// An operation's words come from its endpoint class: the <c>&lt;summary&gt;</c> comment (read from the module's XML
/// documentation) is the description; the summary is FastEndpoints' <c>Summary(…)</c> when the endpoint gives one,
/// else the comment's first sentence.
/// </summary>
internal static partial class OperationText
{
    public static (string? Summary, string? Description) Of(EndpointDefinition definition)
    {
        var comment = Normalise(Comment(definition.EndpointType));
        var description = string.IsNullOrWhiteSpace(definition.EndpointSummary?.Description) ? comment : definition.EndpointSummary.Description;
        var summary = string.IsNullOrWhiteSpace(definition.EndpointSummary?.Summary) ? FirstSentence(comment) : definition.EndpointSummary.Summary;
        return (NullIfEmpty(summary), NullIfEmpty(description));
    }

    /// <summary>The class's own comment, else the one of the shared endpoint it specialises (settings, history).</summary>
    private static string Comment(Type endpoint)
    {
        for (var type = endpoint; type is not null && type != typeof(object); type = type.BaseType)
        {
            var comment = (type.IsGenericType ? type.GetGenericTypeDefinition() : type).GetXmlDocsSummary();
            if (!string.IsNullOrWhiteSpace(comment)) return comment;
        }
        return "";
    }

    private static string Normalise(string text) => Whitespace().Replace(text, " ").Trim();

    private static string FirstSentence(string comment)
    {
        var sentence = SentenceEnd().Split(comment, 2)[0].Trim();
        return sentence.TrimEnd('.');
    }

    private static string? NullIfEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    /// <summary>A full stop followed by a space: the end of the first sentence (not the dot in <c>listing.md</c>).</summary>
    [GeneratedRegex(@"(?<=\.)\s")]
    private static partial Regex SentenceEnd();
}
