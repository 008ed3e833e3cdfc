using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Ops.Shared.Modules;

/// <summary>Reference or demo data a module loads at start-up. Must be idempotent: it runs on every start.</summary>
public interface IModuleSeed
{
    Task SeedAsync(CancellationToken ct);
}

public static class ModuleSeeds
{
    public static IServiceCollection AddModuleSeed<TSeed>(this IServiceCollection services) where TSeed : class, IModuleSeed =>
        services.AddSingleton<IModuleSeed, TSeed>();

    /// <summary>
    /// Runs the seeds at start-up. The host registers it after Wolverine, so seeds may send commands and their
    /// messages go out through the outbox like any other.
    /// </summary>
    public static IServiceCollection AddModuleSeedRunner(this IServiceCollection services) => services.AddHostedService<SeedRunner>();

    public static async Task RunAllAsync(IServiceProvider services, CancellationToken ct)
    {
        foreach (var seed in services.GetServices<IModuleSeed>()) await seed.SeedAsync(ct);
    }

    private sealed class SeedRunner(IServiceProvider services) : IHostedService
    {
        public Task StartAsync(CancellationToken ct) => RunAllAsync(services, ct);
        public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
    }
}
