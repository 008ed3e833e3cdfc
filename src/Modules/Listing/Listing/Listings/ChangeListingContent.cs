using FastEndpoints;
using FluentValidation;
using JasperFx.Events;
using Marten;
using Ops.Shared;
using Ops.Shared.Http;
using Ops.Shared.Outcomes;
using Ops.Shared.Settings;
using Wolverine;
using Wolverine.Marten;
using Ops.Shared.Validation;

namespace Ops.Listing.Listings;

/// <summary>The whole content of a listing, replacing the current one (a field left out is blank).</summary>
public sealed record ChangeListingContentRequest
{
    public Guid Id { get; init; }
    public string Title { get; init; } = "";
    public IReadOnlyList<string> Bullets { get; init; } = [];
    public string Description { get; init; } = "";
    public string SearchTerms { get; init; } = "";
    public IReadOnlyList<ListingImageRequest> Images { get; init; } = [];
    public ListingAttributes Attributes { get; init; } = new();
    public string BrowseCategory { get; init; } = "";
    public ListingPrice? Price { get; init; }
    public IReadOnlyList<string> TargetKeywords { get; init; } = [];

    /// <summary>The content to store, text trimmed; call it on a validated request.</summary>
    public ListingContent ToContent() => new()
    {
        Title = Title.Trim(),
        Bullets = [.. Bullets.Select(b => b.Trim())],
        Description = Description.Trim(),
        SearchTerms = SearchTerms.Trim(),
        Images = [.. Images.Select(i => new ListingImage(i.Url.Trim(), i.Role!.Value, i.AltText.Trim()))],
        Attributes = Attributes with
        {
            Brand = Attributes.Brand.Trim(), Model = Attributes.Model.Trim(), Size = Attributes.Size.Trim(), Weight = Attributes.Weight.Trim(),
            Material = Attributes.Material.Trim(), Colour = Attributes.Colour.Trim(), Functions = Attributes.Functions.Trim(),
            Usage = Attributes.Usage.Trim(), Warranty = Attributes.Warranty.Trim(),
        },
        BrowseCategory = BrowseCategory.Trim(),
        Price = Price,
        TargetKeywords = [.. TargetKeywords.Select(k => k.Trim())],
    };
}

public sealed record ListingImageRequest
{
    public string Url { get; init; } = "";
    public ListingImageRole? Role { get; init; }
    public string AltText { get; init; } = "";
}

/// <summary>
/// What a request may carry at all. The policy's own limits (title length, bullets, images, search-term bytes…) are
/// quality findings, not 400s: a draft may be incomplete.
/// </summary>
public sealed class ChangeListingContentValidator : Validator<ChangeListingContentRequest>
{
    public ChangeListingContentValidator()
    {
        RuleFor(r => r.Title).NotNull().MaximumLength(ListingContentLimits.TitleLength);
        RuleFor(r => r.Bullets).NotNull().MaximumCount(ListingContent.MaxBullets).WithMessage(_ => Bilingual.Pick(
            $"At most {ListingContent.MaxBullets} bullet points.", $"最多 {ListingContent.MaxBullets} 条要点。"));
        RuleForEach(r => r.Bullets).NotEmpty().MaximumLength(ListingContentLimits.BulletLength);
        RuleFor(r => r.Description).NotNull().MaximumLength(ListingContentLimits.DescriptionLength);
        RuleFor(r => r.SearchTerms).NotNull().MaximumLength(ListingContentLimits.SearchTermsLength);
        RuleFor(r => r.Images).NotNull().MaximumCount(ListingContentLimits.Images).WithMessage(_ => Bilingual.Pick(
            $"At most {ListingContentLimits.Images} images.", $"最多 {ListingContentLimits.Images} 张图片。"));
        RuleForEach(r => r.Images).NotNull().SetValidator(new ListingImageValidator());
        RuleFor(r => r.Attributes).NotNull().SetValidator(new ListingAttributesValidator());
        RuleFor(r => r.BrowseCategory).NotNull().MaximumLength(ListingContentLimits.BrowseCategoryLength);
        RuleFor(r => r.Price!).SetValidator(new ListingPriceValidator()).When(r => r.Price is not null);
        RuleFor(r => r.TargetKeywords).Cascade(CascadeMode.Stop).NotNull()
            .MaximumCount(ListingContentLimits.TargetKeywords).WithMessage(_ => Bilingual.Pick(
                $"At most {ListingContentLimits.TargetKeywords} target keywords.", $"最多 {ListingContentLimits.TargetKeywords} 个目标关键词。"))
            .Must(k => k.Where(w => w is not null).Select(w => w.Trim().ToLowerInvariant()).Distinct().Count() == k.Count)
            .WithMessage(_ => Bilingual.Pick("Each target keyword may be given once.", "每个目标关键词只能出现一次。"));
        RuleForEach(r => r.TargetKeywords).NotEmpty().MaximumLength(ListingContentLimits.KeywordLength);
    }

