using NJsonSchema;
using NJsonSchema.Generation;
using NJsonSchema.Generation.TypeMappers;
using NSwag;
using NSwag.Generation.AspNetCore;
using NSwag.Generation.Processors;
using NSwag.Generation.Processors.Collections;
using NSwag.Generation.Processors.Contexts;
using Ops.Shared.Http;
using Ops.Shared.Modules;

namespace Ops.Host.OpenApi;

public static class OpenApiSetup
{
    public const string BearerScheme = "Bearer";
    public const string ApiKeyScheme = "ApiKey";

    /// <summary>What <see cref="TimeOnly"/> looks like in JSON: <c>09:00:00</c>, fractions of a second when there are any.</summary>
    public const string TimeOfDayPattern = @"^([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,7})?$";

    public static IServiceCollection AddOpsOpenApi(this IServiceCollection services, IReadOnlyList<OpsModule> modules)
    {
        services.AddEndpointsApiExplorer();
        services.AddOpenApiDocument((s, provider) =>
        {
            s.DocumentName = "v1";
            s.Title = "Ops API";
            s.Version = "v1";
            s.Description = "The operations system of an Amazon seller: one module per chapter of the policy.";
            s.SchemaSettings = new SystemTextJsonSchemaGeneratorSettings
            {
                SchemaType = SchemaType.OpenApi3,
                SerializerOptions = JsonSerializerOptionsProvider.Configure(new(System.Text.Json.JsonSerializerDefaults.Web)),
                // "uuid" is the format OpenAPI registers (and client generators know); NJsonSchema writes "guid".
                TypeMappers =
                {
                    new PrimitiveTypeMapper(typeof(Guid), schema => (schema.Type, schema.Format) = (JsonObjectType.String, "uuid")),
                    // NJsonSchema says "format: time", which is RFC 3339's full-time with an offset ("09:00:00Z"); the API
                    // sends and reads a local time of day without one, as System.Text.Json writes TimeOnly.
                    new PrimitiveTypeMapper(typeof(TimeOnly), schema =>
                    {
                        schema.Type = JsonObjectType.String;
                        schema.Pattern = TimeOfDayPattern;
                        schema.Description = "A local time of day, HH:mm:ss (e.g. 09:00:00).";
                    }),
                },
                SchemaProcessors = { new RequiredProperties() },
                SchemaNameGenerator = new UniqueSchemaNames(modules),
            };
            s.AddSecurity(BearerScheme, new OpenApiSecurityScheme
            {
                Type = OpenApiSecuritySchemeType.Http, Scheme = "bearer", BearerFormat = "JWT",
                Description = "A token from POST /api/auth/token.",
            });
            s.AddSecurity(ApiKeyScheme, new OpenApiSecurityScheme
            {
                Type = OpenApiSecuritySchemeType.ApiKey, Name = "X-Api-Key", In = OpenApiSecurityApiKeyLocation.Header,
                Description = "An integrator key from POST /api/org/api-clients (scoped per module).",
            });
            LeaveFastEndpointsTo(s.OperationProcessors, new FastEndpointsOperationProcessor(provider));
            s.DocumentProcessors.Add(new ModuleTags(modules));
            s.DocumentProcessors.Add(new OptionalInputs());
        });
        return services;
    }

    /// <summary>
    /// NSwag's own processors read ApiExplorer, which misdescribes FastEndpoints endpoints (and leaves schemas of
    /// the wrong bodies behind); they keep describing anything else. Ours runs last and describes the rest.
    /// </summary>
    private static void LeaveFastEndpointsTo(OperationProcessorCollection processors, FastEndpointsOperationProcessor ours)
    {
        var nswags = processors.ToList();
        processors.Clear();
        foreach (var processor in nswags) processors.Add(new UnlessFastEndpoint(processor));
        processors.Add(ours);
    }

    private sealed class UnlessFastEndpoint(IOperationProcessor inner) : IOperationProcessor
    {
        public bool Process(OperationProcessorContext context) =>
            context is AspNetCoreOperationProcessorContext { ApiDescription: { } api } && EndpointShape.IsFastEndpoint(api)
            || inner.Process(context);
    }
}
