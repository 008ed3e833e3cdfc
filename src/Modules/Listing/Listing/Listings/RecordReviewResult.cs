using FastEndpoints;
using FluentValidation;
using JasperFx.Events;
using Ops.Shared;
using Ops.Shared.Http;
using Ops.Shared.Outcomes;
using Wolverine;
using Wolverine.Marten;
using Ops.Shared.Validation;

namespace Ops.Listing.Listings;

public enum PlatformReviewResult { Approved, Rejected }

public sealed record RecordReviewResultRequest
{
    public Guid Id { get; init; }
    public PlatformReviewResult? Result { get; init; }

    /// <summary>The platform's product id; required when approved.</summary>
    public string? Asin { get; init; }

    /// <summary>The platform's reason codes; at least one when rejected.</summary>
    public IReadOnlyList<string> ReasonCodes { get; init; } = [];

    public string ReasonText { get; init; } = "";
}

public sealed class RecordReviewResultValidator : Validator<RecordReviewResultRequest>
{
    public RecordReviewResultValidator()
    {
        RuleFor(r => r.Result).NotNull().IsInEnum();
        RuleFor(r => r.Asin).NotEmpty().Matches("^[A-Z0-9]{10}$").When(r => r.Result == PlatformReviewResult.Approved)
            .WithMessage(_ => Bilingual.Pick("An approval names the ASIN: ten upper-case letters or digits.", "审核通过须提供 ASIN：十位大写字母或数字。"));
        RuleFor(r => r.ReasonCodes).NotEmpty().When(r => r.Result == PlatformReviewResult.Rejected)
            .WithMessage(_ => Bilingual.Pick("A rejection names at least one reason code.", "驳回须至少提供一个原因代码。"));
        RuleFor(r => r.ReasonCodes).MaximumCount(20);
        RuleForEach(r => r.ReasonCodes).NotEmpty().MaximumLength(100);
        RuleFor(r => r.ReasonText).NotNull().MaximumLength(2000);
    }
}

public sealed record RecordReviewResult(Guid ListingId, PlatformReviewResult Result, string? Asin, IReadOnlyList<string> ReasonCodes,
    string ReasonText, long? ExpectedVersion);

/// <summary>
/// <c>POST /api/listing/listings/{id}/review-result</c>: the platform's answer to a submission or relisting, posted by
/// an operator or by the platform adapter (an API client with role <c>integration</c> and scope <c>listing:write</c>).
/// Approved: live under the ASIN (<c>ListingWentLive</c>); rejected: reason codes and text (<c>ListingRejected</c>).
/// The same answer posted again changes nothing.
/// </summary>
public sealed class RecordReviewResultEndpoint(IListingStore store, IMessageBus bus) : Endpoint<RecordReviewResultRequest, ListingDetails>
{
    public override void Configure()
    {
        Post("/listings/{id}/review-result");
        Group<ListingGroup>();
        Roles(Role.Listing, Role.OpsManager, Role.Admin, Role.Integration);
    }

    public override Task HandleAsync(RecordReviewResultRequest request, CancellationToken ct) =>
        this.UpdateAsync<ListingDetails>(bus, store, expected => new RecordReviewResult(request.Id, request.Result!.Value, request.Asin?.Trim(),
            [.. request.ReasonCodes.Select(c => c.Trim())], request.ReasonText.Trim(), expected), ct);
}

public static class RecordReviewResultHandler
{
    public static (Outcome, OutgoingMessages) Handle(RecordReviewResult command, [WriteAggregate(Required = false)] IEventStream<Listing> listing,
        IMessageContext context, TimeProvider time)
    {
        var (by, now) = (context.Actor(), time.GetUtcNow());
        var outcome = listing.Decide(command.ListingId, command.ExpectedVersion, l => command.Result == PlatformReviewResult.Approved
            ? l.Approve(command.Asin!, by, now)
            : l.Reject(command.ReasonCodes, command.ReasonText, by, now));
        return (outcome, ListingAnnouncements.PublishedBy(listing.Aggregate, outcome));
    }
}