    private sealed class ListingImageValidator : AbstractValidator<ListingImageRequest>
    {
        public ListingImageValidator()
        {
            RuleFor(i => i.Url).NotEmpty().MaximumLength(ListingContentLimits.UrlLength).Must(BeWebAddress).WithMessage(_ => Bilingual.Pick(
                "An image URL is an absolute http or https address.", "图片地址须为完整的 http 或 https 地址。"));
            RuleFor(i => i.Role).NotNull().IsInEnum();
            RuleFor(i => i.AltText).NotNull().MaximumLength(ListingContentLimits.AltTextLength);
        }

        private static bool BeWebAddress(string? url) =>
            Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
    }

    private sealed class ListingAttributesValidator : AbstractValidator<ListingAttributes>
    {
        public ListingAttributesValidator()
        {
            RuleFor(a => a.Brand).NotNull().MaximumLength(ListingContentLimits.AttributeLength);
            RuleFor(a => a.Model).NotNull().MaximumLength(ListingContentLimits.AttributeLength);
            RuleFor(a => a.Size).NotNull().MaximumLength(ListingContentLimits.AttributeLength);
            RuleFor(a => a.Weight).NotNull().MaximumLength(ListingContentLimits.AttributeLength);
            RuleFor(a => a.Material).NotNull().MaximumLength(ListingContentLimits.AttributeLength);
            RuleFor(a => a.Colour).NotNull().MaximumLength(ListingContentLimits.AttributeLength);
            RuleFor(a => a.Functions).NotNull().MaximumLength(ListingContentLimits.AttributeLength);
            RuleFor(a => a.Usage).NotNull().MaximumLength(ListingContentLimits.AttributeLength);
            RuleFor(a => a.Warranty).NotNull().MaximumLength(ListingContentLimits.AttributeLength);
        }
    }
}

/// <summary>A positive amount (at most 1,000,000) with a three-letter, upper-case ISO 4217 currency code.</summary>
public sealed class ListingPriceValidator : AbstractValidator<ListingPrice>
{
    public ListingPriceValidator()
    {
        RuleFor(p => p.Amount).GreaterThan(0).LessThanOrEqualTo(1_000_000);
        RuleFor(p => p.Currency).NotEmpty().Matches("^[A-Z]{3}$").WithMessage(_ => Bilingual.Pick(
            "Currency must be an ISO 4217 code: three upper-case letters, e.g. USD.", "币种须为 ISO 4217 代码：三个大写字母，例如 USD。"));
    }
}

public sealed record ChangeListingContent(Guid ListingId, ListingContent Content, long? ExpectedVersion);

/// <summary>
/// <c>PUT /api/listing/listings/{id}/content</c>: new content, recorded as the next content version and checked at once.
/// Refused while the listing is with the platform (<c>listing.under_review</c>). A rejected listing becomes revised; a
/// live listing stays live and a changed price is published as <c>ListingPriceChanged</c>.
/// </summary>
public sealed class ChangeListingContentEndpoint(IListingStore store, IMessageBus bus) : Endpoint<ChangeListingContentRequest, ListingDetails>
{
    public override void Configure()
    {
        Put("/listings/{id}/content");
        Group<ListingGroup>();
        Roles(Role.Listing, Role.OpsManager, Role.Admin);
    }

    public override Task HandleAsync(ChangeListingContentRequest request, CancellationToken ct) =>
        this.UpdateAsync<ListingDetails>(bus, store, expected => new ChangeListingContent(request.Id, request.ToContent(), expected), ct);
}

public static class ChangeListingContentHandler
{
    public static (Outcome, OutgoingMessages) Handle(ChangeListingContent command,
        [WriteAggregate(Required = false)] IEventStream<Listing> listing, ListingSettings policy, IMessageContext context, TimeProvider time)
    {
        var outcome = listing.Decide(command.ListingId, command.ExpectedVersion,
            l => l.ChangeContent(command.Content, policy, context.Actor(), time.GetUtcNow()));
        return (outcome, ListingAnnouncements.PublishedBy(listing.Aggregate, outcome));
    }
}
