using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Ops.Shared.Http;

/// <summary>
/// API clients (integrators) act only within their scopes: <c>&lt;module&gt;:read</c> for GET and HEAD,
/// <c>&lt;module&gt;:write</c> (which includes read) for the rest. The module is the first segment after
/// <c>/api</c>. People are governed by their roles alone.
/// </summary>
public static class ApiScopes
{
    public static string Read(string module) => $"{module}:read";
    public static string Write(string module) => $"{module}:write";

    public static bool IsValid(string scope, IEnumerable<string> modules) =>
        scope.Split(':') is [var module, "read" or "write"] && modules.Contains(module);

    public static bool Allows(IEnumerable<string> granted, string module, string method)
    {
        var reading = HttpMethods.IsGet(method) || HttpMethods.IsHead(method);
        return granted.Contains(Write(module)) || (reading && granted.Contains(Read(module)));
    }

    public static IApplicationBuilder UseApiClientScopes(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        var user = http.User;
        if (user.HasClaim(c => c.Type == OpsClaims.ClientId)
            && http.Request.Path.StartsWithSegments("/api", out var rest)
            && rest.Value?.Split('/', StringSplitOptions.RemoveEmptyEntries) is [var module, ..]
            && !Allows(user.FindAll(OpsClaims.Scope).Select(c => c.Value), module, http.Request.Method))
        {
            await Problems.WriteAsync(http, StatusCodes.Status403Forbidden, ProblemCodes.Forbidden, "Forbidden",
                $"This API key has no '{(HttpMethods.IsGet(http.Request.Method) ? Read(module) : Write(module))}' scope.");
            return;
        }
        await next(http);
    });
}
