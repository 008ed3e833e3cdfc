using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Wolverine;

namespace Host.Tests;

public sealed class HostApp : OpsFixture
{
    protected override string Suite => "host";

    /// <summary>What the host logs, for the tests that listen.</summary>
    public LogCapture Logs { get; } = new();

    /// <summary>
    /// The probes of the message-handling policy: a counter, its messages handled ten at a time, and a task that can fail.
    /// And a log listener beside the host's own providers, hearing every category at every level.
    /// </summary>
    protected override void ConfigureServices(IServiceCollection services)
    {
        services.ConfigureWolverine(options =>
        {
            options.Discovery.IncludeType(typeof(CountOnceHandler));
            options.Discovery.IncludeType(typeof(ProbeTaskHandler));
            options.LocalQueueFor<CountOnce>().MaximumParallelMessages(10);
        });
        services.AddSingleton<ILoggerProvider>(Logs);
        services.Configure<LoggerFilterOptions>(options =>
            options.Rules.Add(new LoggerFilterRule(typeof(LogCapture).FullName, null, LogLevel.Trace, null)));
    }
}

[CollectionDefinition(Name)]
public sealed class HostCollection : ICollectionFixture<HostApp>
{
    public const string Name = "host";
}

[Collection(HostCollection.Name)]
public abstract class HostTest(HostApp app) : OpsTest<HostApp>(app);
