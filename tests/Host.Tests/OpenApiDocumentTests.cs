using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using NJsonSchema;
using NSwag;
using Ops.Organization.Users;
using Ops.Shared;
using Ops.Shared.Modules;

namespace Host.Tests;

/// <summary>
/// The document is what the web client and integrators build on. Driven by the endpoints the host maps and by
/// the document itself, so a new endpoint is checked the day it is added.
/// </summary>
public sealed partial class OpenApiDocumentTests(HostApp app) : HostTest(app)
{
    private const string Json = "application/json";
    private const string ProblemJson = "application/problem+json";

    [Fact]
    public async Task every_endpoint_is_in_the_document_with_its_route_and_verb_and_nothing_else_is()
    {
        var document = await Host.LoadOpenApiAsync();
        var registered = Host.FastEndpoints();

        registered.ShouldNotBeEmpty();
        var documented = document.Operations().Select(o => (o.Method, o.Path)).ToList();
        registered.Select(e => (e.Method, e.Path)).ShouldBe(documented, ignoreOrder: true);
    }

    [Fact]
    public async Task operation_ids_are_unique_and_read_module_tag_underscore_action()
    {
        var document = await Host.LoadOpenApiAsync();
        var tags = Host.Services.GetServices<OpsModule>().Select(m => m.Tag).Append(Ops.Host.Operations.OpsGroup.Tag).ToList(); // and the host's /api/ops

        foreach (var endpoint in Host.FastEndpoints())
        {
            var operation = document.OperationOf(endpoint);
            var tag = operation.Tags.ShouldHaveSingleItem();
            tags.ShouldContain(tag, $"{endpoint} is tagged '{tag}', which is no module's tag");
            var action = Regex.Replace(endpoint.Definition.EndpointType.Name, "Endpoint$", "");
            operation.OperationId.ShouldBe($"{tag}_{action}");
            operation.OperationId.ShouldMatch("^[A-Z][A-Za-z]*_[A-Z][A-Za-z0-9]*$");
        }
        document.Operations().Select(o => o.Operation.OperationId).ShouldBeUnique();
    }

    [Fact]
    public async Task every_operation_answers_success_with_a_schema_or_says_it_returns_nothing()
    {
        var document = await Host.LoadOpenApiAsync();

        foreach (var operation in document.Operations().Where(o => !Uploads.Contains(o.Path)))
        {
            var success = operation.Operation.Responses.Where(r => r.Key.StartsWith('2')).ShouldHaveSingleItem(operation.Name());
            if (success.Key == "204")
                success.Value.Content.ShouldBeEmpty(operation.Name());
            else
            {
                success.Key.ShouldBeOneOf("200", "201");
                success.Value.Content[Json].Schema.ShouldNotBeNull(operation.Name());
            }
        }
    }

    [Fact]
    public async Task every_operation_lists_the_problems_its_kind_can_answer_in_the_problem_shape()
    {
        var document = await Host.LoadOpenApiAsync();
        var problem = document.Components.Schemas["Problem"];

        foreach (var endpoint in Host.FastEndpoints())
        {
            var operation = document.OperationOf(endpoint);
            var expected = new List<int>();
            if (operation.ActualParameters.Count > 0 || operation.RequestBody is not null || endpoint.Definition.ValidatorType is not null)
                expected.Add(400);
            if (!operation.IsAnonymous()) expected.AddRange([401, 403]);
            if (operation.ParametersIn(OpenApiParameterKind.Path).Any()) expected.Add(404);
            if (endpoint.Method != "get") expected.Add(409);
            if (operation.HasHeader("If-Match")) expected.Add(412);
            if (operation.RequestBody is not null) expected.Add(415);
            if (operation.HasHeader("Idempotency-Key")) expected.Add(422);
            expected.Add(503);
            expected.AddRange(endpoint.DeclaredStatuses.Where(s => s >= 400));

            var problems = operation.Responses.Where(r => r.Key[0] is '4' or '5').ToList();
            problems.Select(p => int.Parse(p.Key)).ShouldBe(expected.Distinct(), ignoreOrder: true, endpoint.ToString());
            foreach (var (status, response) in problems)
                response.Content[ProblemJson].Schema.ActualSchema.ShouldBe(problem, $"{endpoint} {status}");
            operation.Responses["503"].Headers.Keys.ShouldContain("Retry-After", endpoint.ToString());
        }
    }

