using Namotion.Reflection;
using NJsonSchema;
using NSwag.Generation.Processors.Contexts;

namespace Ops.Host.OpenApi;

/// <summary>Schemas from the document's own generator and resolver, so types land once in <c>components</c>.</summary>
internal sealed class Schemas(OperationProcessorContext context)
{
    public JsonSchema For(Type type) =>
        context.SchemaGenerator.GenerateWithReferenceAndNullability<JsonSchema>(type.ToContextualType(), false, context.SchemaResolver);

    /// <summary>
    /// The request DTO as sent: its own schema when all of it is the body; otherwise an object of the properties
    /// route and query leave (the DTO's schema would show <c>id</c> as a body field).
    /// </summary>
    public JsonSchema Body(EndpointShape endpoint)
    {
        if (endpoint.BodyIsWholeRequest) return For(endpoint.RequestType!);

        var body = new JsonSchema { Type = JsonObjectType.Object, AllowAdditionalProperties = false };
        foreach (var property in endpoint.BodyProperties)
        {
            var name = EndpointShape.BindingName(property);
            body.Properties[name] = context.SchemaGenerator.GenerateWithReferenceAndNullability<JsonSchemaProperty>(
                property.ToContextualProperty().AccessorType, context.SchemaResolver);
            if (RequiredProperties.IsRequired(property)) body.RequiredProperties.Add(name);
        }
        return body;
    }
}
