using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FluentValidation;
using FluentValidation.Validators;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using NJsonSchema;
using NSwag;
using Ops.Shared;

namespace Host.Tests;

/// <summary>
/// The document promises exactly what the server checks: what a validator requires is required, what it bounds is
/// bounded, values look as the API sends them, and every operation says what it does. Driven by the endpoints and
/// their validators, so a new endpoint or rule is checked the day it is added.
/// </summary>
public sealed partial class OpenApiContractTests(HostApp app) : HostTest(app)
{
    private const string Json = "application/json";

    [Fact]
    public async Task every_property_a_validator_requires_is_required_and_not_nullable_in_the_document()
    {
        using var services = ValidatorsResolveFromThisHost();
        var document = await Host.LoadOpenApiAsync();
        var checkedProperties = 0;

        foreach (var endpoint in Host.FastEndpoints().Where(e => e.Definition.ValidatorType is not null))
        {
            var body = document.OperationOf(endpoint).RequestBody?.Content[Json].Schema.ActualSchema;
            if (body is null || body.Format == "binary") continue; // a file to import is the body itself, not the request DTO
            var validator = (IValidator)ActivatorUtilities.CreateInstance(Host.Services, endpoint.Definition.ValidatorType!);
            foreach (var (path, schema, name, _) in RequiredByValidator(validator, body, endpoint.ToString()).Where(r => r.ByRule))
            {
                schema.RequiredProperties.ShouldContain(name, $"{path} is required by the validator");
                var property = schema.ActualProperties[name];
                property.IsNullableRaw.ShouldNotBe(true, $"{path} refuses null, so it is not nullable");
                property.OneOf.ShouldAllBe(s => !s.IsNullableRaw.GetValueOrDefault(), path);
                checkedProperties++;
            }
        }
        checkedProperties.ShouldBeGreaterThan(100);
    }

    [Fact]
    public async Task what_a_client_may_leave_out_is_optional_in_what_it_sends()
    {
        using var services = ValidatorsResolveFromThisHost();
        var document = await Host.LoadOpenApiAsync();
        var required = new Dictionary<JsonSchema, HashSet<string>>();
        foreach (var endpoint in Host.FastEndpoints().Where(e => e.Definition.ValidatorType is not null))
        {
            var body = document.OperationOf(endpoint).RequestBody?.Content[Json].Schema.ActualSchema;
            if (body is null || body.Format == "binary") continue; // a file to import is the body itself, not the request DTO
            var validator = (IValidator)ActivatorUtilities.CreateInstance(Host.Services, endpoint.Definition.ValidatorType!);
            foreach (var (_, schema, name, _) in RequiredByValidator(validator, body, endpoint.ToString()))
                (required.TryGetValue(schema, out var names) ? names : required[schema] = []).Add(name);
        }
        var answered = Reachable(document.Operations().SelectMany(o => o.Operation.Responses.Values)
            .SelectMany(r => r.Content.Values).Select(c => c.Schema));

        var requestOnly = required.Where(r => !answered.Contains(r.Key)).ToList();
        requestOnly.Count.ShouldBeGreaterThan(20);
        foreach (var (schema, names) in requestOnly)
            schema.RequiredProperties.ShouldBeSubsetOf(names, string.Join(", ", schema.ActualProperties.Keys));

        // The policy's defaults fill what a new store leaves out (US, USD, New York, Saturday and Sunday off).
        var store = document.Components.Schemas["RegisterStoreRequest"];
        store.RequiredProperties.ShouldNotContain("currency");
        store.RequiredProperties.ShouldNotContain("timeZone");
        store.RequiredProperties.ShouldContain("sellerName");
    }

    /// <summary>
    /// A validator's rules resolve services (the clock, say) through FastEndpoints' one static resolver, which the last
    /// host to start sets: in this assembly that may be another suite's host, stopped since. Outside a request the
    /// resolver takes the ambient request's services first, so the rules run here resolve from this suite's host.
    /// </summary>
    private IServiceScope ValidatorsResolveFromThisHost()
    {
        var scope = Host.Services.CreateScope();
        new HttpContextAccessor().HttpContext = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        return scope;
    }

