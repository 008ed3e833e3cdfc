using System.Text.RegularExpressions;
using FastEndpoints;
using FluentValidation;
using Marten;
using Ops.Shared;
using Ops.Shared.Http;
using Ops.Shared.Outcomes;
using Ops.Shared.Settings;
using Wolverine;
using Wolverine.Marten;

namespace Ops.Listing.Listings;

public sealed record CreateListingRequest
{
    public string Sku { get; init; } = "";
    public string Title { get; init; } = "";
    public string BrowseCategory { get; init; } = "";
    public ListingPrice? Price { get; init; }
}

public sealed partial class CreateListingValidator : Validator<CreateListingRequest>
{
    public CreateListingValidator()
    {
        RuleFor(r => r.Sku).Cascade(CascadeMode.Stop).NotEmpty().MaximumLength(64).Must(s => SkuPattern().IsMatch(s.Trim())).WithMessage(_ => Bilingual.Pick(
            "A SKU is letters, digits, '.', '_' and '-', starting with a letter or digit.", "SKU 由字母、数字、'.'、'_' 和 '-' 组成，以字母或数字开头。"));
        RuleFor(r => r.Title).NotNull().MaximumLength(ListingContentLimits.TitleLength);
        RuleFor(r => r.BrowseCategory).NotNull().MaximumLength(ListingContentLimits.BrowseCategoryLength);
        RuleFor(r => r.Price!).SetValidator(new ListingPriceValidator()).When(r => r.Price is not null);
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]*$")]
    private static partial Regex SkuPattern();
}

public sealed record CreateListing(Guid ListingId, string Sku, ListingContent Content, IdempotencyKey? Idempotency);

/// <summary>
/// <c>POST /api/listing/listings</c>: a draft by hand, for a SKU without a listing (one listing per SKU). Honours
/// <c>Idempotency-Key</c>; answers 201 with <c>Location</c>.
/// </summary>
public sealed class CreateListingEndpoint(IListingStore store, IMessageBus bus) : Endpoint<CreateListingRequest, ListingDetails>
{
    public override void Configure()
    {
        Post("/listings");
        Group<ListingGroup>();
        Roles(Role.Listing, Role.OpsManager, Role.Admin);
    }

    // The listing's id follows from its SKU, not from the id the shared create path offers.
    public override Task HandleAsync(CreateListingRequest request, CancellationToken ct) =>
        this.CreateAsync<ListingDetails>(bus, store, request, "listing.create-listing",
            (_, key) => new CreateListing(Listing.IdFor(request.Sku), request.Sku.Trim(),
                new ListingContent { Title = request.Title.Trim(), BrowseCategory = request.BrowseCategory.Trim(), Price = request.Price }, key),
            id => $"/api/listing/listings/{id}", ct);
}

public static class CreateListingHandler
{
    public static async Task<(Outcome, OutgoingMessages)> Handle(CreateListing command, IDocumentSession session, ListingSettings policy,
        IMessageContext context, TimeProvider time, CancellationToken ct)
    {
        if (await session.Events.FetchStreamStateAsync(command.ListingId, ct) is not null)
            return (new Outcome.Refused(ListingRules.SkuAlreadyListed), []);

        var now = time.GetUtcNow();
        var draft = Listing.Draft(command.ListingId, command.Sku, command.Content, ListingOrigin.Manual, candidateId: null,
            productApprovedAt: null, policy, context.Actor(), now);
        var events = await GoLiveDeadlines.WithAwaitingReceiptAsync(session, draft, policy, now, ct);
        return (session.StartStream<Listing>(command.ListingId, Decision.Accept([.. events]), command.Idempotency, now),
            GoLiveDeadlines.Schedule(events));
    }
}
