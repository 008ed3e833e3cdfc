using Alba;
using JasperFx.CommandLine;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Ops.Testing;

/// <summary>The application as the tests start it: a real host on a test database, on a clock the test moves.</summary>
public static class TestHost
{
    public const string DemoPassword = "Demo!2345";
    public const string SigningKey = "test-signing-key-0123456789-0123456789-0123456789";

    /// <summary>
    /// Starts a host on <paramref name="connectionString"/> with the test signing key, the demo users' password and
    /// <paramref name="clock"/>; <paramref name="configure"/> chooses the environment and whatever else the test needs.
    /// </summary>
    public static Task<IAlbaHost> StartAsync(string connectionString, TimeProvider clock, Action<IWebHostBuilder> configure)
    {
        JasperFxEnvironment.AutoStartHost = true;
        return AlbaHost.For<Program>(builder =>
        {
            builder.UseSetting("ConnectionStrings:Ops", connectionString);
            builder.UseSetting("Ops:Auth:SigningKey", SigningKey);
            builder.UseSetting("Ops:DemoUsers:Password", DemoPassword);
            builder.ConfigureServices(services => services.AddSingleton(clock));
            configure(builder);
        });
    }

    /// <summary>
    /// Waits until <paramref name="condition"/> holds, polling; fails after <paramref name="within"/> saying what did not
    /// happen. For what the host does on its own time (a timer Wolverine fires, a replayed message), which a test cannot await.
    /// </summary>
    public static async Task Eventually(Func<Task<bool>> condition, TimeSpan within, string what)
    {
        var until = DateTime.UtcNow + within;
        while (!await condition())
        {
            if (DateTime.UtcNow > until) throw new TimeoutException($"Not within {within.TotalSeconds:0} s: {what}.");
            await Task.Delay(100);
        }
    }

    public static Task Eventually(Func<bool> condition, TimeSpan within, string what) =>
        Eventually(() => Task.FromResult(condition()), within, what);
}
