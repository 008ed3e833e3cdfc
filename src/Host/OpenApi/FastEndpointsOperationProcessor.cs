using System.Collections.Concurrent;
using FluentValidation;
using Microsoft.Net.Http.Headers;
using NJsonSchema;
using NSwag;
using NSwag.Generation.AspNetCore;
using NSwag.Generation.Processors;
using NSwag.Generation.Processors.Contexts;
using Ops.Shared.Http;

namespace Ops.Host.OpenApi;

/// <summary>
/// FastEndpoints.Swagger is not available here, and NSwag sees FastEndpoints endpoints only through ASP.NET's
/// ApiExplorer, which loses route parameters and turns every request DTO into a body. This processor describes
/// each FastEndpoints operation from its <see cref="EndpointShape"/> alone: path, id, tag, parameters, body,
/// responses and security. NSwag's own processors leave these operations alone (see <see cref="OpenApiSetup"/>).
/// </summary>
public sealed class FastEndpointsOperationProcessor(IServiceProvider? services = null) : IOperationProcessor
{
    public const string JsonContentType = "application/json";

    private readonly ConcurrentDictionary<Type, IValidator?> _validators = new();

    public bool Process(OperationProcessorContext context)
    {
        if (context is not AspNetCoreOperationProcessorContext { ApiDescription: { } api } || EndpointShape.From(api) is not { } endpoint)
            return true;

        var schemas = new Schemas(context);
        var description = context.OperationDescription;
        description.Path = endpoint.Path;

        var operation = description.Operation;
        operation.OperationId = UniqueOperationId(context.Document, endpoint);
        operation.Tags = [endpoint.Tag];
        (operation.Summary, operation.Description) = OperationText.Of(endpoint.Definition);

        operation.Parameters.Clear();
        foreach (var parameter in Parameters(endpoint, schemas)) operation.Parameters.Add(parameter);
        operation.RequestBody = RequestBody(endpoint, schemas);
        DescribeValidation(endpoint, operation);

        operation.Responses.Clear();
        foreach (var (status, response) in OperationResponses.For(endpoint, schemas, api.ActionDescriptor.EndpointMetadata))
            operation.Responses[status] = response;
        if (services is not null && HistoryEntries.Describe(endpoint))
            operation.Responses["200"].Content[JsonContentType].Schema = new HistoryEntries(services).ListSchema(endpoint, schemas, context.Document);

        operation.Security = Security(endpoint);
        return true;
    }

    /// <summary>
    /// What the endpoint's validator enforces (required, lengths, counts, ranges, patterns) goes into the body's schema
    /// and the query parameters, so the document promises exactly what the server checks.
    /// </summary>
    private void DescribeValidation(EndpointShape endpoint, OpenApiOperation operation)
    {
        if (endpoint.Definition.ValidatorType is not { } type || services is null) return;
        var validator = _validators.GetOrAdd(type, t => ActivatorUtilities.CreateInstance(services, t) as IValidator);
        if (validator is null) return;

        if (operation.RequestBody?.Content[JsonContentType].Schema is { } body)
            ValidatorRules.Apply(validator, new ValidatorRules.SchemaTarget(body.ActualSchema));
        var query = operation.Parameters.Where(p => p.Kind == OpenApiParameterKind.Query).ToDictionary(p => p.Name, p => p.Schema);
        if (query.Count > 0) ValidatorRules.Apply(validator, new ValidatorRules.ParametersTarget(query));
    }

    /// <summary>NSwag would quietly number a duplicate; clients generated from the document would then change names at random.</summary>
    private static string UniqueOperationId(OpenApiDocument document, EndpointShape endpoint)
    {
        var id = endpoint.OperationId;
        var taken = document.Operations.FirstOrDefault(o => o.Operation.OperationId == id);
        if (taken is not null)
            throw new InvalidOperationException(
                $"Operation id '{id}' of {endpoint.Method.ToUpperInvariant()} {endpoint.Path} is already used by " +
                $"{taken.Method.ToUpperInvariant()} {taken.Path}: rename one endpoint class (ids are <ModuleTag>_<Action>).");
        return id;
    }

    private static IEnumerable<OpenApiParameter> Parameters(EndpointShape endpoint, Schemas schemas)
    {
        foreach (var route in endpoint.RouteParameters)
            yield return new OpenApiParameter
            {
                Name = route.Name, Kind = OpenApiParameterKind.Path, IsRequired = true, Schema = schemas.For(route.Type),
            };

        var defaults = DefaultInstance(endpoint.RequestType);
        foreach (var property in endpoint.QueryProperties)
            yield return new OpenApiParameter
            {
                Name = EndpointShape.BindingName(property), Kind = OpenApiParameterKind.Query,
                IsRequired = false, // FastEndpoints leaves an absent query value at the property's default.
                Schema = WithDefault(schemas.For(property.PropertyType), defaults is null ? null : property.GetValue(defaults)),
            };

        if (endpoint.ChangesRecord)
            yield return Header(HeaderNames.IfMatch, "The version (ETag) the change was decided on; a stale one is refused with 412.");
        if (endpoint.TakesIdempotencyKey)
            yield return Header(Idempotency.Header, "Makes retries safe: a repeat with the same key and body answers as the first did.");
    }

    private static OpenApiParameter Header(string name, string description) => new()
    {
        Name = name, Kind = OpenApiParameterKind.Header, IsRequired = false, Description = description,
        Schema = new JsonSchema { Type = JsonObjectType.String },
    };

    private static OpenApiRequestBody? RequestBody(EndpointShape endpoint, Schemas schemas) =>
        endpoint.IsUpload ? FileBody(endpoint)
        : endpoint.HasBody
            ? new OpenApiRequestBody
            {
                IsRequired = true,
                Content = { [JsonContentType] = new OpenApiMediaType { Schema = schemas.Body(endpoint) } },
            }
            : null;

    /// <summary>The file itself is the body, in any of the content types the endpoint takes.</summary>
    private static OpenApiRequestBody FileBody(EndpointShape endpoint)
    {
        var body = new OpenApiRequestBody { IsRequired = true, Description = "The file, as it is: the body of the request." };
        foreach (var type in endpoint.FileContentTypes)
            body.Content[type] = new OpenApiMediaType { Schema = new JsonSchema { Type = JsonObjectType.String, Format = "binary" } };
        return body;
    }

    /// <summary>
    /// Either way of signing in will do: a bearer token or an integrator's API key. Anonymous operations have none
    /// (NSwag writes no empty <c>security</c> list, so the document declares no document-wide requirement to inherit).
    /// </summary>
    private static List<OpenApiSecurityRequirement> Security(EndpointShape endpoint) =>
        endpoint.IsAnonymous
            ? []
            :
            [
                new OpenApiSecurityRequirement { [OpenApiSetup.BearerScheme] = [] },
                new OpenApiSecurityRequirement { [OpenApiSetup.ApiKeyScheme] = [] },
            ];

    private static object? DefaultInstance(Type? request) =>
        request?.GetConstructor(Type.EmptyTypes) is { } constructor ? constructor.Invoke(null) : null;

    /// <summary>Simple defaults (<c>page=1</c>) are worth showing; a default of null says nothing.</summary>
    private static JsonSchema WithDefault(JsonSchema schema, object? value)
    {
        if (value is string or int or long or bool or decimal or double) schema.Default = value;
        return schema;
    }
}
