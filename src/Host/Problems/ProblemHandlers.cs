using System.Globalization;
using FluentValidation.Results;
using JasperFx;
using JasperFx.Events;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Metadata;
using Ops.Shared.Http;
using ProblemWriter = Ops.Shared.Http.Problems;

namespace Ops.Host.Problems;

/// <summary>FastEndpoints validation failures as our problem shape: field (camelCase) → messages.</summary>
public static class ValidationProblems
{
    public static object Build(List<ValidationFailure> failures, HttpContext http, int status)
    {
        // A refused body reports all its failures, where FastEndpoints hands over the first.
        var errors = RequestJson.TakeFailures(http).Concat(failures)
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

/// <summary>
/// The last line: known failures become their problem; anything else a 500 without internals. A detail is always our
/// own words: exception text (Npgsql's message, a constraint name) stays in the log.
/// </summary>
public sealed class ProblemExceptionHandler(ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken ct)
    {
        var answer = Classify(http, exception);
        if (answer.Status >= 500) logger.LogError(exception, "Unhandled exception for {Method} {Path}", http.Request.Method, http.Request.Path);
        else logger.LogInformation("Request refused with {Code}: {Message}", answer.Code, exception.Message);

        if (answer.RetryAfterSeconds is { } seconds) http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await ProblemWriter.WriteAsync(http, answer.Status, answer.Code, answer.Title, answer.Detail, ct: ct);
        return true;
    }

    private sealed record Answer(int Status, string Code, string Title, string Detail, int? RetryAfterSeconds = null);

    private static Answer Classify(HttpContext http, Exception exception) => exception switch
    {
        // A writer that named the version it saw (If-Match) and lost the race to another writer of that same version
        // holds a stale version, exactly as if it had come a moment later: 412 whatever the timing.
        _ when IsLostRace(exception) && http.Request.TryReadIfMatch(out var expected) && expected is { } version =>
            new(StatusCodes.Status412PreconditionFailed, ProblemCodes.VersionMismatch, "Stale version",
                $"If-Match named version {version}, but another change to the record landed first. Reload and retry."),
        _ when IsLostRace(exception) =>
            new(StatusCodes.Status409Conflict, ProblemCodes.ConcurrentWrite, "Another change landed first; reload and retry",
                "Another change to the same record was saved at the same moment. Reload it and retry."),
        BadHttpRequestException bad =>
            new(bad.StatusCode, ProblemCodes.MalformedRequest, "Malformed request", "The request could not be read."),
        _ when DatabaseOutage.IsUnreachable(exception) =>
            new(StatusCodes.Status503ServiceUnavailable, ProblemCodes.ServiceUnavailable, "Service unavailable",
                "The database cannot be reached right now. Retry after the time in Retry-After.",
                DatabaseOutage.RetryAfterSeconds),
        _ => new(StatusCodes.Status500InternalServerError, ProblemCodes.InternalError, "Internal error",
            "Something went wrong on our side. Quote the correlation id when reporting it."),
    };

    /// <summary>The lost races the message policy retries (one definition for both), and a document inserted twice at once.</summary>
    private static bool IsLostRace(Exception exception) =>
        MessageHandlingPolicy.IsLostRace(exception) || exception is DocumentAlreadyExistsException;
}

public static class EmptyErrorProblems
{
    /// <summary>
    /// A write to an endpoint that reads JSON, sent without a Content-Type: with no body it is read as <c>{}</c> (an
    /// action that needs no body accepts none; one that does names the fields it misses); with a body it is a 415
    /// problem. Left alone, FastEndpoints answers both with a bare 415.
    /// </summary>
    public static IApplicationBuilder UseJsonForBodylessWrites(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        var request = http.Request;
        if (request.ContentType is null && !HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method)
            && !HttpMethods.IsOptions(request.Method)
            && http.GetEndpoint()?.Metadata.GetMetadata<IAcceptsMetadata>() is { } accepts
            && accepts.ContentTypes.Any(t => t.Contains("json", StringComparison.OrdinalIgnoreCase)))
        {
            if (!await HasBodyAsync(request))
                request.ContentType = "application/json";
            else
            {
                await ProblemWriter.WriteAsync(http, StatusCodes.Status415UnsupportedMediaType, ProblemCodes.UnsupportedMediaType,
                    "Send application/json", "The body must be JSON, sent with Content-Type: application/json.");
                return;
            }
        }
        await next(http);
    });

    private static async Task<bool> HasBodyAsync(HttpRequest request)
    {
        if (request.ContentLength is { } length) return length > 0;
        request.EnableBuffering();
        var probe = new byte[1];
        var read = await request.Body.ReadAsync(probe);
        request.Body.Position = 0;
        return read > 0;
    }

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
                StatusCodes.Status415UnsupportedMediaType => (ProblemCodes.UnsupportedMediaType, "Send application/json"),
                _ => ("http_" + http.Response.StatusCode, "Request failed"),
            };
            await ProblemWriter.WriteAsync(http, http.Response.StatusCode, code, title);
        }
    });
}