    [Fact]
    public async Task route_parameters_are_required_and_typed_and_ids_are_uuids()
    {
        var document = await Host.LoadOpenApiAsync();

        foreach (var endpoint in Host.FastEndpoints())
        {
            var operation = document.OperationOf(endpoint);
            var parameters = operation.ParametersIn(OpenApiParameterKind.Path).ToList();
            parameters.Select(p => p.Name).ShouldBe(PublishedApi.RouteParameterNames(endpoint.Path), ignoreOrder: true, endpoint.ToString());
            foreach (var parameter in parameters)
            {
                parameter.IsRequired.ShouldBeTrue($"{endpoint} {parameter.Name}");
                var bound = endpoint.Definition.ReqDtoType.GetProperties()
                    .FirstOrDefault(p => p.Name.Equals(parameter.Name, StringComparison.OrdinalIgnoreCase))?.PropertyType;
                var schema = parameter.Schema.ActualSchema;
                schema.Type.ShouldBe(JsonObjectType.String, $"{endpoint} {parameter.Name}");
                if (bound == typeof(Guid)) schema.Format.ShouldBe("uuid", $"{endpoint} {parameter.Name}");
            }
        }
    }

    [Fact]
    public async Task gets_and_deletes_send_no_body_and_gets_take_no_version_or_idempotency_header()
    {
        var document = await Host.LoadOpenApiAsync();

        var reads = document.Operations().Where(o => o.Method is "get" or "delete").ToList();
        reads.ShouldNotBeEmpty();
        foreach (var read in reads)
        {
            read.Operation.RequestBody.ShouldBeNull(read.Name());
            if (read.Method == "get")
                (read.Operation.HasHeader("If-Match") || read.Operation.HasHeader("Idempotency-Key")).ShouldBeFalse(read.Name());
        }
    }

    [Fact]
    public async Task creates_answer_201_with_location_and_take_an_idempotency_key_when_the_record_can_be_replayed()
    {
        var document = await Host.LoadOpenApiAsync();

        var creates = document.Operations()
            .Where(o => o.Method == "post" && !o.Path.Contains("{id}") && !o.Operation.IsAnonymous() && !Calculations.Contains(o.Path) && !Uploads.Contains(o.Path)).ToList();
        creates.ShouldNotBeEmpty();
        foreach (var create in creates)
        {
            var created = create.Operation.Responses["201"];
            created.Headers.Keys.ShouldContain("Location", create.Name());
            create.Operation.HasHeader("If-Match").ShouldBeFalse(create.Name());
            // A repeat answers with the record as stored (its ETag); an answer shown once cannot be repeated.
            create.Operation.HasHeader("Idempotency-Key").ShouldBe(created.Headers.ContainsKey("ETag"), create.Name());
        }
        document.Paths["/api/org/api-clients"]["post"].HasHeader("Idempotency-Key").ShouldBeFalse(); // its key is shown once
    }

    [Fact]
    public async Task no_schema_names_a_required_property_twice()
    {
        var document = await Host.LoadOpenApiAsync();

        foreach (var (name, schema) in document.Components.Schemas)
            schema.RequiredProperties.ShouldBeUnique(name);
    }

    /// <summary>POSTs that compute and save nothing (marked <c>[Calculation]</c>).</summary>
    private static readonly string[] Calculations =
        ["/api/selection/candidates/profit-estimate", "/api/listing/listings/{id}/quality-preview", "/api/logistics/channels/recommend"];

    /// <summary>Operations whose body is a file to import (docs/adr/0020).</summary>
    private static readonly string[] Uploads = ["/api/logistics/orders/import"];

    [Fact]
    public async Task an_upload_takes_the_file_as_its_body_and_answers_with_its_job()
    {
        var document = await Host.LoadOpenApiAsync();

        foreach (var path in Uploads)
        {
            var upload = document.Paths[path]["post"];
            upload.RequestBody.Content.Keys.ShouldBe(["text/csv", "application/json"], ignoreOrder: true);
            upload.RequestBody.Content.Values.ShouldAllBe(c => c.Schema.Format == "binary");
            upload.Responses["202"].Headers.Keys.ShouldContain("Location");
            upload.Responses["202"].Content[Json].Schema.ShouldNotBeNull();
            upload.Responses["200"].Content[Json].Schema.ShouldNotBeNull(); // the same file again: its job
            upload.Responses.Keys.ShouldContain("415");
            upload.Parameters.Where(p => p.Kind == NSwag.OpenApiParameterKind.Query).Select(p => p.Name).ShouldContain("storeId");
            upload.HasHeader("Idempotency-Key").ShouldBeFalse(); // the file's content is its key
        }
    }

