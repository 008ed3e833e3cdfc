using Ops.Logistics;
using Ops.Logistics.Channels;
using Ops.Shared;

namespace Logistics.Tests.Channels;

/// <summary>The recommendation's arithmetic against hand-computed cases (weights 40/35/25, unrated quality 50).</summary>
public sealed class ChannelRankingTests
{
    private static readonly DateOnly Today = new(2030, 11, 4);
    private static readonly ChannelWeights Weights = new(40, 35, 25);

    private static ChannelView Channel(string code, decimal perShipment, decimal perKg, decimal perUnit, int transitMax, string currency = "USD") => new()
    {
        Id = Guid.NewGuid(), Code = code, Name = code, Carrier = "Carrier", ServiceLevel = "Standard",
        CostModel = new ChannelCostModel(perShipment, perKg, perUnit, currency), TransitDaysMin = 1, TransitDaysMax = transitMax,
        ContractStart = new DateOnly(2030, 1, 1), Active = true,
    };

    private static ShipmentProfile TenKgFourUnits(int deadlineDays = 10, string? currency = null) => new("US", 10m, 4, deadlineDays, currency);

    [Fact]
    public void channels_rank_by_the_weighted_score_of_cost_time_and_quality()
    {
        var a = Channel("A", 5m, 2m, 0.5m, 5);   // 5 + 20 + 2 = 27
        var b = Channel("B", 10m, 1m, 0m, 8);    // 10 + 10 = 20, the cheapest
        var c = Channel("C", 0m, 3m, 0m, 4);     // 30, the fastest
        var ratings = new Dictionary<Guid, ChannelQuality>
        {
            [a.Id] = new(a.Id, 10, 9, 1, 0),       // 9/10 on time × 9/10 undamaged = 81
            [c.Id] = new(c.Id, 4, 4, 0, 0),        // 100
        };

        var result = ChannelRanking.Rank(TenKgFourUnits(), [a, b, c], ratings, Weights, 50m, Today);

        result.CostCurrency.ShouldBe("USD");
        result.Weights.ShouldBe(Weights);
        result.Excluded.ShouldBeEmpty();
        result.Ranked.Select(r => (r.Rank, r.Code, r.WeightedScore)).ShouldBe([(1, "C", 86.67m), (2, "A", 77.88m), (3, "B", 70.00m)]);
        var ranked = result.Ranked.ToDictionary(r => r.Code);
        // C: cost 20/30 = 66.67, time 4/4 = 100, quality 100 → (40×66.667 + 35×100 + 25×100) / 100 = 86.67
        ranked["C"].Cost.ShouldBe(new CostComponent(new Money(30m, "USD"), 66.67m));
        ranked["C"].Transit.ShouldBe(new TransitComponent(1, 4, 100m));
        // A: cost 20/27 = 74.07, time 4/5 = 80, quality 81 → (2962.96 + 2800 + 2025) / 100 = 77.88
        ranked["A"].Cost.ShouldBe(new CostComponent(new Money(27m, "USD"), 74.07m));
        ranked["A"].Transit.Score.ShouldBe(80m);
        ranked["A"].Quality.ShouldBe(new QualityComponent(true, 10, 9, 1, 90m, 10m, 81m));
        // B: cost 100, time 4/8 = 50, unrated quality 50 → (4000 + 1750 + 1250) / 100 = 70
        ranked["B"].Quality.ShouldBe(new QualityComponent(false, 0, 0, 0, null, null, 50m));
        ranked["B"].Cost.Score.ShouldBe(100m);
    }

    [Fact]
    public void equal_scores_share_a_rank_and_the_next_rank_is_skipped()
    {
        var x = Channel("X", 10m, 0m, 0m, 5);
        var y = Channel("Y", 10m, 0m, 0m, 5);
        var z = Channel("Z", 20m, 0m, 0m, 5);   // cost 50 → 20 + 35 + 12.5 = 67.5

        var result = ChannelRanking.Rank(TenKgFourUnits(), [y, z, x], new Dictionary<Guid, ChannelQuality>(), Weights, 50m, Today);

        result.Ranked.Select(r => (r.Rank, r.Code, r.WeightedScore)).ShouldBe([(1, "X", 87.5m), (1, "Y", 87.5m), (3, "Z", 67.5m)]);
    }

    [Fact]
    public void on_a_tie_of_different_components_the_cheaper_channel_comes_first()
    {
        var slowCheap = Channel("SLOW", 10m, 0m, 0m, 10);  // 50×100 + 50×50 = 75
        var fastDear = Channel("FAST", 20m, 0m, 0m, 5);    // 50×50 + 50×100 = 75

        var result = ChannelRanking.Rank(TenKgFourUnits(), [fastDear, slowCheap], new Dictionary<Guid, ChannelQuality>(), new ChannelWeights(50, 50, 0), 50m, Today);

        result.Ranked.Select(r => (r.Rank, r.Code, r.WeightedScore)).ShouldBe([(1, "SLOW", 75m), (1, "FAST", 75m)]);
    }

