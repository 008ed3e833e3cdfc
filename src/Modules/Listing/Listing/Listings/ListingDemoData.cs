using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Ops.Shared.Modules;
using Ops.Shared.Outcomes;
using Wolverine;

namespace Ops.Listing.Listings;

/// <summary>
/// Demo listings (<c>./ops run</c>), one in every state, each brought there through the real commands so its history
/// reads like an operator's: a bare draft with poor content, a submission, a rejection, a revision after one, a live
/// listing whose price changed, a suppressed, a delisted and a relisted one. Idempotent: a listing's id follows from
/// its SKU, and a listing already there is left alone (its script does not run again).
/// </summary>
public sealed class ListingDemoData(IServiceScopeFactory scopes, IListingStore store, ILogger<ListingDemoData> logger) : IModuleSeed
{
    public const string Actor = Actors.Seed;

    private static readonly IReadOnlyList<(string Sku, string Product, ListingStatus State)> Listings =
    [
        ("DEMO-DESK-LAMP", "Lumina LED Desk Lamp", ListingStatus.Draft),
        ("DEMO-MONITOR-ARM", "Atlas Single Monitor Arm", ListingStatus.Submitted),
        ("DEMO-CABLE-BOX", "Tidy Cable Management Box", ListingStatus.Rejected),
        ("DEMO-PHONE-STAND", "Perch Adjustable Phone Stand", ListingStatus.Revised),
        ("DEMO-LED-STRIP", "Glow 5 m LED Light Strip", ListingStatus.Live),
        ("DEMO-HEADPHONE-HOOK", "Hang Under-Desk Headphone Hook", ListingStatus.Suppressed),
        ("DEMO-WALL-CLOCK", "Quiet Sweep Wall Clock", ListingStatus.Delisted),
        ("DEMO-PLANT-POT", "Terra Self-Watering Plant Pot", ListingStatus.Relisted),
    ];

    public async Task SeedAsync(CancellationToken ct)
    {
        await using var reads = store.QuerySession();
        var existing = (await reads.LoadManyAsync<ListingDetails>(ct, Listings.Select(l => Listing.IdFor(l.Sku)))).Select(l => l.Sku).ToHashSet();

        await using var scope = scopes.CreateAsyncScope();
        var bus = scope.ServiceProvider.GetRequiredService<IMessageContext>();
        bus.UserName = Actor;
        foreach (var (sku, product, state) in Listings.Where(l => !existing.Contains(l.Sku)))
            await BringToAsync(bus, sku, product, state, ct);
        logger.LogInformation("Demo listings ready: one in each of {States} states", Listings.Count);
    }

    private static async Task BringToAsync(IMessageBus bus, string sku, string product, ListingStatus state, CancellationToken ct)
    {
        var id = Listing.IdFor(sku);
        await RunAsync(bus, new CreateListing(id, sku, new ListingContent { Title = product, Price = new ListingPrice(24.99m, "USD") }, null), ct);
        if (state == ListingStatus.Draft) return;

        var content = GoodContent(product);
        await RunAsync(bus, new ChangeListingContent(id, content, null), ct);
        await RunAsync(bus, new SubmitListing(id, null), ct);
        switch (state)
        {
            case ListingStatus.Rejected or ListingStatus.Revised:
                await RunAsync(bus, new RecordReviewResult(id, PlatformReviewResult.Rejected, null, ["8541"], "The main image has a watermark.", null), ct);
                if (state == ListingStatus.Revised)
                    await RunAsync(bus, new ChangeListingContent(id, content with
                    {
                        Description = content.Description + " Photographed again without a watermark.",
                        SearchTerms = "gift office home organiser", // repeats a title word: a warning the operator may still fix
                    }, null), ct);
                return;
            case ListingStatus.Submitted:
                return;
        }

        await RunAsync(bus, new RecordReviewResult(id, PlatformReviewResult.Approved, AsinOf(sku), [], "", null), ct);
        switch (state)
        {
            case ListingStatus.Live:
                await RunAsync(bus, new ChangeListingContent(id, content with { Price = new ListingPrice(21.99m, "USD") }, null), ct);
                break;
            case ListingStatus.Suppressed:
                await RunAsync(bus, new SuppressListing(id, "Suspected pricing error reported by the platform", null), ct);
                break;
            case ListingStatus.Delisted or ListingStatus.Relisted:
                await RunAsync(bus, new DelistListing(id, "Out of season", null), ct);
                if (state == ListingStatus.Relisted) await RunAsync(bus, new RelistListing(id, null), ct);
                break;
        }
    }

    private static async Task RunAsync(IMessageBus bus, object command, CancellationToken ct)
    {
        var outcome = await bus.InvokeAsync<Outcome>(command, ct);
        if (outcome is not Outcome.Accepted) throw new InvalidOperationException($"Demo listing: {command.GetType().Name} ended in {outcome}.");
    }

    /// <summary>A fictitious but well-formed ASIN per SKU.</summary>
    private static string AsinOf(string sku) => "B0" + Convert.ToHexString(Listing.IdFor(sku).ToByteArray())[..8];

    /// <summary>Content that passes every rule under the default settings.</summary>
    private static ListingContent GoodContent(string product) => new()
    {
        Title = $"{product} for Home and Office, Sturdy and Easy to Set Up",
        Bullets =
        [
            $"Made for everyday use: the {product} is sturdy and easy to set up.",
            "Fits small desks, shelves and dorm rooms without tools.",
            "Materials chosen to last, tested by our quality team before shipping.",
            "Clean, modern design in a neutral colour that suits any room.",
            "Two-year warranty and friendly support if anything goes wrong.",
        ],
        Description = $"The {product} keeps your space tidy and practical.",
        SearchTerms = "gift organiser workspace accessory",
        Images =
        [
            Image(product, 1, ListingImageRole.Main), Image(product, 2, ListingImageRole.Secondary),
            Image(product, 3, ListingImageRole.Secondary), Image(product, 4, ListingImageRole.Lifestyle),
            Image(product, 5, ListingImageRole.Lifestyle), Image(product, 6, ListingImageRole.Infographic),
        ],
        Attributes = new ListingAttributes
        {
            Brand = "Ops Demo", Model = "OD-100", Size = "10 x 6 x 4 in", Weight = "1.2 lb", Material = "ABS plastic", Colour = "Black",
            Warranty = "Two years",
        },
        BrowseCategory = "Home & Kitchen > Storage & Organisation",
        Price = new ListingPrice(24.99m, "USD"),
        TargetKeywords = ["home and office", "easy to set up"],
    };

    private static ListingImage Image(string product, int n, ListingImageRole role) =>
        new($"https://images.example/demo/{Uri.EscapeDataString(product.ToLowerInvariant().Replace(' ', '-'))}/{n}.jpg", role, $"{product}, view {n}");
}
