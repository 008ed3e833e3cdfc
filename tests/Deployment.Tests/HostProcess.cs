using System.Diagnostics;

namespace Deployment.Tests;

/// <summary>The built host run as a process from its command line, as <c>./ops</c> runs it.</summary>
public static class HostProcess
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    /// <summary>
    /// Runs <c>Ops.Host.dll</c> from this build with <paramref name="arguments"/>, the Production settings and
    /// <paramref name="connectionString"/>, in <paramref name="workingDirectory"/> (by default the host project, for its
    /// appsettings*.json); fails with what it printed unless it exits with 0 within two minutes.
    /// </summary>
    public static async Task RunAsync(string connectionString, string[] arguments, string? workingDirectory = null)
    {
        var (project, build) = HostBuild();
        var start = new ProcessStartInfo("dotnet", [Path.Combine(build, "Ops.Host.dll"), .. arguments])
        {
            WorkingDirectory = workingDirectory ?? project,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["ConnectionStrings__Ops"] = connectionString,
                ["Ops__Auth__SigningKey"] = TestHost.SigningKey,
            },
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        var command = string.Join(' ', arguments);
        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"`{command}` did not finish within {Timeout.TotalMinutes:0} minutes");
        }
        process.ExitCode.ShouldBe(0, $"`{command}` failed:\n{await output}\n{await errors}");
    }

    /// <summary>
    /// The host project and its own build output, in this build's configuration: not this test's output folder, where
    /// the host's command line would trip over the test assemblies it scans.
    /// </summary>
    public static (string Project, string Build) HostBuild()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(root.FullName, "Ops.sln"))) root = root.Parent ?? throw new DirectoryNotFoundException("No Ops.sln above the tests");
        var project = Path.Combine(root.FullName, "src", "Host");
        var output = Path.GetRelativePath(Path.Combine(root.FullName, "tests", "Deployment.Tests"), AppContext.BaseDirectory); // bin/<configuration>/<framework>
        return (project, Path.Combine(project, output));
    }
}
