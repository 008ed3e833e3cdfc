using Microsoft.Extensions.DependencyInjection;
using Ops.Selection.Contracts;
using Wolverine;

namespace Selection.Tests;

public sealed class SelectionApp : OpsFixture
{
    protected override string Suite => "selection";

    /// <summary>
    /// Stands in for the modules that will subscribe to selection's messages (risk), so publishing them is observable.
    /// <c>ProductApproved</c> has its real subscriber, listing.
    /// </summary>
    protected override void ConfigureServices(IServiceCollection services) =>
        services.ConfigureWolverine(options => options.Discovery.IncludeType(typeof(OtherModulesHandler)));
}

public static class OtherModulesHandler
{
    public static void Handle(SupplierGradeChanged _)
    {
    }

    public static void Handle(SupplierSuspended _)
    {
    }
}

[CollectionDefinition(Name)]
public sealed class SelectionCollection : ICollectionFixture<SelectionApp>
{
    public const string Name = "selection";
}

[Collection(SelectionCollection.Name)]
public abstract class SelectionTest(SelectionApp app) : OpsTest<SelectionApp>(app);
