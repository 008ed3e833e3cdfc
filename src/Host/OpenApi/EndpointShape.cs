using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using FastEndpoints;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc.ApiExplorer;

namespace Ops.Host.OpenApi;

/// <summary>A route parameter and the type its request property binds it to (string when no property does).</summary>
internal sealed record RouteParameter(string Name, Type Type);

/// <summary>
/// What one FastEndpoints endpoint looks like over HTTP, read from its <see cref="EndpointDefinition"/> and route:
/// where each request property comes from, and which of the house conventions (create, command on a record,
/// anonymous) it follows. The operation processor turns this into an OpenAPI operation.
/// </summary>
internal sealed partial class EndpointShape
{
    private EndpointShape(EndpointDefinition definition, string method, string path, string tag)
    {
        Definition = definition;
        Method = method;
        Path = path;
        Tag = tag;
        RequestType = definition.ReqDtoType == typeof(EmptyRequest) ? null : definition.ReqDtoType;
        ResponseType = definition.ResDtoType is { } res && res != typeof(object) && res != typeof(EmptyResponse) ? res : null;

        var properties = RequestType?.GetProperties(BindingFlags.Public | BindingFlags.Instance) ?? [];
        var sent = properties.Where(IsSentByClient).ToList();
        RouteParameters = RouteParameterNames(path)
            .Select(name => new RouteParameter(name, sent.FirstOrDefault(p => IsNamed(p, name))?.PropertyType ?? typeof(string)))
            .ToList();
        var rest = sent.Where(p => !RouteParameters.Any(r => IsNamed(p, r.Name))).ToList();
        QueryProperties = rest.Where(p => !CanHaveBody || p.IsDefined(typeof(QueryParamAttribute))).ToList();
        BodyProperties = CanHaveBody ? rest.Except(QueryProperties).ToList() : [];
        BodyIsWholeRequest = BodyProperties.Count == properties.Length;
    }

    public EndpointDefinition Definition { get; }

    /// <summary>Lower case, as OpenAPI spells it: <c>get</c>, <c>post</c>, …</summary>
    public string Method { get; }

    /// <summary>The route as mapped, constraints removed: <c>/api/org/users/{id}</c>.</summary>
    public string Path { get; }

    /// <summary>The module's tag, given by the module's endpoint group.</summary>
    public string Tag { get; }

    /// <summary><c>&lt;Tag&gt;_&lt;Action&gt;</c>, the action being the endpoint class name without <c>Endpoint</c>.</summary>
    public string OperationId => $"{Tag}_{Action(Definition.EndpointType)}";

    /// <summary>The request DTO, or null for endpoints without a request.</summary>
    public Type? RequestType { get; }

    /// <summary>The response DTO, or null when the endpoint answers without a body.</summary>
    public Type? ResponseType { get; }

    public IReadOnlyList<RouteParameter> RouteParameters { get; }
    public IReadOnlyList<PropertyInfo> QueryProperties { get; }
    public IReadOnlyList<PropertyInfo> BodyProperties { get; }

