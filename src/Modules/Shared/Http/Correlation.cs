using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Ops.Shared.Audit;
using Wolverine;

namespace Ops.Shared.Http;

/// <summary>
/// Takes <c>X-Correlation-Id</c> from the request (or makes one), returns it on every response and hands
/// it, with the caller's name, to the request's Wolverine context so events and outgoing messages carry both.
/// </summary>
public static class Correlation
{
    public const string Header = "X-Correlation-Id";
    private const string ItemKey = "ops.correlation-id";
    private const int MaxLength = 128;

    public static string? CorrelationId(this HttpContext http) => http.Items[ItemKey] as string;

    public static IApplicationBuilder UseCorrelationId(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        var given = http.Request.Headers[Header].ToString();
        var id = IsUsable(given) ? given : Guid.CreateVersion7().ToString("N");
        http.Items[ItemKey] = id;
        http.Response.OnStarting(() =>
        {
            http.Response.Headers[Header] = id;
            return Task.CompletedTask;
        });
        await next(http);
    });

    /// <summary>
    /// Runs after authentication: the bus of this request now knows who acts and under which correlation, and the
    /// events and messages written for a signed-in person carry the person's display name (<see cref="ActingPerson"/>).
    /// </summary>
    public static IApplicationBuilder UseMessageContextFromRequest(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        var name = http.User.Identity is { IsAuthenticated: true, Name: { } userName } ? userName : null;
        if (http.RequestServices.GetService<IMessageContext>() is { } bus)
        {
            bus.CorrelationId = http.CorrelationId();
            if (name is not null) bus.UserName = name;
        }
        using var person = name is not null && http.User.FindFirst(OpsClaims.DisplayName)?.Value is { Length: > 0 } displayName
            ? ActingPerson.Begin(name, displayName)
            : null;
        await next(http);
    });

    private static bool IsUsable(string value) =>
        value.Length is > 0 and <= MaxLength && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':');
}
