using Marten;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Ops.Organization.Users;
using Ops.Shared;
using Ops.Shared.Modules;
using Ops.Shared.Outcomes;

namespace Ops.Organization;

/// <summary>
/// Demo accounts, one per role (<c>&lt;role&gt;@demo.ops</c>), only when <c>Ops:DemoUsers:Password</c> is configured
/// (Development and tests do; production never should). Idempotent: existing accounts are left alone.
/// </summary>
public sealed class OrganizationSeed(IOrganizationStore store, IConfiguration configuration, TimeProvider time, ILogger<OrganizationSeed> logger)
    : IModuleSeed
{
    public const string PasswordKey = "Ops:DemoUsers:Password";
    public const string Actor = Actors.Seed;

    public static string DemoEmail(string role) => $"{role}@demo.ops";

    // Hashing is deliberately slow; the demo password is hashed once per process, not on every re-seed.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> DemoHashes = new();

    public async Task SeedAsync(CancellationToken ct)
    {
        if (configuration[PasswordKey] is not { Length: > 0 } password) return;

        await using var session = store.LightweightSession();
        session.LastModifiedBy = Actor;
        var existing = (await session.Query<UserCredentials>().Select(c => c.Email).ToListAsync(ct)).ToHashSet();
        var missing = Role.All.Where(r => r != Role.Integration && !existing.Contains(DemoEmail(r))).ToList();
        // Only when a demo user is missing: a restart with every one in place hashes nothing.
        var hash = missing.Count > 0 ? DemoHashes.GetOrAdd(password, LogInEndpoint.Hash) : "";
        var now = time.GetUtcNow();
        foreach (var role in missing)
        {
            // Stable ids: a demo login stays valid across re-seeding (tests reuse tokens after a data reset).
            var id = DeterministicGuid.From($"ops.demo-user.{role}");
            session.Open(new UserAccountCreated(id, DemoEmail(role), $"Demo {role}", [role], Actor, now), hash);
        }
        await session.SaveChangesAsync(ct);
        logger.LogInformation("Demo users ready: <role>@demo.ops");
    }
}