    public bool IsRead => Method is "get" or "head";
    public bool IsAnonymous => Definition.AnonymousVerbs?.Contains(Method, StringComparer.OrdinalIgnoreCase) == true;
    public bool HasValidator => Definition.ValidatorType is not null;
    public bool HasRecordId => RouteParameters.Any(p => p.Name.Equals("id", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// A POST to a collection (no <c>{id}</c>) by a signed-in caller: 201 with <c>Location</c>.
    /// Anonymous POSTs (logging in) create nothing the caller could address.
    /// </summary>
    public bool IsCreate => Method == "post" && !HasRecordId && !IsAnonymous && !IsCalculation && !IsUpload;

    /// <summary>
    /// The content types of a file sent as the body (<see cref="Ops.Shared.Imports.FileUploadAttribute"/>): an import,
    /// answered 202 with the job (200 with the earlier job for a file imported before).
    /// </summary>
    public IReadOnlyList<string> FileContentTypes =>
        RequestType?.GetCustomAttribute<Ops.Shared.Imports.FileUploadAttribute>()?.ContentTypes ?? [];

    public bool IsUpload => FileContentTypes.Count > 0;

    /// <summary>A POST that only computes (<see cref="Ops.Shared.Http.CalculationAttribute"/>): 200, nothing saved.</summary>
    public bool IsCalculation => Definition.EndpointType.IsDefined(typeof(Ops.Shared.Http.CalculationAttribute), inherit: false);

    /// <summary>
    /// A create answering with the record as stored, which is what a repeat under the same <c>Idempotency-Key</c>
    /// replays. A create whose answer is shown once (a new API key) cannot be replayed, so takes no key.
    /// </summary>
    public bool TakesIdempotencyKey => IsCreate && ReturnsRecord;

    /// <summary>A change to an existing record (<c>{id}</c> in the route, or a singleton such as the settings): <c>If-Match</c> applies.</summary>
    public bool ChangesRecord => !IsRead && !IsCreate && !IsAnonymous && !IsCalculation && (HasRecordId || Method is "put" or "patch" or "delete");

    /// <summary>The response is a read model carrying its <c>Version</c>, which the API sends as <c>ETag</c>.</summary>
    public bool ReturnsRecord => ResponseType?.GetProperty("Version")?.PropertyType == typeof(long);

    public bool HasBody => BodyProperties.Count > 0 || IsUpload;

    /// <summary>Anything the client sends that can be malformed or invalid (400): route values, query, headers, body.</summary>
    public bool HasInput => HasValidator || HasBody || RouteParameters.Count > 0 || QueryProperties.Count > 0 || ChangesRecord || TakesIdempotencyKey;

    /// <summary>Every property of the request DTO is sent in the body: the body is the DTO itself.</summary>
    public bool BodyIsWholeRequest { get; }

    private bool CanHaveBody => Method is "post" or "put" or "patch";

    public static bool IsFastEndpoint(ApiDescription api) => DefinitionOf(api) is not null;

    public static EndpointShape? From(ApiDescription api)
    {
        var definition = DefinitionOf(api);
        if (definition is null || api.HttpMethod is null || api.RelativePath is null) return null;

        var tag = api.ActionDescriptor.EndpointMetadata.OfType<ITagsMetadata>()
            .SelectMany(t => t.Tags).FirstOrDefault()
            ?? throw new InvalidOperationException(
                $"{definition.EndpointType.Name} has no tag: endpoints belong to their module's group, which tags them.");
        return new EndpointShape(definition, api.HttpMethod.ToLowerInvariant(), "/" + RouteConstraint().Replace(api.RelativePath, "{$1}"), tag);
    }

    private static EndpointDefinition? DefinitionOf(ApiDescription api) =>
        api.ActionDescriptor.EndpointMetadata.OfType<EndpointDefinition>().FirstOrDefault();

    /// <summary>The name FastEndpoints binds a property from (route value or query key); JSON names it the same way.</summary>
    public static string BindingName(PropertyInfo property) =>
        property.GetCustomAttribute<BindFromAttribute>()?.Name
        ?? property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name
        ?? JsonNamingPolicy.CamelCase.ConvertName(property.Name);

    private static string Action(Type endpoint) =>
        endpoint.Name.EndsWith("Endpoint", StringComparison.Ordinal) ? endpoint.Name[..^"Endpoint".Length] : endpoint.Name;

    private static IEnumerable<string> RouteParameterNames(string path) =>
        RouteParameterName().Matches(path).Select(m => m.Groups[1].Value);

    private static bool IsNamed(PropertyInfo property, string name) => BindingName(property).Equals(name, StringComparison.OrdinalIgnoreCase);

    /// <summary>Properties a client sends; those filled from claims, headers or cookies, or ignored by JSON, are not.</summary>
    private static bool IsSentByClient(PropertyInfo property) =>
        property.CanWrite && property.GetIndexParameters().Length == 0
        && !property.IsDefined(typeof(JsonIgnoreAttribute)) && !property.IsDefined(typeof(FromClaimAttribute))
        && !property.IsDefined(typeof(FromHeaderAttribute)) && !property.IsDefined(typeof(FromCookieAttribute));

    /// <summary><c>{id:guid}</c>, <c>{id?}</c>, <c>{*rest}</c> → <c>{id}</c>, <c>{rest}</c>.</summary>
    [GeneratedRegex(@"\{\**([^}:=?]+)[^}]*\}")]
    private static partial Regex RouteConstraint();

    [GeneratedRegex(@"\{([^}]+)\}")]
    private static partial Regex RouteParameterName();
}
