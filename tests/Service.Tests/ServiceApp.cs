namespace Service.Tests;

public sealed class ServiceApp : OpsFixture
{
    protected override string Suite => "service";
}

[CollectionDefinition(Name)]
public sealed class ServiceCollection : ICollectionFixture<ServiceApp>
{
    public const string Name = "service";
}

[Collection(ServiceCollection.Name)]
public abstract class ServiceTest(ServiceApp app) : OpsTest<ServiceApp>(app);
