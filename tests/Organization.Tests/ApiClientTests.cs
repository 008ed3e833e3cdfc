using Ops.Organization.ApiClients;
using Ops.Shared;
using Ops.Shared.Audit;

namespace Organization.Tests;

public sealed class ApiClientTests(OrganizationApp app) : OrganizationTest(app)
{
    private async Task<ApiClientWithKey> Register(params string[] scopes)
    {
        var result = await As(Role.Admin, x => x.Post.Json(new RegisterApiClientRequest("ERP nightly sync", scopes)).ToUrl("/api/org/api-clients"));
        await result.ShouldHaveStatus(201);
        return (await result.ReadAsJsonAsync<ApiClientWithKey>())!;
    }

    [Fact]
    public async Task a_new_client_gets_its_key_once_and_only_a_hash_is_stored()
    {
        var created = await Register("selection:write");

        created.ApiKey.ShouldStartWith("ops_");
        created.Client.Scopes.ShouldBe(["selection:write"]);
        var shown = await As(Role.Admin, x => x.Get.Url($"/api/org/api-clients/{created.Client.Id}"));
        (await shown.ReadAsTextAsync()).ShouldNotContain(SecretOf(created.ApiKey));
        var history = await As(Role.Auditor, x => x.Get.Url($"/api/org/api-clients/{created.Client.Id}/history")).Ok<List<HistoryEntry>>();
        history.Single().Data.ToString()!.ShouldNotContain(SecretOf(created.ApiKey));
    }

    [Fact]
    public async Task history_never_carries_a_key_or_its_hash_even_after_rotation()
    {
        var created = await Register("selection:write");
        var rotated = await As(Role.Admin, x => x.Post.Json(new { }).ToUrl($"/api/org/api-clients/{created.Client.Id}/rotate"))
            .Ok<ApiClientWithKey>();

        var history = await (await As(Role.Auditor, x => x.Get.Url($"/api/org/api-clients/{created.Client.Id}/history"))).ReadAsTextAsync();
        history.ShouldNotContain("hash", Case.Insensitive);
        foreach (var key in new[] { created.ApiKey, rotated.ApiKey })
        {
            history.ShouldNotContain(SecretOf(key));
            history.ShouldNotContain(ApiKey.HashOf(SecretOf(key)));
        }
        await App.WithKey(rotated.ApiKey, x => x.Get.Url("/api/selection/settings")).Ok<object>();
    }

    [Fact]
    public async Task a_key_reads_and_writes_within_its_scope()
    {
        var created = await Register("selection:write");

        await App.WithKey(created.ApiKey, x => x.Get.Url("/api/selection/settings")).Ok<object>();
    }

    [Fact]
    public async Task a_key_outside_its_scope_is_forbidden()
    {
        var reader = await Register("selection:read");

        await App.WithKey(reader.ApiKey, x => x.Put.Json(new { }).ToUrl("/api/selection/settings")).ShouldBeProblem(403, "forbidden");
        await App.WithKey(reader.ApiKey, x => x.Get.Url("/api/org/users")).ShouldBeProblem(403, "forbidden");
    }

    [Fact]
    public async Task a_key_records_when_it_was_last_used()
    {
        var created = await Register("selection:read");
        await App.WithKey(created.ApiKey, x => x.Get.Url("/api/selection/settings"));

        var client = await As(Role.Admin, x => x.Get.Url($"/api/org/api-clients/{created.Client.Id}")).Ok<ApiClientView>();
        client.LastUsedAt.ShouldBe(OpsFixture.Start);
    }

    [Fact]
    public async Task a_revoked_key_stops_working_at_once()
    {
        var created = await Register("selection:read");

        await As(Role.Admin, x => x.Post.Json(new { reason = "contract ended" }).ToUrl($"/api/org/api-clients/{created.Client.Id}/revoke"))
            .Ok<ApiClientView>();

        await App.WithKey(created.ApiKey, x => x.Get.Url("/api/selection/settings")).ShouldBeProblem(401, "unauthenticated");
    }

    [Fact]
    public async Task rotating_gives_a_new_key_and_the_old_one_stops_working()
    {
        var created = await Register("selection:read");

        var rotated = await As(Role.Admin, x => x.Post.Json(new { }).ToUrl($"/api/org/api-clients/{created.Client.Id}/rotate"))
            .Ok<ApiClientWithKey>();

        rotated.ApiKey.ShouldNotBe(created.ApiKey);
        await App.WithKey(created.ApiKey, x => x.Get.Url("/api/selection/settings")).ShouldBeProblem(401, "unauthenticated");
        await App.WithKey(rotated.ApiKey, x => x.Get.Url("/api/selection/settings")).Ok<object>();
    }

    [Fact]
    public async Task a_revoked_client_cannot_get_a_new_key()
    {
        var created = await Register("selection:read");
        await As(Role.Admin, x => x.Post.Json(new { reason = "leaked" }).ToUrl($"/api/org/api-clients/{created.Client.Id}/revoke"));

        await As(Role.Admin, x => x.Post.Json(new { }).ToUrl($"/api/org/api-clients/{created.Client.Id}/rotate"))
            .ShouldBeProblem(409, ApiClientRules.RevokedClientCannotRotate.Code);
    }

    [Theory]
    [InlineData("ops_0123456789abcdef_not-the-secret")]
    [InlineData("garbage")]
    public async Task an_unknown_or_malformed_key_is_unauthenticated(string key)
    {
        await Register("selection:read");

        await App.WithKey(key, x => x.Get.Url("/api/selection/settings")).ShouldBeProblem(401, "unauthenticated");
    }

    [Fact]
    public async Task scopes_must_name_a_known_module_and_access()
    {
        var problem = await As(Role.Admin, x => x.Post.Json(new RegisterApiClientRequest("ERP", ["selection:admin", "warehouse:read"]))
            .ToUrl("/api/org/api-clients")).ShouldHaveFieldError("scopes[0]");
        problem.Errors!.Keys.ShouldContain("scopes[1]");
    }

    [Fact]
    public async Task only_an_admin_manages_api_clients()
    {
        await As(Role.OpsManager, x => x.Post.Json(new RegisterApiClientRequest("ERP", ["selection:read"])).ToUrl("/api/org/api-clients"))
            .ShouldBeProblem(403, "forbidden");
    }

    /// <summary>The secret part of a key as the server reads it (the secret is base64url, so it may itself hold '_').</summary>
    private static string SecretOf(string key)
    {
        ApiKey.TryParse(key, out var parsed).ShouldBeTrue(key);
        return parsed.Secret;
    }
}
