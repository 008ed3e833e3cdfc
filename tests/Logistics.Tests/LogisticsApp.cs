namespace Logistics.Tests;

public sealed class LogisticsApp : OpsFixture
{
    protected override string Suite => "logistics";
}

[CollectionDefinition(Name)]
public sealed class LogisticsCollection : ICollectionFixture<LogisticsApp>
{
    public const string Name = "logistics";
}

[Collection(LogisticsCollection.Name)]
public abstract class LogisticsTest(LogisticsApp app) : OpsTest<LogisticsApp>(app);
