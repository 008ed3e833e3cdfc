using Microsoft.Extensions.DependencyInjection;
using Wolverine;

namespace Host.Tests;

public sealed class HostApp : OpsFixture
{
    protected override string Suite => "host";

    /// <summary>The probes of the message-handling policy: a counter, its messages handled ten at a time, and a task that can fail.</summary>
    protected override void ConfigureServices(IServiceCollection services) =>
        services.ConfigureWolverine(options =>
        {
            options.Discovery.IncludeType(typeof(CountOnceHandler));
            options.Discovery.IncludeType(typeof(ProbeTaskHandler));
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