    [Fact]
    public async Task a_calculation_answers_200_and_takes_neither_an_idempotency_key_nor_if_match()
    {
        var document = await Host.LoadOpenApiAsync();

        foreach (var path in Calculations)
        {
            var calculation = document.Paths[path]["post"];
            calculation.Responses.Keys.ShouldContain("200", path);
            calculation.Responses.Keys.ShouldNotContain("201", path);
            calculation.HasHeader("Idempotency-Key").ShouldBeFalse(path);
            calculation.HasHeader("If-Match").ShouldBeFalse(path);
        }
    }

    [Fact]
    public async Task changes_to_a_record_take_an_optional_if_match_and_no_idempotency_key()
    {
        var document = await Host.LoadOpenApiAsync();

        var changes = document.Operations().Where(o => o.Method != "get" && o.Path.Contains("{id}") && !Calculations.Contains(o.Path) && !Uploads.Contains(o.Path)).ToList();
        changes.ShouldNotBeEmpty();
        foreach (var change in changes)
        {
            var ifMatch = change.Operation.ParametersIn(OpenApiParameterKind.Header).Single(p => p.Name == "If-Match");
            ifMatch.IsRequired.ShouldBeFalse(change.Name());
            change.Operation.HasHeader("Idempotency-Key").ShouldBeFalse(change.Name());
            change.Operation.Responses.Keys.ShouldNotContain("201", change.Name());
        }
        document.Paths["/api/org/settings"]["put"].HasHeader("If-Match").ShouldBeTrue(); // a record without an id in its route
    }

    [Fact]
    public async Task creating_a_user_is_described_as_a_create_with_its_fields()
    {
        var document = await Host.LoadOpenApiAsync();
        var create = document.Paths["/api/org/users"]["post"];

        create.OperationId.ShouldBe("Organization_CreateUser");
        create.Responses.Keys.ShouldBe(["201", "400", "401", "403", "409", "415", "422", "503"], ignoreOrder: true);
        create.Responses["201"].Headers.Keys.ShouldBe(["Location", "ETag"], ignoreOrder: true);
        create.Responses["201"].Content[Json].Schema.ActualSchema.ShouldBe(document.Components.Schemas[nameof(UserAccountView)]);
        create.ParametersIn(OpenApiParameterKind.Header).Select(p => (p.Name, p.IsRequired)).ShouldBe([("Idempotency-Key", false)]);
        create.RequestBody.Content[Json].Schema.ActualSchema.ActualProperties.Keys
            .ShouldBe(["email", "displayName", "password", "roles"], ignoreOrder: true);
    }

    [Fact]
    public async Task properties_the_api_never_leaves_out_are_required_and_nullable_ones_are_not()
    {
        var document = await Host.LoadOpenApiAsync();

        var create = document.Paths["/api/org/users"]["post"].RequestBody.Content[Json].Schema.ActualSchema;
        create.RequiredProperties.ShouldBe(["email", "displayName", "password", "roles"], ignoreOrder: true);

        var user = document.Components.Schemas[nameof(UserAccountView)];
        user.RequiredProperties.ShouldContain("email");
        user.RequiredProperties.ShouldContain("version");
        user.RequiredProperties.ShouldNotContain("lockedUntil");
        user.RequiredProperties.ShouldNotContain("lastLoginAt");

        var roles = document.Paths["/api/org/users/{id}/roles"]["put"].RequestBody.Content[Json].Schema.ActualSchema;
        roles.RequiredProperties.ShouldBe(["roles"]);
    }

    [Fact]
    public async Task changing_roles_sends_the_id_in_the_route_and_only_the_roles_in_the_body()
    {
        var document = await Host.LoadOpenApiAsync();
        var change = document.Paths["/api/org/users/{id}/roles"]["put"];

        change.ParametersIn(OpenApiParameterKind.Path).Single().Name.ShouldBe("id");
        change.RequestBody.Content[Json].Schema.ActualSchema.ActualProperties.Keys.ShouldBe(["roles"]);
        change.Responses.Keys.ShouldBe(["200", "400", "401", "403", "404", "409", "412", "415", "503"], ignoreOrder: true);
        change.Responses["200"].Headers.Keys.ShouldBe(["ETag"]);
    }

    [Fact]
    public async Task listing_users_takes_paging_sorting_and_filters_in_the_query()
    {
        var document = await Host.LoadOpenApiAsync();
        var list = document.Paths["/api/org/users"]["get"];

        list.OperationId.ShouldBe("Organization_ListUsers");
        list.RequestBody.ShouldBeNull();
        var query = list.ParametersIn(OpenApiParameterKind.Query).ToDictionary(p => p.Name);
        query.Keys.ShouldBe(["page", "pageSize", "sort", "role", "status", "search"], ignoreOrder: true);
        query.Values.ShouldAllBe(p => !p.IsRequired);
        query["page"].Schema.Type.ShouldBe(JsonObjectType.Integer);
        query["page"].Schema.Default.ShouldBe(1);
        query["pageSize"].Schema.Default.ShouldBe(20);
        query["status"].Schema.ActualSchema.Enumeration.ShouldBe(["Active", "Deactivated"]);
    }

