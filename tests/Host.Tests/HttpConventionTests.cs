using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;
using Ops.Host.Problems;
using Ops.Shared;
using Ops.Shared.Http;

namespace Host.Tests;

/// <summary>What every response shares, whatever the module: correlation ids, problem bodies, health.</summary>
public sealed class HttpConventionTests(HostApp app) : HostTest(app)
{
    [Fact]
    public async Task a_given_correlation_id_is_returned_on_the_response()
    {
        var result = await As(Role.Admin, x =>
        {
            x.Get.Url("/api/org/users");
            x.WithRequestHeader("X-Correlation-Id", "erp-run-2026-11-23");
        });

        result.Context.Response.Headers["X-Correlation-Id"].ToString().ShouldBe("erp-run-2026-11-23");
    }

    [Fact]
    public async Task a_correlation_id_is_generated_when_none_is_given_even_on_errors()
    {
        var ok = await Anonymous(x => x.Get.Url("/health/live"));
        var problem = await Anonymous(x => x.Get.Url("/api/org/users"));

        ok.Context.Response.Headers["X-Correlation-Id"].ToString().ShouldNotBeNullOrWhiteSpace();
        var generated = problem.Context.Response.Headers["X-Correlation-Id"].ToString();
        generated.ShouldNotBeNullOrWhiteSpace();
        (await problem.ReadAsJsonAsync<Problem>())!.CorrelationId.ShouldBe(generated);
    }

    [Fact]
    public async Task an_unusable_correlation_id_is_replaced()
    {
        var result = await Anonymous(x =>
        {
            x.Get.Url("/health/live");
            x.WithRequestHeader("X-Correlation-Id", "bad id with spaces <script>");
        });

        result.Context.Response.Headers["X-Correlation-Id"].ToString().ShouldNotContain(" ");
    }

    [Fact]
    public async Task an_unknown_route_is_a_404_problem()
    {
        await As(Role.Admin, x => x.Get.Url("/api/no-such-thing")).ShouldBeProblem(404, "not_found");
    }

    [Fact]
    public async Task a_wrong_method_is_a_405_problem()
    {
        await As(Role.Admin, x => x.Delete.Url("/api/org/users")).ShouldBeProblem(405, "method_not_allowed");
    }

    [Fact]
    public async Task malformed_json_is_a_400_problem_not_a_500()
    {
        var result = await As(Role.Admin, x =>
        {
            x.Post.Text("{\"email\": \"a@b.c\", \"roles\": [").ToUrl("/api/org/users");
            x.WithRequestHeader("Content-Type", "application/json");
        });

        await result.ShouldHaveStatus(400);
        (await result.ReadAsJsonAsync<Problem>())!.Code.ShouldBe(ProblemCodes.ValidationFailed);
    }

    [Fact]
    public async Task a_value_of_the_wrong_type_names_its_field()
    {
        await As(Role.Admin, x => x.Post.Json(new { email = 5, displayName = "A", password = "12345678", roles = new[] { "admin" } })
            .ToUrl("/api/org/users")).ShouldHaveFieldError("email");
    }

    [Fact]
    public async Task every_command_that_asks_for_a_reason_refuses_an_empty_one()
    {
        // The shared ReasonRequest's validator is not found by the host's scan: each endpoint names it.
        var commands = Host.FastEndpoints().Where(e => e.Definition.ReqDtoType == typeof(ReasonRequest)).ToList();

        commands.ShouldNotBeEmpty();
        foreach (var command in commands)
            await As(command.Definition.AllowedRoles!.First(), x => x.Post.Json(new { reason = " " })
                .ToUrl(command.Path.Replace("{id}", Guid.NewGuid().ToString()))).ShouldHaveFieldError("reason");
    }

    [Fact]
    public async Task a_malformed_id_in_the_route_is_a_field_error()
    {
        await As(Role.Admin, x => x.Get.Url("/api/org/users/not-a-guid")).ShouldHaveFieldError("id");
    }

    [Fact]
    public async Task an_if_match_that_names_no_version_is_a_field_error()
    {
        await As(Role.Admin, x =>
        {
            x.Put.Json(new { roles = new[] { Role.Staff } }).ToUrl($"/api/org/users/{Guid.NewGuid()}/roles");
            x.WithRequestHeader("If-Match", "\"yesterday\"");
        }).ShouldHaveFieldError("If-Match");
    }

    [Fact]
    public async Task readiness_checks_postgresql()
    {
        var ready = await Anonymous(x => x.Get.Url("/health/ready"));

        await ready.ShouldHaveStatus(200);
        var body = JsonDocument.Parse(await ready.ReadAsTextAsync()).RootElement;
        body.GetProperty("status").GetString().ShouldBe("Healthy");
        body.GetProperty("checks").GetProperty("postgresql").GetString().ShouldBe("Healthy");
    }

    [Fact]
    public async Task an_unexpected_failure_is_a_500_problem_that_hides_the_internals()
    {
        var http = new DefaultHttpContext { Response = { Body = new MemoryStream() } };
        http.Request.Path = "/api/anything";
        var handler = new ProblemExceptionHandler(NullLogger<ProblemExceptionHandler>.Instance);

        (await handler.TryHandleAsync(http, new InvalidOperationException("connection string Password=secret"), CancellationToken.None))
            .ShouldBeTrue();

        http.Response.StatusCode.ShouldBe(500);
        http.Response.Body.Position = 0;
        var body = await new StreamReader(http.Response.Body).ReadToEndAsync();
        body.ShouldContain("\"code\":\"internal_error\"");
        body.ShouldNotContain("secret");
        body.ShouldNotContain("InvalidOperationException");
    }
}
