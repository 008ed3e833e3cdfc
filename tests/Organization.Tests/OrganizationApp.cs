namespace Organization.Tests;

public sealed class OrganizationApp : OpsFixture
{
    protected override string Suite => "organization";
}

[CollectionDefinition(Name)]
public sealed class OrganizationCollection : ICollectionFixture<OrganizationApp>
{
    public const string Name = "organization";
}

[Collection(OrganizationCollection.Name)]
public abstract class OrganizationTest(OrganizationApp app) : OpsTest<OrganizationApp>(app);
