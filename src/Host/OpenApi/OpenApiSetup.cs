using NJsonSchema.Generation;
using NSwag;
using NSwag.Generation.Processors.Security;
using Ops.Shared.Http;
using Ops.Shared.Modules;

namespace Ops.Host.OpenApi;

public static class OpenApiSetup
{
    public const string BearerScheme = "Bearer";
    public const string ApiKeyScheme = "ApiKey";

    public static IServiceCollection AddOpsOpenApi(this IServiceCollection services, IReadOnlyList<OpsModule> modules)
    {
        services.AddEndpointsApiExplorer();
        services.AddOpenApiDocument(s =>
        {
            s.DocumentName = "v1";
            s.Title = "Ops API";
            s.Version = "v1";
            s.Description = "The operations system of an Amazon seller: one module per chapter of the policy.";
            s.SchemaSettings = new SystemTextJsonSchemaGeneratorSettings
            {
                SerializerOptions = JsonSerializerOptionsProvider.Configure(new(System.Text.Json.JsonSerializerDefaults.Web)),
            };
            s.AddSecurity(BearerScheme, [], new OpenApiSecurityScheme
            {
                Type = OpenApiSecuritySchemeType.Http, Scheme = "bearer", BearerFormat = "JWT",
                Description = "A token from POST /api/auth/token.",
            });
            s.AddSecurity(ApiKeyScheme, [], new OpenApiSecurityScheme
            {
                Type = OpenApiSecuritySchemeType.ApiKey, Name = "X-Api-Key", In = OpenApiSecurityApiKeyLocation.Header,
                Description = "An integrator key from POST /api/org/api-clients (scoped per module).",
            });
            s.OperationProcessors.Insert(0, new FastEndpointsOperationProcessor());
        });
        return services;
    }
}
