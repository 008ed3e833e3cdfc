using System.Text.Json;
using System.Text.Json.Nodes;
using Marten;
using Ops.Shared.Modules;

namespace Ops.Selection.Candidates;

/// <summary>
/// Reads a <see cref="ProfitEstimate"/> as the selection store holds it, in either of its two stored shapes, and always
/// writes the current one (ADR 0012). Until issue 11 an estimate was stored with bare amounts and one <c>currency</c>
/// beside them (<c>{"currency": "USD", "perUnit": {"margin": 11.12, …}}</c>); now every amount is <see cref="Ops.Shared.Money"/>
/// (<c>{"perUnit": {"margin": {"amount": 11.12, "currency": "USD"}, …}}</c>). <see cref="CandidateScreened"/> events are
/// stored forever and <see cref="CandidateDetails"/> documents until their candidate next changes, so both shapes are
/// read as long as the store lives; nothing is rewritten in the database.
/// </summary>
/// <remarks>
/// An estimate has the same property names in both shapes: the old one is recognised by its top-level <c>currency</c>,
/// which the current shape does not have, and each named amount is lifted to <c>{amount, currency}</c> with that
/// currency. The amounts keep their stored JSON numbers, so no digit is lost or rounded on the way.
/// </remarks>
public sealed class StoredProfitEstimateConverter : StoredShapeConverter<ProfitEstimate>
{
    /// <summary>The amounts of the old shape, by section: every other field kept its name and meaning.</summary>
    internal static readonly IReadOnlyDictionary<string, string[]> AmountsBySection = new Dictionary<string, string[]>
    {
        ["fulfilment"] = ["bandFee", "feePerLbAbove", "fee"],
        ["perUnit"] = ["targetPrice", "unitCost", "shippingPerUnit", "landedCost", "referralFee", "fulfilmentFee", "adCost", "totalCost", "margin"],
        ["capital"] = ["investment", "maxInvestmentPerSku"],
    };

    /// <summary>Makes the store read both shapes; called once, where the selection store is configured.</summary>
    public static void Register(StoreOptions options) => Register(options, new StoredProfitEstimateConverter());

    protected override void Upgrade(JsonObject estimate)
    {
        if (estimate.Remove("currency", out var currencyNode) && currencyNode?.GetValue<string>() is { } currency)
            LiftAmounts(estimate, currency);
    }

    private static void LiftAmounts(JsonObject estimate, string currency)
    {
        foreach (var (section, amounts) in AmountsBySection)
        {
            if (estimate[section] is not JsonObject fields) continue;
            foreach (var name in amounts)
                if (fields[name] is JsonValue amount)
                    fields[name] = new JsonObject { ["amount"] = amount.DeepClone(), ["currency"] = currency };
        }
    }
}
