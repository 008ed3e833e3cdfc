using System.Text.Json;
using System.Text.Json.Serialization;

namespace Ops.Shared.Http;

/// <summary>The one JSON shape of the API (camelCase, enums as strings); the OpenAPI document uses it too.</summary>
public static class JsonSerializerOptionsProvider
{
    public static readonly JsonSerializerOptions Options = Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web));

    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
        if (!options.Converters.OfType<JsonStringEnumConverter>().Any())
            options.Converters.Add(new JsonStringEnumConverter());
        return options;
    }
}
