using FastEndpoints;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Ops.Shared.Calendar;
using Ops.Listing.Keywords;
using Ops.Listing.Listings;
using Ops.Listing.Promotions;
using Ops.Shared.Modules;
using Ops.Shared.Settings;

namespace Ops.Listing;

/// <summary>The listing module's own Marten store, schema <c>listing</c>.</summary>
public interface IListingStore : IDocumentStore;

public sealed class ListingGroup : Group
{
    public ListingGroup() => Configure("listing", ep => ep.Description(d => d.WithTags(ListingModule.Module.Tag)));
}

public static class ListingModule
{
    public static readonly OpsModule Module = new("listing", typeof(ListingModule).Assembly)
    {
        Description = "Listings and their content, quality checks, the platform review loop, the go-live deadline, keywords and promotions (listing.md).",
    };

    /// <summary>Listings, their quality, the platform review loop and the go-live deadline (listing.md).</summary>
    public static WebApplicationBuilder AddListingModule(this WebApplicationBuilder builder)
    {
        builder.Services.AddOpsModule(Module);
        builder.Services.AddModuleStore<IListingStore>(Module, options =>
        {
            options.AddPolicySettings<ListingSettings>();
            StoreCalendarCopy.Configure(options);
            ListingDetails.Configure(options);
            KeywordSetView.Configure(options);
            PromotionPlanView.Configure(options);
            // Known to the store up front, so `./ops db migrate` creates its table: where schema changes are not
            // applied at start (Production), a document met only at run time would have none.
            options.Schema.For<ReceiptAwaitingListing>();
        });
        builder.AddDemoData<ListingDemoData>();
        builder.AddDemoData<PromotionDemoData>();
        return builder;
    }
}
