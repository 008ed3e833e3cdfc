using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;
using NJsonSchema;
using NSwag;
using Ops.Shared.Http;
using ProblemWriter = Ops.Shared.Http.Problems;

namespace Ops.Host.OpenApi;

/// <summary>
/// The answers an operation can give: its success with the response DTO, and the problems (RFC 9457, our
/// <see cref="Problem"/> shape) the shared HTTP edge produces for an endpoint of its kind.
/// </summary>
internal static class OperationResponses
{
    public static IEnumerable<(string Status, OpenApiResponse Response)> For(EndpointShape endpoint, Schemas schemas,
        IEnumerable<object> metadata)
    {
        yield return Success(endpoint, schemas);
        if (endpoint.IsUpload && endpoint.ResponseType is { } job)
            yield return (StatusCodes.Status200OK.ToString(), new OpenApiResponse
            {
                Description = "The same file was imported before: its job, unchanged; nothing runs.",
                Content = { [FastEndpointsOperationProcessor.JsonContentType] = new OpenApiMediaType { Schema = schemas.For(job) } },
            });

        var problem = schemas.For(typeof(Problem));
        var declared = metadata.OfType<ProducesResponseTypeMetadata>().Select(m => m.StatusCode).Where(s => s >= 400);
        foreach (var status in ProblemStatuses(endpoint).Union(declared).Order())
            yield return (status.ToString(), ProblemResponse(status, problem));
    }

    private static (string, OpenApiResponse) Success(EndpointShape endpoint, Schemas schemas)
    {
        if (endpoint.IsUpload && endpoint.ResponseType is { } job)
        {
            var accepted = new OpenApiResponse
            {
                Description = "Accepted: the job that imports the file; poll it at Location until it is finished.",
                Content = { [FastEndpointsOperationProcessor.JsonContentType] = new OpenApiMediaType { Schema = schemas.For(job) } },
            };
            accepted.Headers[HeaderNames.Location] = Header("Where the job is read.");
            return (StatusCodes.Status202Accepted.ToString(), accepted);
        }

        if (endpoint.ResponseType is null)
            return (StatusCodes.Status204NoContent.ToString(), new OpenApiResponse { Description = "Done; nothing to return." });

        var response = new OpenApiResponse
        {
            Description = endpoint.IsCreate ? "Created." : "OK.",
            Content = { [FastEndpointsOperationProcessor.JsonContentType] = new OpenApiMediaType { Schema = schemas.For(endpoint.ResponseType) } },
        };
        if (endpoint.IsCreate)
            response.Headers[HeaderNames.Location] = Header("Where the new record is read.");
        if (endpoint.ReturnsRecord)
            response.Headers[HeaderNames.ETag] = Header("The record's version; send it back as If-Match to change the record.");
        return ((endpoint.IsCreate ? StatusCodes.Status201Created : StatusCodes.Status200OK).ToString(), response);
    }

    /// <summary>Which problems the host, the shared command responses and FastEndpoints' binding can answer with.</summary>
    private static IEnumerable<int> ProblemStatuses(EndpointShape endpoint)
    {
        if (endpoint.HasInput) yield return StatusCodes.Status400BadRequest;
        if (!endpoint.IsAnonymous)
        {
            yield return StatusCodes.Status401Unauthorized;
            yield return StatusCodes.Status403Forbidden;
        }
        if (endpoint.RouteParameters.Count > 0) yield return StatusCodes.Status404NotFound;
        if (!endpoint.IsRead) yield return StatusCodes.Status409Conflict;
        if (endpoint.ChangesRecord) yield return StatusCodes.Status412PreconditionFailed;
        if (endpoint.HasBody) yield return StatusCodes.Status415UnsupportedMediaType;
        if (endpoint.TakesIdempotencyKey) yield return StatusCodes.Status422UnprocessableEntity;
        // Every operation touches the database; while it cannot be reached the host answers 503 with Retry-After.
        yield return StatusCodes.Status503ServiceUnavailable;
    }

    private static OpenApiResponse ProblemResponse(int status, JsonSchema problem)
    {
        var response = ProblemOnly(status, problem);
        if (status == StatusCodes.Status503ServiceUnavailable)
            response.Headers[HeaderNames.RetryAfter] = Header("Seconds to wait before retrying.");
        return response;
    }

    private static OpenApiResponse ProblemOnly(int status, JsonSchema problem) => new()
    {
        Description = status switch
        {
            StatusCodes.Status400BadRequest => $"The request is not valid ({ProblemCodes.ValidationFailed}, {ProblemCodes.MalformedRequest}).",
            StatusCodes.Status401Unauthorized => $"Not signed in ({ProblemCodes.Unauthenticated}).",
            StatusCodes.Status403Forbidden => $"The caller's roles or scopes do not allow this ({ProblemCodes.Forbidden}).",
            StatusCodes.Status404NotFound => $"No such record ({ProblemCodes.NotFound}).",
            StatusCodes.Status409Conflict => $"A rule refuses the change (its rule code), or another change landed first ({ProblemCodes.ConcurrentWrite}).",
            StatusCodes.Status412PreconditionFailed => $"If-Match names a stale version ({ProblemCodes.VersionMismatch}).",
            StatusCodes.Status415UnsupportedMediaType => $"The body is not sent in a content type the operation takes ({ProblemCodes.UnsupportedMediaType}).",
            StatusCodes.Status422UnprocessableEntity => $"The Idempotency-Key was first used with a different body ({ProblemCodes.IdempotencyKeyReused}).",
            StatusCodes.Status503ServiceUnavailable =>
                $"The database cannot be reached for now ({ProblemCodes.ServiceUnavailable}); retry after the seconds Retry-After gives.",
            _ => "See the problem's code.",
        },
        Content = { [ProblemWriter.ContentType] = new OpenApiMediaType { Schema = problem } },
    };

    private static OpenApiHeader Header(string description) => new()
    {
        Description = description, Schema = new JsonSchema { Type = JsonObjectType.String },
    };
}
