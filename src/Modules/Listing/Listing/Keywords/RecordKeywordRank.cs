using FastEndpoints;
using FluentValidation;
using Marten;
using Ops.Shared;
using Ops.Shared.Http;
using Ops.Shared.Outcomes;
using Wolverine;
using Wolverine.Marten;

namespace Ops.Listing.Keywords;

public sealed record RecordKeywordRankRequest
{
    public Guid Id { get; init; }
    public string Keyword { get; init; } = "";

    /// <summary>Position in the organic results; null when the listing was not found.</summary>
    public int? OrganicRank { get; init; }

    /// <summary>Position among sponsored results; null when the listing was not shown.</summary>
    public int? SponsoredRank { get; init; }

    public DateOnly ObservedOn { get; init; }
}

public sealed class RecordKeywordRankValidator : Validator<RecordKeywordRankRequest>
{
    public RecordKeywordRankValidator()
    {
        RuleFor(r => r.Keyword).NotEmpty().MaximumLength(KeywordListValidator.MaxKeywordLength);
        RuleFor(r => r.OrganicRank).GreaterThanOrEqualTo(1);
        RuleFor(r => r.SponsoredRank).GreaterThanOrEqualTo(1);
        RuleFor(r => r.ObservedOn).Cascade(CascadeMode.Stop).NotEmpty()
            .Must(on => on <= Dates.LatestToday(Resolve<TimeProvider>()))
            .WithMessage(_ => Bilingual.Pick("observedOn cannot be in the future.", "观察日期不能晚于今天。"));
    }
}

public sealed record RecordKeywordRank(Guid KeywordSetId, Guid ListingId, string Keyword, DateOnly ObservedOn, int? OrganicRank, int? SponsoredRank,
    long? ExpectedVersion);

/// <summary>
/// <c>POST /api/listing/listings/{id}/keywords/ranks</c>: where the listing ranked for a tracked keyword on a day. The
/// set shows the latest observation by date; every day stays in the keyword's rank history on the listing's rank stream
/// (<c>GET …/keywords/{keyword}/ranks</c>), a second observation of the same day correcting the first.
/// </summary>
public sealed class RecordKeywordRankEndpoint(IListingStore store, IMessageBus bus) : Endpoint<RecordKeywordRankRequest, KeywordSetView>
{
    public override void Configure()
    {
        Post("/listings/{id}/keywords/ranks");
        Group<ListingGroup>();
        Roles(Role.Listing, Role.OpsManager, Role.Admin);
    }

    public override async Task HandleAsync(RecordKeywordRankRequest request, CancellationToken ct)
    {
        if (!await ListingReference.EnsureExistsAsync(HttpContext, store, request.Id, ct)) return;
        await this.UpdateAsync<KeywordSetView>(bus, store, expected => new RecordKeywordRank(KeywordSet.IdFor(request.Id), request.Id,
            request.Keyword, request.ObservedOn, request.OrganicRank, request.SponsoredRank, expected), ct);
    }
}

/// <summary>
/// Decides on the keyword set, records on the listing's rank stream (ADR 0009): the set's stream and version stay as
/// they are, whatever the number of observations. <c>If-Match</c> is the set's version, as for any change of the set.
/// </summary>
public static class RecordKeywordRankHandler
{
    public static async Task<Outcome> Handle(RecordKeywordRank command, IDocumentSession session, IMessageContext context, TimeProvider time,
        CancellationToken ct)
    {
        var (by, now) = (context.Actor(), time.GetUtcNow());
        var version = (await session.Events.FetchStreamStateAsync(command.KeywordSetId, ct))?.Version ?? 0;
        if (command.ExpectedVersion is { } expected && expected != version) return new Outcome.VersionMismatch(command.KeywordSetId, expected, version);

        var set = version == 0 ? null : await session.Events.AggregateStreamAsync<KeywordSet>(command.KeywordSetId, token: ct);
        var decision = set?.ObserveRank(command.Keyword, command.ObservedOn, command.OrganicRank, command.SponsoredRank, by, now)
                       ?? KeywordRules.NotInSet(command.Keyword);
        if (decision.Refusal is { } rule) return new Outcome.Refused(rule);

        session.Events.Append(KeywordRanks.IdFor(command.ListingId), decision.Events.ToArray());
        return new Outcome.Accepted(command.KeywordSetId);
    }
}