    [Fact]
    public void a_free_channel_scores_100_on_cost_and_a_paid_one_beside_it_0()
    {
        var free = Channel("FREE", 0m, 0m, 0m, 5);
        var paid = Channel("PAID", 1m, 0m, 0m, 5);

        var result = ChannelRanking.Rank(TenKgFourUnits(), [free, paid], new Dictionary<Guid, ChannelQuality>(), Weights, 50m, Today);

        result.Ranked.Select(r => (r.Code, r.Cost.Score, r.WeightedScore)).ShouldBe([("FREE", 100m, 87.5m), ("PAID", 0m, 47.5m)]);
    }

    [Fact]
    public void a_channel_whose_longest_transit_equals_the_deadline_is_ranked_and_one_a_day_slower_is_excluded()
    {
        var onTheDay = Channel("ON-THE-DAY", 10m, 0m, 0m, 10);
        var dayLate = Channel("DAY-LATE", 5m, 0m, 0m, 11);

        var result = ChannelRanking.Rank(TenKgFourUnits(deadlineDays: 10), [onTheDay, dayLate], new Dictionary<Guid, ChannelQuality>(), Weights, 50m, Today);

        // Only ON-THE-DAY is compared: cheapest and fastest of one.
        result.Ranked.Single().ShouldSatisfyAllConditions(r => r.Code.ShouldBe("ON-THE-DAY"), r => r.WeightedScore.ShouldBe(87.5m));
        result.Excluded.Single().ShouldSatisfyAllConditions(e => e.Code.ShouldBe("DAY-LATE"),
            e => e.Reasons.Select(r => r.Code).ShouldBe(["too_slow_for_deadline"]));
    }

    [Fact]
    public void inactive_out_of_contract_elsewhere_and_other_currency_channels_are_excluded_with_every_reason()
    {
        var ok = Channel("OK", 10m, 0m, 0m, 5) with { ContractEnd = Today };           // contract ends today: still runs
        var ok2 = Channel("OK2", 10m, 0m, 0m, 5) with { ContractStart = Today };       // starts today
        var inactive = Channel("INACTIVE", 1m, 0m, 0m, 5) with { Active = false };
        var ended = Channel("ENDED", 1m, 0m, 0m, 5) with { ContractEnd = Today.AddDays(-1) };
        var future = Channel("FUTURE", 1m, 0m, 0m, 5) with { ContractStart = Today.AddDays(1) };
        var germany = Channel("DE-ONLY", 1m, 0m, 0m, 5) with { DestinationCountries = ["DE"] };
        var euros = Channel("EUR", 1m, 0m, 0m, 5, "EUR");
        var everything = Channel("ALL-WRONG", 1m, 0m, 0m, 20, "EUR") with { Active = false, DestinationCountries = ["DE"] };

        var result = ChannelRanking.Rank(TenKgFourUnits(), [ok, ok2, inactive, ended, future, germany, euros, everything],
            new Dictionary<Guid, ChannelQuality>(), Weights, 50m, Today);

        result.CostCurrency.ShouldBe("USD");
        result.Ranked.Select(r => r.Code).ShouldBe(["OK", "OK2"]);
        result.Excluded.Select(e => $"{e.Code}: {string.Join(", ", e.Reasons.Select(r => r.Code))}").ShouldBe(
        [
            "INACTIVE: inactive",
            "ENDED: contract_ended",
            "FUTURE: contract_not_started",
            "DE-ONLY: destination_not_served",
            "EUR: other_currency",
            "ALL-WRONG: inactive, destination_not_served, too_slow_for_deadline, other_currency",
        ]);
    }

    [Fact]
    public void the_currency_asked_for_wins_over_the_one_most_channels_quote_in()
    {
        var usd1 = Channel("USD-1", 10m, 0m, 0m, 5);
        var usd2 = Channel("USD-2", 10m, 0m, 0m, 5);
        var eur = Channel("EUR-1", 10m, 0m, 0m, 5, "EUR");

        ChannelRanking.Rank(TenKgFourUnits(), [usd1, usd2, eur], new Dictionary<Guid, ChannelQuality>(), Weights, 50m, Today)
            .Ranked.Select(r => r.Code).ShouldBe(["USD-1", "USD-2"]);
        var inEuros = ChannelRanking.Rank(TenKgFourUnits(currency: "EUR"), [usd1, usd2, eur], new Dictionary<Guid, ChannelQuality>(), Weights, 50m, Today);
        (inEuros.CostCurrency, inEuros.Ranked.Single().Code, inEuros.Excluded.Count).ShouldBe(("EUR", "EUR-1", 2));
    }
}
