namespace Listing.Tests;

public sealed class ListingApp : OpsFixture
{
    protected override string Suite => "listing";
}

[CollectionDefinition(Name)]
public sealed class ListingCollection : ICollectionFixture<ListingApp>
{
    public const string Name = "listing";
}

[Collection(ListingCollection.Name)]
public abstract class ListingTest(ListingApp app) : OpsTest<ListingApp>(app);
