using Alba;
using NSwag;
using Ops.Shared;
using Ops.Shared.Http;

namespace Host.Tests;

/// <summary>
/// The sweep: every operation the document publishes is called without credentials, and every write as the
/// auditor. Driven by the document, so an endpoint added tomorrow is swept tomorrow.
/// </summary>
public sealed class AuthorisationTests(HostApp app) : HostTest(app)
{
    [Fact]
    public async Task every_operation_refuses_anonymous_callers_unless_the_document_marks_it_anonymous()
    {
        var document = await Host.LoadOpenApiAsync();

        var secured = document.Operations().Where(o => !o.Operation.IsAnonymous()).ToList();
        secured.Count.ShouldBeGreaterThan(document.Operations().Count() / 2);
        foreach (var operation in secured)
            await Anonymous(x => Call(x, operation)).ShouldBeProblemOf(operation, 401, ProblemCodes.Unauthenticated);
    }

    [Fact]
    public async Task only_logging_in_is_anonymous()
    {
        var document = await Host.LoadOpenApiAsync();

        document.Operations().Where(o => o.Operation.IsAnonymous()).Select(o => o.Name()).ShouldBe(["POST /api/auth/token"]);
        await Anonymous(x => Call(x, document.Operations().Single(o => o.Path == "/api/auth/token")))
            .ShouldBeProblem(400, ProblemCodes.ValidationFailed); // reached the endpoint: {} is no login
    }

    [Fact]
    public async Task the_auditor_can_never_write()
    {
        var document = await Host.LoadOpenApiAsync();

        var writes = document.Operations().Where(o => o.Method != "get" && !o.Operation.IsAnonymous()).ToList();
        writes.ShouldNotBeEmpty();
        // The sweep reaches each module's writes, service's returns among them.
        writes.Select(o => o.Name()).ShouldContain("POST /api/service/returns");
        writes.Select(o => o.Name()).ShouldContain("POST /api/service/returns/{id}/approve");
        writes.Select(o => o.Name()).ShouldContain("POST /api/service/returns/{id}/reject");
        writes.Select(o => o.Name()).ShouldContain("POST /api/service/inspections/{id}/rectifications/verify");
        foreach (var operation in writes)
            await As(Role.Auditor, x => Call(x, operation)).ShouldBeProblemOf(operation, 403, ProblemCodes.Forbidden);
    }

    [Theory]
    [InlineData("/api/service/complaints")]
    [InlineData("/api/service/collaboration-requests")]
    [InlineData("/api/service/collaboration-requests/board")]
    [InlineData("/api/service/inspections")]
    public async Task the_auditor_reads_complaints_and_collaboration_requests(string url)
    {
        var result = await As(Role.Auditor, x => x.Get.Url(url));

        await result.ShouldHaveStatus(200);
    }

    [Fact]
    public async Task staff_cannot_create_users()
    {
        await As(Role.Staff, x => x.Post.Json(new { email = "new@demo.ops", displayName = "New", password = "long-enough-1", roles = new[] { Role.Staff } })
            .ToUrl("/api/org/users")).ShouldBeProblem(403, ProblemCodes.Forbidden);
    }

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    [InlineData(PublishedApi.DocumentUrl)]
    public async Task health_and_the_document_answer_anonymous_callers(string url)
    {
        var result = await Anonymous(x => x.Get.Url(url));

        await result.ShouldHaveStatus(200);
    }

    /// <summary>Route ids are fresh guids; a body is <c>{}</c> where the operation takes one. Authorisation answers first.</summary>
    private static void Call(Scenario x, OpenApiOperationDescription operation)
    {
        var url = operation.UrlWithRandomIds();
        var body = operation.Operation.RequestBody is not null;
        switch (operation.Method)
        {
            case "get": x.Get.Url(url); break;
            case "delete": x.Delete.Url(url); break;
            case "post" when body: x.Post.Json(new { }).ToUrl(url); break;
            case "post": x.Post.Url(url); break;
            case "put" when body: x.Put.Json(new { }).ToUrl(url); break;
            case "put": x.Put.Url(url); break;
            case "patch" when body: x.Patch.Json(new { }).ToUrl(url); break;
            case "patch": x.Patch.Url(url); break;
            default: throw new NotSupportedException($"No sweep for {operation.Name()}");
        }
    }
}

internal static class SweepResults
{
    /// <summary>As <see cref="ScenarioResults.ShouldBeProblem"/>, naming the operation when it fails.</summary>
    public static async Task ShouldBeProblemOf(this Task<IScenarioResult> scenario, OpenApiOperationDescription operation, int status, string code)
    {
        try
        {
            await scenario.ShouldBeProblem(status, code);
        }
        catch (Exception e) when (e is ShouldAssertException)
        {
            throw new ShouldAssertException($"{operation.Name()}: {e.Message}", e);
        }
    }
}
