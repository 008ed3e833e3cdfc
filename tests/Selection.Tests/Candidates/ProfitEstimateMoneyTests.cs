using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Ops.Selection;
using Ops.Selection.Candidates;
using Ops.Shared;
using static Selection.Tests.Candidates.CandidateScenarios;

namespace Selection.Tests.Candidates;

/// <summary>
/// Issue 11: every amount of a profit estimate is served as <c>{amount, currency}</c>, wherever the estimate is shown; and
/// estimates stored before that, with bare amounts and one <c>currency</c> beside them, still read (ADR 0012).
/// </summary>
public sealed class ProfitEstimateMoneyTests(SelectionApp app) : SelectionTest(app)
{
    /// <summary>The estimate of <see cref="CandidateScenarios.NewCandidate"/> at the default settings, as a person reads it.</summary>
    private static readonly Dictionary<string, Dictionary<string, decimal>> AmountsShown = new()
    {
        ["fulfilment"] = new() { ["bandFee"] = 5.17m, ["feePerLbAbove"] = 0m, ["fee"] = 5.17m },
        ["perUnit"] = new()
        {
            ["targetPrice"] = 29.99m, ["unitCost"] = 5.00m, ["shippingPerUnit"] = 1.20m, ["landedCost"] = 6.20m, ["referralFee"] = 4.50m,
            ["fulfilmentFee"] = 5.17m, ["adCost"] = 3.00m, ["totalCost"] = 18.87m, ["margin"] = 11.12m,
        },
        ["capital"] = new() { ["investment"] = 3100.00m, ["maxInvestmentPerSku"] = 30_000m },
    };

    /// <summary>What stays a plain number: percentages, sizes, weights, counts and days.</summary>
    private static readonly Dictionary<string, string[]> PlainNumbers = new()
    {
        ["fulfilment"] = ["longestIn", "medianIn", "shortestIn", "unitWeightLb", "dimensionalWeightDivisor", "dimensionalWeightLb",
            "billableWeightLb", "bandFromLb", "bandUpToLb", "poundsAbove"],
        ["perUnit"] = ["referralFeePercent", "expectedAcosPercent", "marginPercent", "roiPercent"],
        ["capital"] = ["firstOrderQuantity", "leadTimeDays", "transitDays", "daysToSell", "cashTurnoverDays"],
    };

    private static ProfitEstimate Expected() => ProfitCalculator.Estimate(
        new ProfitInputs(Usd(29.99m), Usd(5.00m), Usd(1.20m), new UnitSize(10, 6, 3, 1.2m), 300, 500, null, 30, 20), new SelectionSettings());

    private static void ShouldCarryMoneyForEveryAmount(JsonNode? estimate)
    {
        var fields = estimate.ShouldBeOfType<JsonObject>();
        fields.ContainsKey("currency").ShouldBeFalse("one currency beside bare amounts is the old shape");
        foreach (var (section, amounts) in AmountsShown)
        {
            var values = fields[section].ShouldBeOfType<JsonObject>();
            foreach (var (name, amount) in amounts)
            {
                var money = values[name].ShouldBeOfType<JsonObject>($"{section}.{name} is not {{amount, currency}}");
                money.Select(p => p.Key).ShouldBe(["amount", "currency"], ignoreOrder: true);
                (money["amount"]!.GetValue<decimal>(), money["currency"]!.GetValue<string>()).ShouldBe((amount, "USD"), $"{section}.{name}");
            }
            values.Where(p => p.Value is JsonValue v && v.GetValueKind() == JsonValueKind.Number).Select(p => p.Key)
                .ShouldBe(PlainNumbers[section], ignoreOrder: true, $"{section} has a bare amount");
        }
    }

    [Fact]
    public async Task a_what_if_estimate_serves_every_amount_with_its_currency()
    {
        var whatIf = new EstimateProfitRequest
        {
            TargetPrice = Usd(29.99m), UnitCost = Usd(5.00m), ShippingPerUnit = Usd(1.20m), Size = Inches(10, 6, 3, 1.2m),
            ExpectedMonthlyUnits = 300, FirstOrderQuantity = 500, TransitDays = 30, LeadTimeDays = 20,
        };

        var response = await As(Role.Product, x => x.Post.Json(whatIf).ToUrl($"{CandidatesUrl}/profit-estimate"));

        response.Context.Response.StatusCode.ShouldBe(200);
        ShouldCarryMoneyForEveryAmount(JsonNode.Parse(await response.ReadAsTextAsync()));
    }

    [Fact]
    public async Task a_candidates_estimate_and_its_screenings_serve_every_amount_with_its_currency()
    {
        var screened = await App.Screened();

        var current = await As(Role.Auditor, x => x.Get.Url($"{CandidatesUrl}/{screened.Id}/profit-estimate"));
        var details = await As(Role.Auditor, x => x.Get.Url($"{CandidatesUrl}/{screened.Id}"));

        ShouldCarryMoneyForEveryAmount(JsonNode.Parse(await current.ReadAsTextAsync()));
        ShouldCarryMoneyForEveryAmount(JsonNode.Parse(await details.ReadAsTextAsync())!["screenings"]![0]!["estimate"]);
        var history = JsonNode.Parse(await (await As(Role.Auditor, x => x.Get.Url($"{CandidatesUrl}/{screened.Id}/history"))).ReadAsTextAsync());
        ShouldCarryMoneyForEveryAmount(history!.AsArray().Single(e => e!["type"]!.GetValue<string>() == "candidate_screened")!["data"]!["estimate"]);
    }

