using Alba;
using Ops.Shared.Http;
using Shouldly;

namespace Ops.Testing;

/// <summary>Assertions on what a client sees: status, problem code, field errors, ETag.</summary>
public static class ScenarioResults
{
    public static async Task<T> Ok<T>(this Task<IScenarioResult> scenario, int status = 200)
    {
        var result = await scenario;
        await result.ShouldHaveStatus(status);
        return (await result.ReadAsJsonAsync<T>())!;
    }

    public static async Task ShouldHaveStatus(this IScenarioResult result, int status)
    {
        var actual = result.Context.Response.StatusCode;
        if (actual != status)
            throw new ShouldAssertException($"Expected HTTP {status} but got {actual}: {await result.ReadAsTextAsync()}");
    }

    /// <summary>The response is a problem with this status and code; returns it for further checks.</summary>
    public static async Task<Problem> ShouldBeProblem(this Task<IScenarioResult> scenario, int status, string code)
    {
        var result = await scenario;
        await result.ShouldHaveStatus(status);
        result.Context.Response.ContentType.ShouldNotBeNull().ShouldStartWith("application/problem+json");
        var problem = (await result.ReadAsJsonAsync<Problem>())!;
        problem.Status.ShouldBe(status);
        problem.Code.ShouldBe(code);
        return problem;
    }

    public static async Task<Problem> ShouldHaveFieldError(this Task<IScenarioResult> scenario, string field)
    {
        var problem = await scenario.ShouldBeProblem(400, ProblemCodes.ValidationFailed);
        problem.Errors.ShouldNotBeNull().Keys.ShouldContain(field);
        return problem;
    }

    public static string ETag(this IScenarioResult result) => result.Context.Response.Headers.ETag.ToString();
}
