namespace Host.Tests;

public sealed class HostApp : OpsFixture
{
    protected override string Suite => "host";
}

[CollectionDefinition(Name)]
public sealed class HostCollection : ICollectionFixture<HostApp>
{
    public const string Name = "host";
}

[Collection(HostCollection.Name)]
public abstract class HostTest(HostApp app) : OpsTest<HostApp>(app);
