using Listing.Tests.Listings;
using Microsoft.Extensions.DependencyInjection;
using Wolverine;

namespace Listing.Tests;

public sealed class ListingApp : OpsFixture
{
    protected override string Suite => "listing";

    /// <summary>Stands in for the modules that will subscribe to listing's messages, so publishing them is observable.</summary>
    protected override void ConfigureServices(IServiceCollection services) =>
        services.ConfigureWolverine(options => options.Discovery.IncludeType(typeof(OtherModulesHandler)));
}

[CollectionDefinition(Name)]
public sealed class ListingCollection : ICollectionFixture<ListingApp>
{
    public const string Name = "listing";
}

[Collection(ListingCollection.Name)]
public abstract class ListingTest(ListingApp app) : OpsTest<ListingApp>(app);
