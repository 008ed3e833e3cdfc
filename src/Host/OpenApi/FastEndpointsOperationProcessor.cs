using FastEndpoints;
using NSwag.Generation.AspNetCore;
using NSwag.Generation.Processors;
using NSwag.Generation.Processors.Contexts;

namespace Ops.Host.OpenApi;

/// <summary>
/// FastEndpoints.Swagger is not available here, so NSwag sees FastEndpoints endpoints only through ASP.NET
/// metadata. This processor reads each endpoint's <see cref="EndpointDefinition"/> and fixes what NSwag gets
/// wrong: operation id, tag, security.
/// </summary>
public sealed class FastEndpointsOperationProcessor : IOperationProcessor
{
    public bool Process(OperationProcessorContext context)
    {
        if (context is not AspNetCoreOperationProcessorContext aspNet) return true;
        var definition = aspNet.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<EndpointDefinition>().FirstOrDefault();
        if (definition is null) return true;

        var tag = definition.EndpointTags?.FirstOrDefault() ?? "Ops";
        var action = definition.EndpointType.Name.EndsWith("Endpoint", StringComparison.Ordinal)
            ? definition.EndpointType.Name[..^"Endpoint".Length]
            : definition.EndpointType.Name;
        context.OperationDescription.Operation.OperationId = $"{tag}_{action}";
        context.OperationDescription.Operation.Tags = [tag];
        return true;
    }
}
