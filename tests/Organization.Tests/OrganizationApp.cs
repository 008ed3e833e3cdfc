using Microsoft.Extensions.DependencyInjection;
using Ops.Organization.Contracts;
using Wolverine;

namespace Organization.Tests;

public sealed class OrganizationApp : OpsFixture
{
    protected override string Suite => "organization";

    /// <summary>
    /// Stands in for the modules that will consume the people announcements, so they travel the durable outbox.
    /// (StoreCalendarChanged has a real consumer: listing keeps each store's calendar.)
    /// </summary>
    protected override void ConfigureServices(IServiceCollection services) =>
        services.ConfigureWolverine(opts => opts.Discovery.IncludeType(typeof(AnnouncementProbeHandler)));
}

public static class AnnouncementProbeHandler
{
    public static void Handle(EmployeeJoined _) { }
    public static void Handle(EmployeeLeft _) { }
}

[CollectionDefinition(Name)]
public sealed class OrganizationCollection : ICollectionFixture<OrganizationApp>
{
    public const string Name = "organization";
}

[Collection(OrganizationCollection.Name)]
public abstract class OrganizationTest(OrganizationApp app) : OpsTest<OrganizationApp>(app);
