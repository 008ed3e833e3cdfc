namespace Selection.Tests;

public sealed class SelectionApp : OpsFixture
{
    protected override string Suite => "selection";
}

[CollectionDefinition(Name)]
public sealed class SelectionCollection : ICollectionFixture<SelectionApp>
{
    public const string Name = "selection";
}

[Collection(SelectionCollection.Name)]
public abstract class SelectionTest(SelectionApp app) : OpsTest<SelectionApp>(app);