    /// <summary>What the validator refuses in an object sent empty (every property at its default).</summary>
    private static IEnumerable<string> RefusedWhenLeftOut(IValidator validator)
    {
        var request = validator.GetType().GetInterfaces()
            .Single(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IValidator<>)).GetGenericArguments()[0];
        if (request.GetConstructor(Type.EmptyTypes) is null) return [];
        var context = (IValidationContext)Activator.CreateInstance(typeof(ValidationContext<>).MakeGenericType(request), Activator.CreateInstance(request))!;
        try
        {
            return validator.Validate(context).Errors.Select(e => JsonNamingPolicy.CamelCase.ConvertName(e.PropertyName.Split('.', '[')[0])).ToList();
        }
        catch (NullReferenceException)
        {
            return []; // a rule that trips over a default null (the edge answers such a body with a field error first)
        }
    }

    private static HashSet<JsonSchema> Reachable(IEnumerable<JsonSchema?> roots)
    {
        var seen = new HashSet<JsonSchema>();
        var pending = new Stack<JsonSchema>(roots.OfType<JsonSchema>());
        while (pending.TryPop(out var next))
        {
            var schema = next.ActualSchema;
            if (!seen.Add(schema)) continue;
            foreach (var child in schema.ActualProperties.Values.Cast<JsonSchema>().Concat(schema.OneOf).Concat(schema.AllOf)
                         .Concat(schema.Item is { } item ? [item] : []))
                pending.Push(child);
        }
        return seen;
    }

    [Fact]
    public async Task the_properties_found_optional_in_the_document_but_required_by_the_server_are_required()
    {
        var document = await Host.LoadOpenApiAsync();

        var estimate = document.Paths["/api/selection/candidates/profit-estimate"]["post"].RequestBody.Content[Json].Schema.ActualSchema;
        var size = estimate.ActualProperties["size"].ActualSchema;
        size.RequiredProperties.ShouldContain("unitSystem");
        size.ActualProperties["unitSystem"].IsNullableRaw.ShouldNotBe(true);

        var screening = document.Paths["/api/selection/candidates/{id}/screening"]["post"].RequestBody.Content[Json].Schema.ActualSchema;
        screening.RequiredProperties.ShouldContain("verdict");
        screening.RequiredProperties.ShouldContain("scores");
        screening.ActualProperties["verdict"].IsNullableRaw.ShouldNotBe(true);
        screening.RequiredProperties.ShouldNotContain("notes"); // optional, and null is accepted
        screening.ActualProperties["notes"].IsNullableRaw.ShouldBe(true);
    }

    [Fact]
    public async Task request_schemas_refuse_unknown_properties()
    {
        var document = await Host.LoadOpenApiAsync();

        foreach (var (path, schema) in RequestSchemas(document).Where(s => s.Schema.Type.HasFlag(JsonObjectType.Object)))
        {
            schema.AllowAdditionalProperties.ShouldBeFalse(path);
            schema.AdditionalPropertiesSchema.ShouldBeNull(path);
        }
    }

    [Fact]
    public async Task every_string_a_client_sends_has_a_max_length_and_every_list_a_max_items()
    {
        var document = await Host.LoadOpenApiAsync();

        var inputs = RequestSchemas(document).ToList();
        inputs.Count(s => IsFreeText(s.Schema)).ShouldBeGreaterThan(50);
        foreach (var (path, schema) in inputs)
        {
            if (IsFreeText(schema)) schema.MaxLength.ShouldNotBeNull($"{path} is a string without maxLength");
            if (schema.Type.HasFlag(JsonObjectType.Array)) schema.MaxItems.ShouldBeGreaterThan(0, $"{path} is a list without maxItems");
        }
    }

    [Fact]
    public async Task every_text_a_client_puts_in_a_query_is_bounded_and_every_sort_lists_its_values()
    {
        var document = await Host.LoadOpenApiAsync();

        var parameters = document.Operations()
            .SelectMany(o => o.Operation.ActualParameters.Where(p => p.Kind == OpenApiParameterKind.Query)
                .Select(p => (Path: $"{o.Name()} ?{p.Name}", p.Name, Schema: p.ActualSchema)))
            .ToList();
        parameters.Count(p => IsFreeText(p.Schema)).ShouldBeGreaterThan(15);
        foreach (var (path, name, schema) in parameters)
        {
            if (name == "sort") schema.Enumeration.ShouldNotBeEmpty($"{path} does not list the values it takes");
            else if (IsFreeText(schema)) schema.MaxLength.ShouldNotBeNull($"{path} is a string without maxLength");
        }

        var suppliers = document.Paths["/api/selection/suppliers"]["get"].ActualParameters;
        suppliers.Single(p => p.Name == "sort").ActualSchema.Enumeration.Cast<string>()
            .ShouldBe(["name", "-name", "grade", "-grade", "weightedScore", "-weightedScore", "registeredAt", "-registeredAt"], ignoreOrder: true);
        suppliers.Single(p => p.Name == "search").ActualSchema.MaxLength.ShouldBe(100);
    }

    [Fact]
    public async Task a_query_text_longer_than_its_bound_or_a_sort_it_does_not_list_is_a_field_error()
    {
        await As(Role.Auditor, x => x.Get.Url($"/api/selection/suppliers?search={new string('x', 101)}")).ShouldHaveFieldError("search");
        await As(Role.Auditor, x => x.Get.Url("/api/selection/suppliers?sort=--name")).ShouldHaveFieldError("sort");
        await As(Role.Auditor, x => x.Get.Url($"/api/org/employees?search={new string('x', 100)}&sort=-name")).Ok<object>();
    }

    [Fact]
    public async Task bounds_are_the_validators_own()
    {
        var document = await Host.LoadOpenApiAsync();
        var schemas = document.Components.Schemas;

        var scores = schemas["ScreeningScores"].ActualProperties["marketPotential"];
        (scores.Minimum, scores.Maximum, scores.IsExclusiveMinimum).ShouldBe((1m, 5m, false));

        var length = schemas["SizeRequest"].ActualProperties["length"];
        (length.Minimum, length.IsExclusiveMinimum, length.Maximum).ShouldBe((0m, true, 10_000m));

        var user = document.Paths["/api/org/users"]["post"].RequestBody.Content[Json].Schema.ActualSchema;
        (user.ActualProperties["displayName"].MinLength, user.ActualProperties["displayName"].MaxLength).ShouldBe((1, 200));
        user.ActualProperties["password"].MinLength.ShouldBe(8);
        user.ActualProperties["roles"].MinItems.ShouldBe(1);

        var pageSize = document.Paths["/api/org/users"]["get"].ParametersIn(OpenApiParameterKind.Query).Single(p => p.Name == "pageSize");
        (pageSize.Schema.Minimum, pageSize.Schema.Maximum).ShouldBe((1m, 200m));

        var content = document.Paths["/api/listing/listings/{id}/content"]["put"].RequestBody.Content[Json].Schema.ActualSchema;
        content.ActualProperties["bullets"].MaxItems.ShouldBe(5);
        content.ActualProperties["bullets"].Item!.ActualSchema.MaxLength.ShouldBe(2000);
    }

    [Fact]
    public async Task times_of_day_are_declared_as_the_api_sends_them()
    {
        var document = await Host.LoadOpenApiAsync();
        var hours = document.Components.Schemas["BusinessHours"].ActualProperties["opensAt"];
        hours.Format.ShouldBeNull(); // "time" is RFC 3339's full-time, with an offset the API neither sends nor reads
        var pattern = new Regex(hours.Pattern.ShouldNotBeNull());

        var created = await As(Role.Admin, x =>
        {
            x.Post.Json(new { sellerName = "Pattern Test Co", businessHours = new { opensAt = "08:30:00", closesAt = "17:00:00" } })
                .ToUrl("/api/org/stores");
            x.StatusCodeShouldBe(201);
        });
        var sent = JsonNode.Parse(await created.ReadAsTextAsync())!["businessHours"]!;
        sent["opensAt"]!.GetValue<string>().ShouldBe("08:30:00");
        pattern.IsMatch(sent["opensAt"]!.GetValue<string>()).ShouldBeTrue();
        pattern.IsMatch(sent["closesAt"]!.GetValue<string>()).ShouldBeTrue();

        document.Components.Schemas.Values.SelectMany(Descendants).ShouldAllBe(s => s.Format != "time");
    }

    [Fact]
    public async Task every_operation_says_what_it_does_in_its_endpoints_words()
    {
        var document = await Host.LoadOpenApiAsync();

        foreach (var operation in document.Operations())
        {
            operation.Operation.Summary.ShouldNotBeNullOrWhiteSpace(operation.Name());
            operation.Operation.Description.ShouldNotBeNullOrWhiteSpace(operation.Name());
        }
        var screening = document.Paths["/api/selection/candidates/{id}/screening"]["post"];
        screening.Summary.ShouldBe("POST /api/selection/candidates/{id}/screening: scores 1–5 and a verdict");
        screening.Description.ShouldContain("A pass below minMarginPercent needs an ops-manager's override");
    }

    [Fact]
    public async Task tags_are_declared_once_per_module_with_what_the_module_is_for()
    {
        var document = await Host.LoadOpenApiAsync();

        var used = document.Operations().SelectMany(o => o.Operation.Tags).Distinct().ToList();
        document.Tags.Select(t => t.Name).ShouldBe(used, ignoreOrder: true);
        document.Tags.ShouldAllBe(t => !string.IsNullOrWhiteSpace(t.Description));
    }

    [Fact]
    public async Task schema_names_are_meaningful_never_numbered()
    {
        var document = await Host.LoadOpenApiAsync();

        document.Components.Schemas.Keys.Where(name => char.IsDigit(name.Last())).ShouldBeEmpty();
        // Two types called PriceBand: the fee table's band and market research's range of prices.
        document.Components.Schemas["CandidatePriceBand"].Enumeration.ShouldBe(["Low", "Standard", "High"]);
        document.Components.Schemas["ResearchPriceBand"].ActualProperties.Keys.ShouldBe(["min", "max"]);
    }

    /// <summary>
    /// Where one <c>currency</c> names the currency of several bare amounts; written down in docs/openapi.md with why
    /// they stay (a table of rates in one currency). Anything else spells money as Money does.
    /// </summary>
    private static readonly string[] MoneyExceptions = ["FulfilmentFeeTable", "ChannelCostModel", "CostModelRequest"];

    /// <summary>A store's currency is a setting (the currency its prices are in), not an amount.</summary>
    private static readonly string[] CurrencySettings = ["StoreView", "RegisterStoreRequest", "StoreDetails"];

    /// <summary>
    /// A <c>…Currency</c> that is not the currency of an amount beside it. A channel recommendation's <c>costCurrency</c> is
    /// the currency its channels' costs are compared in (ADR 0025): asked for beside a shipment's weight and answered
    /// beside a quality score, and every cost it ranks is Money (<c>ranked[].cost.estimate</c>).
    /// </summary>
    private static readonly (string Schema, string Property)[] ComparisonCurrencies =
        [("RecommendChannelsRequest", "costCurrency"), ("ChannelRecommendation", "costCurrency")];

    [Fact]
    public async Task money_has_one_shape_an_amount_and_its_currency()
    {
        var document = await Host.LoadOpenApiAsync();
        var money = document.Components.Schemas["Money"];
        money.ActualProperties.Keys.ShouldBe(["amount", "currency"]);
        money.RequiredProperties.ShouldBe(["amount", "currency"], ignoreOrder: true);

        var schemas = document.Components.Schemas
            .Concat(document.Operations().Where(o => o.Operation.RequestBody?.Content[Json].Schema.HasReference == false)
                .Select(o => new KeyValuePair<string, JsonSchema>(o.Name(), o.Operation.RequestBody.Content[Json].Schema.ActualSchema)));
        var currenciesBesideAmounts = new List<string>();
        foreach (var (name, schema) in schemas)
        {
            var properties = schema.ActualProperties.Keys.ToList();
            properties.ShouldAllBe(p => !CurrencySuffix().IsMatch(p), $"{name} spells a currency into a property name");
            // An amount's currency under another name (shippingCost beside costCurrency) is Money's two fields, apart.
            var bareAmounts = properties.Where(p => schema.ActualProperties[p].ActualSchema.Type.HasFlag(JsonObjectType.Number)).ToList();
            currenciesBesideAmounts.AddRange(properties
                .Where(p => p.EndsWith("Currency", StringComparison.Ordinal) && schema.ActualProperties[p].ActualSchema.Type.HasFlag(JsonObjectType.String)
                    && !ComparisonCurrencies.Contains((name, p)) && bareAmounts.Count > 0)
                .Select(p => $"{name}: {p} beside {string.Join(", ", bareAmounts)}"));
            if (!properties.Contains("currency") || MoneyExceptions.Contains(name) || CurrencySettings.Contains(name)
                || name.StartsWith("PUT /api/org/stores/", StringComparison.Ordinal)) continue;
            properties.ShouldBe(["amount", "currency"], ignoreOrder: true, $"{name} has a currency beside other fields: use Money");
        }
        currenciesBesideAmounts.ShouldBeEmpty("a currency beside bare amounts: use Money");
    }

    [Fact]
    public async Task a_profit_estimate_spells_every_amount_as_money()
    {
        var document = await Host.LoadOpenApiAsync();
        var money = document.Components.Schemas["Money"];
        Dictionary<string, string[]> amounts = new()
        {
            ["FulfilmentFeeEstimate"] = ["bandFee", "feePerLbAbove", "fee"],
            ["UnitEconomics"] = ["targetPrice", "unitCost", "shippingPerUnit", "landedCost", "referralFee", "fulfilmentFee", "adCost", "totalCost", "margin"],
            ["CapitalCheck"] = ["investment", "maxInvestmentPerSku"],
        };

        document.Components.Schemas["ProfitEstimate"].ActualProperties.Keys.ShouldNotContain("currency");
        foreach (var (schema, names) in amounts)
        foreach (var name in names)
            document.Components.Schemas[schema].ActualProperties[name].ActualSchema.ShouldBeSameAs(money, $"{schema}.{name}");
    }

    [GeneratedRegex("(Usd|Eur|Cny|Gbp)$")]
    private static partial Regex CurrencySuffix();

    /// <summary>Strings a person types: no format (uuid, date, …) and no pattern that already bounds them.</summary>
    private static bool IsFreeText(JsonSchema schema) =>
        schema.Type.HasFlag(JsonObjectType.String) && schema.Enumeration.Count == 0 && schema.Format is null
        && (schema.Pattern is null || Unbounded().IsMatch(schema.Pattern));

    [GeneratedRegex(@"[*+]|\{\d+,\}")]
    private static partial Regex Unbounded();

    /// <summary>Every schema a request body reaches (properties, list items, references), with a path for messages.</summary>
    private static IEnumerable<(string Path, JsonSchema Schema)> RequestSchemas(OpenApiDocument document)
    {
        var seen = new HashSet<JsonSchema>();
        var pending = new Queue<(string, JsonSchema)>(document.Operations()
            .Where(o => o.Operation.RequestBody is not null)
            .Select(o => (o.Name(), o.Operation.RequestBody.Content[Json].Schema)));
        while (pending.TryDequeue(out var next))
        {
            var (path, schema) = next;
            var actual = schema.ActualSchema;
            if (!seen.Add(actual)) continue;
            yield return (path, actual);
            foreach (var (name, property) in actual.ActualProperties) pending.Enqueue(($"{path}.{name}", property));
            foreach (var option in actual.OneOf.Concat(actual.AllOf)) pending.Enqueue((path, option));
            if (actual.Item is { } item) pending.Enqueue(($"{path}[]", item));
        }
    }

    private static IEnumerable<JsonSchema> Descendants(JsonSchema schema) =>
        new[] { schema }.Concat(schema.ActualProperties.Values.SelectMany(p => Descendants(p)))
            .Concat(schema.Item is { } item && !item.HasReference ? Descendants(item) : []);

    /// <summary>
    /// The properties a validator refuses to go without: by rule (<c>NotNull</c>/<c>NotEmpty</c> with no <c>When</c>), or
    /// because their default is refused; following child validators (<c>SetValidator</c>, <c>ChildRules</c>,
    /// <c>Include</c>) into the schemas they validate.
    /// </summary>
    private static IEnumerable<(string Path, JsonSchema Schema, string Name, bool ByRule)> RequiredByValidator(IValidator validator, JsonSchema schema, string path)
    {
        foreach (var name in RefusedWhenLeftOut(validator).Where(schema.ActualProperties.ContainsKey))
            yield return ($"{path} {name}", schema, name, false);
        foreach (var rule in validator.CreateDescriptor().Rules)
        {
            var isEach = rule.GetType().GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICollectionRule<,>));
            var name = rule.PropertyName is null ? null : JsonNamingPolicy.CamelCase.ConvertName(rule.PropertyName);
            if (name?.Contains('.') == true) continue;
            foreach (var component in rule.Components)
            {
                if (name is not null && !isEach && !rule.HasCondition && !component.HasCondition
                    && component.Validator is INotNullValidator or INotEmptyValidator)
                    yield return ($"{path} {name}", schema, name, true);

                if (ChildOf(component.Validator) is not { } child) continue;
                var target = name is null ? schema : schema.ActualProperties.GetValueOrDefault(name) is { } property
                    ? isEach ? (property.ActualSchema.Item ?? property.OneOf.FirstOrDefault(o => o.Item is not null)?.Item)?.ActualSchema : property.ActualSchema
                    : null;
                if (target is null) continue;
                foreach (var nested in RequiredByValidator(child, target, name is null ? path : $"{path} {name}"))
                    yield return nested;
            }
        }
    }

    private static IValidator? ChildOf(IPropertyValidator validator)
    {
        if (validator is not IChildValidatorAdaptor) return null;
        for (var type = validator.GetType(); type is not null; type = type.BaseType)
            foreach (var field in type.GetFields(BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
                if (field.GetValue(validator) is IValidator child) return child;
        return null;
    }
}