    /// <summary>
    /// A screening's estimate as <see cref="CandidateScreened"/> stored it before issue 11: bare amounts, one currency.
    /// The inputs were <c>{amount, currency}</c> already.
    /// </summary>
    private static string OldShapeEstimate()
    {
        var dimensionalWeight = (180m / 139).ToString(CultureInfo.InvariantCulture);
        return $$"""
            {
              "inputs": {
                "targetPrice": {"amount": 29.99, "currency": "USD"}, "unitCost": {"amount": 5.00, "currency": "USD"},
                "shippingPerUnit": {"amount": 1.20, "currency": "USD"},
                "size": {"lengthIn": 10, "widthIn": 6, "heightIn": 3, "weightLb": 1.2},
                "expectedMonthlyUnits": 300, "firstOrderQuantity": 500, "daysToSell": null, "transitDays": 30, "leadTimeDays": 20
              },
              "currency": "USD",
              "fulfilment": {
                "sizeTier": "LargeStandard", "longestIn": 10, "medianIn": 6, "shortestIn": 3, "unitWeightLb": 1.2,
                "dimensionalWeightDivisor": 139, "dimensionalWeightLb": {{dimensionalWeight}}, "billableWeightLb": {{dimensionalWeight}},
                "priceBand": "Standard", "bandFromLb": 1, "bandUpToLb": 1.5, "bandFee": 5.17, "feePerLbAbove": 0, "poundsAbove": 0, "fee": 5.17
              },
              "perUnit": {
                "targetPrice": 29.99, "unitCost": 5.00, "shippingPerUnit": 1.20, "landedCost": 6.20, "referralFeePercent": 15,
                "referralFee": 4.50, "fulfilmentFee": 5.17, "expectedAcosPercent": 10, "adCost": 3.00, "totalCost": 18.87,
                "margin": 11.12, "marginPercent": 37.09, "roiPercent": 179.40
              },
              "capital": {
                "firstOrderQuantity": 500, "investment": 3100.00, "maxInvestmentPerSku": 30000, "overMaxInvestment": false,
                "leadTimeDays": 20, "transitDays": 30, "daysToSell": 50, "daysToSellDerived": true, "cashTurnoverDays": 100
              },
              "minMarginPercent": 25, "marginBelowMinimum": false
            }
            """;
    }

    [Fact]
    public async Task a_screening_stored_with_bare_amounts_and_one_currency_still_reads_as_money()
    {
        var screened = await App.Screened();
        var store = Host.Services.GetRequiredService<ISelectionStore>();
        await using (var session = store.LightweightSession())
        {
            // Back to the shape stored before issue 11: the event, and the read model projected from it then.
            session.QueueSqlCommand("update selection.mt_events set data = jsonb_set(data, '{estimate}', ?::jsonb) where stream_id = ? and type = 'candidate_screened'",
                OldShapeEstimate(), screened.Id);
            session.QueueSqlCommand("update selection.mt_doc_candidatedetails set data = jsonb_set(data, '{screenings,0,estimate}', ?::jsonb) where id = ?",
                OldShapeEstimate(), screened.Id);
            await session.SaveChangesAsync();
            var stored = JsonNode.Parse((await session.Json.FindByIdAsync<CandidateDetails>(screened.Id))!);
            stored!["screenings"]![0]!["estimate"]!["currency"]!.GetValue<string>().ShouldBe("USD");
        }

        // The stored read model, the record rebuilt from its events, and the history all read it.
        (await App.Candidate(screened.Id)).Screenings.Single().Estimate.ShouldBe(Expected());
        (await As(Role.Auditor, x => x.Get.Url($"{CandidatesUrl}/{screened.Id}?version=2")).Ok<CandidateDetails>())
            .Screenings.Single().Estimate.ShouldBe(Expected());
        var history = JsonNode.Parse(await (await As(Role.Auditor, x => x.Get.Url($"{CandidatesUrl}/{screened.Id}/history"))).ReadAsTextAsync());
        ShouldCarryMoneyForEveryAmount(history!.AsArray().Single(e => e!["type"]!.GetValue<string>() == "candidate_screened")!["data"]!["estimate"]);

        // The candidate still takes decisions over that event, and its read model is stored in the current shape from then on.
        var shelved = await App.Post(screened.Id, "shelve", WithReason).Ok<CandidateDetails>();
        shelved.Screenings.Single().Estimate.ShouldBe(Expected());
        await using (var session = store.QuerySession())
        {
            var stored = JsonNode.Parse((await session.Json.FindByIdAsync<CandidateDetails>(screened.Id))!);
            ShouldCarryMoneyForEveryAmount(stored!["screenings"]![0]!["estimate"]);
        }
    }
}
