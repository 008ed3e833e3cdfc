namespace Deployment.Tests;

/// <summary>
/// The message handlers' code is generated at build time and compiled into the host (ADR 0014), so a running host never
/// loads the compiler. What is committed must be what this build would generate, or the host would run stale code.
/// </summary>
public sealed class GeneratedCodeTests
{
    [Fact]
    public async Task the_handler_code_compiled_into_the_host_is_the_code_this_build_generates()
    {
        var (project, _) = HostProcess.HostBuild();
        var fresh = Directory.CreateTempSubdirectory("ops-codegen-");
        try
        {
            // `codegen write` builds the host's configuration and writes the code of every handler chain under its working
            // directory; it opens no connection, so any connection string does.
            await HostProcess.RunAsync("Host=127.0.0.1;Database=unused", ["codegen", "write"], fresh.FullName);

            var generated = Files(Path.Combine(fresh.FullName, Generated));
            var committed = Files(Path.Combine(project, Generated));
            generated.Count.ShouldBeGreaterThan(50, "a file per handler chain and the registry");
            const string fix = "the committed handler code is stale: run `./ops codegen` and commit src/Host/Internal/Generated";
            committed.Keys.Order().ShouldBe(generated.Keys.Order(), fix);
            foreach (var (file, code) in generated) committed[file].ShouldBe(code, $"{file}: {fix}");
        }
        finally
        {
            fresh.Delete(recursive: true);
        }
    }

    private static readonly string Generated = Path.Combine("Internal", "Generated");

    private static Dictionary<string, string> Files(string directory) =>
        Directory.Exists(directory)
            ? Directory.EnumerateFiles(directory, "*.cs", SearchOption.AllDirectories)
                .ToDictionary(f => Path.GetRelativePath(directory, f), File.ReadAllText)
            : [];
}
