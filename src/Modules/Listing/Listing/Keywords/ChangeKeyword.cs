using FastEndpoints;
using FluentValidation;
using JasperFx.Events;
using Ops.Shared;
using Ops.Shared.Http;
using Ops.Shared.Outcomes;
using Wolverine;
using Wolverine.Marten;

namespace Ops.Listing.Keywords;

public sealed record ChangeKeywordRequest
{
    public Guid Id { get; init; }

    /// <summary>From the route: the keyword as tracked (any case).</summary>
    public string Keyword { get; init; } = "";

    public int SearchVolume { get; init; }
    public KeywordRelevance? Relevance { get; init; }
    public int EntryPoints { get; init; }
}

public sealed class ChangeKeywordValidator : Validator<ChangeKeywordRequest>
{
    public ChangeKeywordValidator()
    {
        RuleFor(r => r.SearchVolume).GreaterThanOrEqualTo(0);
        RuleFor(r => r.Relevance).NotNull().IsInEnum();
        RuleFor(r => r.EntryPoints).GreaterThanOrEqualTo(0);
    }
}

public sealed record ChangeKeyword(Guid KeywordSetId, Guid ListingId, string Keyword, KeywordMetrics Metrics, long? ExpectedVersion);

/// <summary>
/// <c>PUT /api/listing/listings/{id}/keywords/{keyword}</c>: new research figures for a tracked keyword. An untracked
/// keyword is refused with <c>keyword.not_in_set</c>.
/// </summary>
public sealed class ChangeKeywordEndpoint(IListingStore store, IMessageBus bus) : Endpoint<ChangeKeywordRequest, KeywordSetView>
{
    public override void Configure()
    {
        Put("/listings/{id}/keywords/{keyword}");
        Group<ListingGroup>();
        Roles(Role.Listing, Role.OpsManager, Role.Admin);
    }

    public override async Task HandleAsync(ChangeKeywordRequest request, CancellationToken ct)
    {
        if (!await ListingReference.EnsureExistsAsync(HttpContext, store, request.Id, ct)) return;
        var metrics = new KeywordMetrics(request.SearchVolume, request.Relevance!.Value, request.EntryPoints);
        await this.UpdateAsync<KeywordSetView>(bus, store,
            expected => new ChangeKeyword(KeywordSet.IdFor(request.Id), request.Id, request.Keyword, metrics, expected), ct);
    }
}

public static class ChangeKeywordHandler
{
    public static Outcome Handle(ChangeKeyword command, [WriteAggregate(Required = false)] IEventStream<KeywordSet> set,
        IMessageContext context, TimeProvider time)
    {
        var (by, now) = (context.Actor(), time.GetUtcNow());
        return set.DecideOnSet(command.ListingId, command.ExpectedVersion, by, now, s => s.Change(command.Keyword, command.Metrics, by, now));
    }
}