    [Fact]
    public async Task logging_in_is_anonymous_and_answers_with_a_token()
    {
        var document = await Host.LoadOpenApiAsync();
        var logIn = document.Paths["/api/auth/token"]["post"];

        logIn.OperationId.ShouldBe("Organization_LogIn");
        logIn.IsAnonymous().ShouldBeTrue();
        document.Security.ShouldBeEmpty(); // nothing document-wide that an operation without security would inherit
        logIn.Responses.Keys.ShouldBe(["200", "400", "401", "409", "415", "503"], ignoreOrder: true);
        logIn.Responses["200"].Content[Json].Schema.ActualSchema.ShouldBe(document.Components.Schemas[nameof(TokenResponse)]);
    }

    [Fact]
    public async Task signed_in_operations_accept_a_bearer_token_or_an_api_key()
    {
        var document = await Host.LoadOpenApiAsync();

        foreach (var operation in document.Operations().Where(o => !o.Operation.IsAnonymous()))
            operation.Operation.Security.SelectMany(r => r.Keys).ShouldBe(["Bearer", "ApiKey"], ignoreOrder: true, operation.Name());
    }

    [Fact]
    public async Task enums_are_strings_named_as_the_api_sends_them()
    {
        var document = await Host.LoadOpenApiAsync();

        var enums = document.Components.Schemas.Where(s => s.Value.Enumeration.Count > 0).ToList();
        enums.ShouldNotBeEmpty();
        foreach (var (name, schema) in enums)
        {
            schema.Type.ShouldBe(JsonObjectType.String, name);
            schema.Enumeration.ShouldAllBe(value => value is string);
        }

        var me = await As(Role.Admin, x => x.Get.Url("/api/org/me"));
        var status = JsonNode.Parse(await me.ReadAsTextAsync())!["status"]!.GetValue<string>();
        document.Components.Schemas[nameof(UserStatus)].Enumeration.ShouldContain(status);
    }

    [Fact]
    public async Task the_document_is_openapi_3_with_both_security_schemes_and_only_schemas_it_uses()
    {
        var json = JsonNode.Parse(await (await Host.Scenario(x => x.Get.Url(PublishedApi.DocumentUrl))).ReadAsTextAsync())!;

        json["openapi"]!.GetValue<string>().ShouldStartWith("3.");
        var schemes = json["components"]!["securitySchemes"]!;
        (schemes["Bearer"]!["type"]!.GetValue<string>(), schemes["Bearer"]!["scheme"]!.GetValue<string>()).ShouldBe(("http", "bearer"));
        (schemes["ApiKey"]!["type"]!.GetValue<string>(), schemes["ApiKey"]!["in"]!.GetValue<string>(), schemes["ApiKey"]!["name"]!.GetValue<string>())
            .ShouldBe(("apiKey", "header", "X-Api-Key"));

        var components = json["components"]!["schemas"]!.AsObject();
        var used = UsedSchemas(json["paths"]!, components);
        components.Select(c => c.Key).ShouldBe(used, ignoreOrder: true); // every reference resolves, nothing left over
    }

    [Fact]
    public async Task scalar_serves_its_page()
    {
        var redirect = await Anonymous(x => x.Get.Url("/scalar"));
        redirect.Context.Response.Headers.Location.ToString().ShouldEndWith("scalar/"); // so the page's relative assets resolve

        var page = await Anonymous(x => x.Get.Url("/scalar/"));

        await page.ShouldHaveStatus(200);
        page.Context.Response.ContentType.ShouldNotBeNull().ShouldStartWith("text/html");
        (await page.ReadAsTextAsync()).ShouldContain(PublishedApi.DocumentUrl.TrimStart('/'));
    }

    /// <summary>Schemas reachable from the operations, following references through components.</summary>
    private static HashSet<string> UsedSchemas(JsonNode paths, JsonObject components)
    {
        var used = new HashSet<string>();
        var pending = new Queue<JsonNode>([paths]);
        while (pending.TryDequeue(out var node))
            foreach (Match reference in SchemaReference().Matches(node.ToJsonString()))
                if (used.Add(reference.Groups[1].Value))
                    pending.Enqueue(components[reference.Groups[1].Value] ?? throw new ShouldAssertException($"Unresolved {reference.Value}"));
        return used;
    }

    [GeneratedRegex("\"#/components/schemas/([^\"]+)\"")]
    private static partial Regex SchemaReference();
}
