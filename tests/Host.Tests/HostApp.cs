using Microsoft.Extensions.DependencyInjection;
using Wolverine;

namespace Host.Tests;

public sealed class HostApp : OpsFixture
{
    protected override string Suite => "host";

    /// <summary>The probe of the message-handling policy, its messages handled ten at a time.</summary>
    protected override void ConfigureServices(IServiceCollection services) =>
        services.ConfigureWolverine(options =>
        {
            options.Discovery.IncludeType(typeof(CountOnceHandler));
            options.LocalQueueFor<CountOnce>().MaximumParallelMessages(10);
        });
}

[CollectionDefinition(Name)]
public sealed class HostCollection : ICollectionFixture<HostApp>
{
    public const string Name = "host";
}

[Collection(HostCollection.Name)]
public abstract class HostTest(HostApp app) : OpsTest<HostApp>(app);
