using FastEndpoints;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Abstractions;
using NJsonSchema;
using NJsonSchema.Generation;
using NSwag;
using NSwag.Generation;
using NSwag.Generation.AspNetCore;
using Ops.Host.OpenApi;
using AspNetApiDescription = Microsoft.AspNetCore.Mvc.ApiExplorer.ApiDescription;

namespace Host.Tests;

/// <summary>What the processor refuses, seen without a host: a document that would mislead its clients is not generated.</summary>
public sealed class OperationProcessorTests
{
    private readonly OpenApiDocument _document = new();

    [Fact]
    public void two_operations_with_one_id_fail_the_document_instead_of_being_numbered()
    {
        Describe("POST", "api/things", new TagsAttribute("Things"));

        Should.Throw<InvalidOperationException>(() => Describe("POST", "api/other-things", new TagsAttribute("Things")))
            .Message.ShouldContain("Things_CreateThing");
    }

    [Fact]
    public void an_endpoint_outside_a_module_group_fails_the_document()
    {
        Should.Throw<InvalidOperationException>(() => Describe("POST", "api/things"))
            .Message.ShouldContain(nameof(CreateThingEndpoint));
    }

    private sealed class CreateThingEndpoint;

    /// <summary>Runs the processor as NSwag does for one ApiExplorer description, then adds the operation to the document.</summary>
    private void Describe(string method, string route, params object[] metadata)
    {
        var api = new AspNetApiDescription
        {
            HttpMethod = method,
            RelativePath = route,
            ActionDescriptor = new ActionDescriptor
            {
                EndpointMetadata = [new EndpointDefinition(typeof(CreateThingEndpoint), typeof(EmptyRequest), typeof(object)), .. metadata],
            },
        };
        var settings = new AspNetCoreOpenApiDocumentGeneratorSettings
        {
            SchemaSettings = new SystemTextJsonSchemaGeneratorSettings { SchemaType = SchemaType.OpenApi3 },
        };
        var resolver = new OpenApiSchemaResolver(_document, settings.SchemaSettings);
        var description = new OpenApiOperationDescription { Path = "/" + route, Method = method.ToLowerInvariant(), Operation = new OpenApiOperation() };
        var context = new AspNetCoreOperationProcessorContext(_document, description, null, null,
            new OpenApiDocumentGenerator(settings, resolver), resolver, settings, [description])
        {
            ApiDescription = api,
        };

        new FastEndpointsOperationProcessor().Process(context).ShouldBeTrue();
        _document.Paths[description.Path] = new OpenApiPathItem { [description.Method] = description.Operation };
    }
}
