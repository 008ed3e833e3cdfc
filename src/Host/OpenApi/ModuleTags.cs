using NSwag;
using NSwag.Generation.Processors;
using NSwag.Generation.Processors.Contexts;
using Ops.Shared.Modules;

namespace Ops.Host.OpenApi;

/// <summary>
/// Declares each module's tag at the document level, with what the module is for, in the order modules are
/// registered, then the host's own: the sections Scalar and generated clients group operations by. Only tags that
/// operations use.
/// </summary>
internal sealed class ModuleTags(IEnumerable<OpsModule> modules) : IDocumentProcessor
{
    public void Process(DocumentProcessorContext context)
    {
        var used = context.Document.Operations.SelectMany(o => o.Operation.Tags).ToHashSet();
        context.Document.Tags.Clear();
        foreach (var module in modules.Where(m => used.Contains(m.Tag)))
            context.Document.Tags.Add(new OpenApiTag { Name = module.Tag, Description = module.Description });
        if (used.Contains(Operations.OpsGroup.Tag))
            context.Document.Tags.Add(new OpenApiTag
            {
                Name = Operations.OpsGroup.Tag,
                Description = "Running the host: messages that could not be handled (dead letters), listed and replayed.",
            });
    }
}
