using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
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

    /// <summary>Configuration switch for demo data (on in <c>appsettings.Development.json</c>, so <c>./ops run</c> shows a lived-in product).</summary>
    public const string DemoDataKey = "Ops:DemoData:Enabled";

    /// <summary>
    /// Demo records (<c>./ops run</c>), loaded only when <see cref="DemoDataKey"/> is true: never in production or tests.
    /// A demo seed goes through the module's own commands, so its records have ordinary events and messages; it must be
    /// idempotent (fixed ids, idempotency keys) because it runs on every start. Tests run it explicitly.
    /// </summary>
    public static WebApplicationBuilder AddDemoData<TSeed>(this WebApplicationBuilder builder) where TSeed : class, IModuleSeed
    {
        if (builder.Configuration.GetValue<bool>(DemoDataKey)) builder.Services.AddModuleSeed<TSeed>();
        return builder;
    }

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
