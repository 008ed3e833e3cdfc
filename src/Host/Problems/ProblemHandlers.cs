using FluentValidation.Results;
using JasperFx;
using JasperFx.Events;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Diagnostics;
using Ops.Shared.Http;
using ProblemWriter = Ops.Shared.Http.Problems;

namespace Ops.Host.Problems;

/// <summary>FastEndpoints validation failures as our problem shape: field (camelCase) → messages.</summary>
public static class ValidationProblems
{
    public static object Build(List<ValidationFailure> failures, HttpContext http, int status)
    {
        var errors = failures
            .GroupBy(f => FieldName(f.PropertyName))
            .ToDictionary(g => g.Key, g => g.Select(f => f.ErrorMessage).Distinct().ToArray());
        return ProblemWriter.Create(http, status, ProblemCodes.ValidationFailed, "The request is not valid",
            "See errors for the fields to correct.", errors);
    }

    private static string FieldName(string property) =>
        string.Join('.', property.Split('.').Select(p => p.Length == 0 ? p : char.ToLowerInvariant(p[0]) + p[1..]));
}

/// <summary>401 and 403 as problems, never empty bodies; the challenge still sets WWW-Authenticate.</summary>
public sealed class ProblemAuthorizationResultHandler : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext http, AuthorizationPolicy policy, PolicyAuthorizationResult result)
    {
        if (result.Challenged)
        {
            await http.ChallengeAsync();
            await ProblemWriter.WriteAsync(http, StatusCodes.Status401Unauthorized, ProblemCodes.Unauthenticated, "Unauthenticated",
                "Send a bearer token (POST /api/auth/token) or an X-Api-Key header.");
            return;
        }
        if (result.Forbidden)
        {
            await ProblemWriter.WriteAsync(http, StatusCodes.Status403Forbidden, ProblemCodes.Forbidden, "Forbidden",
                "Your roles do not allow this operation.");
            return;
        }
        await _default.HandleAsync(next, http, policy, result);
    }
}

/// <summary>The last line: known failures become their problem; anything else a 500 without internals.</summary>
public sealed class ProblemExceptionHandler(ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken ct)
    {
        var (status, code, title) = Classify(exception);
        if (status >= 500) logger.LogError(exception, "Unhandled exception for {Method} {Path}", http.Request.Method, http.Request.Path);
        else logger.LogInformation("Request refused with {Code}: {Message}", code, exception.Message);

        var detail = status >= 500 ? "Something went wrong on our side. Quote the correlation id when reporting it." : exception.Message;
        await ProblemWriter.WriteAsync(http, status, code, title, detail, ct: ct);
        return true;
    }

    private static (int Status, string Code, string Title) Classify(Exception exception) => exception switch
    {
        ConcurrencyException or EventStreamUnexpectedMaxEventIdException or ExistingStreamIdCollisionException
            or Marten.Exceptions.ExistingStreamIdCollisionException
            or DocumentAlreadyExistsException =>
            (StatusCodes.Status409Conflict, ProblemCodes.ConcurrentWrite, "Another change landed first; reload and retry"),
        BadHttpRequestException bad => (bad.StatusCode, ProblemCodes.MalformedRequest, "Malformed request"),
        _ => (StatusCodes.Status500InternalServerError, ProblemCodes.InternalError, "Internal error"),
    };
}

public static class EmptyErrorProblems
{
    /// <summary>404/405 and friends from routing carry no body; give them the problem shape too.</summary>
    public static IApplicationBuilder UseProblemsForEmptyErrors(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        await next(http);
        if (http.Response is { HasStarted: false, StatusCode: >= 400, ContentLength: null or 0 })
        {
            var (code, title) = http.Response.StatusCode switch
            {
                StatusCodes.Status404NotFound => (ProblemCodes.NotFound, "Not found"),
                StatusCodes.Status405MethodNotAllowed => ("method_not_allowed", "Method not allowed"),
                StatusCodes.Status415UnsupportedMediaType => ("unsupported_media_type", "Send application/json"),
                _ => ("http_" + http.Response.StatusCode, "Request failed"),
            };
            await ProblemWriter.WriteAsync(http, http.Response.StatusCode, code, title);
        }
    });
}
