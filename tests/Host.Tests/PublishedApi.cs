using System.Text.RegularExpressions;
using Alba;
using FastEndpoints;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using NSwag;

namespace Host.Tests;

/// <summary>A FastEndpoints endpoint as routing knows it: the truth the document is checked against.</summary>
public sealed record RegisteredEndpoint(string Method, string Path, EndpointDefinition Definition, IReadOnlyList<int> DeclaredStatuses)
{
    public override string ToString() => $"{Method.ToUpperInvariant()} {Path} ({Definition.EndpointType.Name})";
}

/// <summary>The published document and the endpoints the host really maps, both read the way a client would.</summary>
public static partial class PublishedApi
{
    public const string DocumentUrl = "/openapi/v1.json";

    public static async Task<OpenApiDocument> LoadOpenApiAsync(this IAlbaHost host)
    {
        var result = await host.Scenario(x => x.Get.Url(DocumentUrl));
        return await OpenApiDocument.FromJsonAsync(await result.ReadAsTextAsync());
    }

    /// <summary>Every FastEndpoints endpoint the host maps, one per verb and route (health checks and Scalar are not).</summary>
    public static IReadOnlyList<RegisteredEndpoint> FastEndpoints(this IAlbaHost host) =>
        host.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<EndpointDefinition>() is not null)
            .SelectMany(e => e.Metadata.GetRequiredMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>().HttpMethods
                .Select(method => new RegisteredEndpoint(method.ToLowerInvariant(), WithoutConstraints(e.RoutePattern.RawText!),
                    e.Metadata.GetRequiredMetadata<EndpointDefinition>(),
                    e.Metadata.OfType<ProducesResponseTypeMetadata>().Select(m => m.StatusCode).ToList())))
            .ToList();

    public static IEnumerable<OpenApiOperationDescription> Operations(this OpenApiDocument document) => document.Operations;

    public static OpenApiOperation OperationOf(this OpenApiDocument document, RegisteredEndpoint endpoint) =>
        document.Operations.Single(o => o.Method == endpoint.Method && o.Path == endpoint.Path).Operation;

    public static string Name(this OpenApiOperationDescription operation) => $"{operation.Method.ToUpperInvariant()} {operation.Path}";

    public static IEnumerable<OpenApiParameter> ParametersIn(this OpenApiOperation operation, OpenApiParameterKind kind) =>
        operation.ActualParameters.Where(p => p.Kind == kind);

    public static bool HasHeader(this OpenApiOperation operation, string name) =>
        operation.ParametersIn(OpenApiParameterKind.Header).Any(p => p.Name == name);

    public static bool IsAnonymous(this OpenApiOperation operation) => operation.Security is null or { Count: 0 };

    public static IEnumerable<string> RouteParameterNames(string path) => RouteParameter().Matches(path).Select(m => m.Groups[1].Value);

    /// <summary>The operation's path with each route parameter filled with a fresh id.</summary>
    public static string UrlWithRandomIds(this OpenApiOperationDescription operation) =>
        RouteParameter().Replace(operation.Path, _ => Guid.NewGuid().ToString());

    private static string WithoutConstraints(string route) => "/" + RouteParameterWithConstraint().Replace(route, "{$1}").TrimStart('/');

    [GeneratedRegex(@"\{([^}]+)\}")]
    private static partial Regex RouteParameter();

    [GeneratedRegex(@"\{\**([^}:=?]+)[^}]*\}")]
    private static partial Regex RouteParameterWithConstraint();
}
