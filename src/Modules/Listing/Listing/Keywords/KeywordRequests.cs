using FastEndpoints;
using FluentValidation;
using Ops.Shared;
using Ops.Shared.Validation;

namespace Ops.Listing.Keywords;

/// <summary>One keyword with what research found about it, as a client sends it.</summary>
public sealed record KeywordRequest
{
    public string Keyword { get; init; } = "";

    /// <summary>Monthly searches.</summary>
    public int SearchVolume { get; init; }

    public KeywordRelevance? Relevance { get; init; }

    /// <summary>How many places on Amazon lead shoppers searching this term to the listing.</summary>
    public int EntryPoints { get; init; }

    internal KeywordEntry ToEntry() => new(KeywordText.Normalise(Keyword), new KeywordMetrics(SearchVolume, Relevance!.Value, EntryPoints));
}

/// <summary>The keywords of a request that adds to the set (<c>POST</c>) or replaces it (<c>PUT</c>).</summary>
public sealed record KeywordListRequest
{
    public Guid Id { get; init; }
    public IReadOnlyList<KeywordRequest> Keywords { get; init; } = [];
}

public sealed class KeywordListValidator : Validator<KeywordListRequest>
{
    public const int MaxKeywordLength = 200;
    public const int MaxKeywordsPerRequest = 500;

    public KeywordListValidator()
    {
        RuleFor(r => r.Keywords).Cascade(CascadeMode.Stop).NotNull()
            .MaximumCount(MaxKeywordsPerRequest)
            .WithMessage(_ => Bilingual.Pick($"At most {MaxKeywordsPerRequest} keywords at a time.", $"每次最多 {MaxKeywordsPerRequest} 个关键词。"))
            .Must(BeDistinct)
            .WithMessage(_ => Bilingual.Pick("Each keyword may be given once (ignoring case and extra spaces).",
                "每个关键词只能出现一次（忽略大小写和多余空格）。"));
        RuleForEach(r => r.Keywords).NotNull().SetValidator(new KeywordRequestValidator());
    }

    private static bool BeDistinct(IReadOnlyList<KeywordRequest?> keywords)
    {
        var keys = keywords.OfType<KeywordRequest>().Where(k => !string.IsNullOrWhiteSpace(k.Keyword)).Select(k => KeywordText.Key(k.Keyword)).ToList();
        return keys.Distinct().Count() == keys.Count;
    }

    private sealed class KeywordRequestValidator : AbstractValidator<KeywordRequest>
    {
        public KeywordRequestValidator()
        {
            RuleFor(k => k.Keyword).NotEmpty().MaximumLength(MaxKeywordLength);
            RuleFor(k => k.SearchVolume).GreaterThanOrEqualTo(0);
            RuleFor(k => k.Relevance).NotNull().IsInEnum();
            RuleFor(k => k.EntryPoints).GreaterThanOrEqualTo(0);
        }
    }
}
