using Marten;
using Microsoft.Extensions.DependencyInjection;
using Ops.Organization;
using Ops.Organization.ApiClients;
using Ops.Organization.Users;
using Ops.Shared;

namespace Host.Tests;

/// <summary>
/// Secrets never reach the logs (issue 11, §1): whatever the host writes while people set and use passwords and
/// integrators get and use keys, at any level, holds neither the secret nor the hash stored for it.
/// </summary>
public sealed class SecretsInLogsTests(HostApp app) : HostTest(app)
{
    [Fact]
    public async Task no_log_line_carries_a_password_an_api_key_or_their_stored_hashes()
    {
        var password = $"Pw-{Guid.NewGuid():N}";
        var wrongPassword = $"Wrong-{Guid.NewGuid():N}";
        using var logs = App.Logs.Listen();

        var user = await As(Role.Admin, x => x.Post.Json(new CreateUserRequest("mei@shop.example", "Mei Chen", password, [Role.Product]))
            .ToUrl("/api/org/users")).Ok<UserAccountView>(201);
        await App.LogInAsync("mei@shop.example", password);
        await (await Anonymous(x => x.Post.Json(new LogInRequest("mei@shop.example", wrongPassword)).ToUrl("/api/auth/token")))
            .ShouldHaveStatus(401);

        var client = await As(Role.Admin, x => x.Post.Json(new RegisterApiClientRequest("ERP nightly sync", ["selection:read"]))
            .ToUrl("/api/org/api-clients")).Ok<ApiClientWithKey>(201);
        ApiKey.TryParse(client.ApiKey, out var key).ShouldBeTrue();
        await App.WithKey(client.ApiKey, x => x.Get.Url("/api/selection/settings")).Ok<object>();
        var forged = new ApiKey(key.KeyId, $"forged{key.Secret[6..]}");
        await (await App.WithKey(forged.Value, x => x.Get.Url("/api/selection/settings"))).ShouldHaveStatus(401);

        await using var session = Host.Services.GetRequiredService<IOrganizationStore>().QuerySession();
        var passwordHash = (await session.LoadAsync<UserCredentials>(user.Id))!.PasswordHash;
        var keyHash = (await session.LoadAsync<ApiClientSecret>(client.Client.Id))!.KeyHash;

        var heard = logs.Entries;
        // The listener hears the host's own pipeline, so an empty or deaf capture cannot pass for a clean one.
        heard.ShouldContain(e => e.AllText.Contains("/api/auth/token"), "the listener heard the login requests");
        heard.ShouldContain(e => e.AllText.Contains("/api/org/api-clients"), "the listener heard the key being issued");
        var secrets = new Dictionary<string, string>
        {
            ["the password"] = password,
            ["a mistyped password"] = wrongPassword,
            ["the API key"] = client.ApiKey,
            ["the API key's secret part"] = key.Secret,
            ["a forged key's secret part"] = forged.Secret,
            ["the stored password hash"] = passwordHash,
            ["the stored key hash"] = keyHash,
        };
        var leaks = (from entry in heard
                     from secret in secrets
                     where entry.AllText.Contains(secret.Value, StringComparison.Ordinal)
                     select $"{secret.Key} in {entry.Level} {entry.Category}: {entry.Message}").ToList();
        leaks.ShouldBeEmpty();
    }
}
