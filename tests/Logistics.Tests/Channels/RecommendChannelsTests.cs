using Ops.Logistics.Channels;
using Ops.Shared;
using Ops.Shared.Http;
using static Logistics.Tests.Channels.ChannelScenarios;

namespace Logistics.Tests.Channels;

public sealed class RecommendChannelsTests(LogisticsApp app) : LogisticsTest(app)
{
    private const string RecommendUrl = Url + "/recommend";

    private Task<Alba.IScenarioResult> Recommend(object request, string role = Role.Logistics) =>
        App.As(role, x => x.Post.Json(request).ToUrl(RecommendUrl));

    [Fact]
    public async Task the_recommendation_ranks_the_registered_channels_with_their_quality_and_lists_the_excluded()
    {
        var dhl = await App.RegisteredChannel(DhlExpress());                                                     // 5 + 2×10 + 0.5×4 = 27, 5 days
        var post = await App.RegisteredChannel(DhlExpress("POST-EUB") with
        {
            Name = "ePacket", Type = ChannelType.Postal, Carrier = "China Post", TransitDaysMax = 8,
            CostModel = new CostModelRequest { PerShipment = 10m, PerKg = 1m, Currency = "USD" },                 // 20, 8 days
        });
        var sea = await App.RegisteredChannel(DhlExpress("SEA") with { TransitDaysMin = 20, TransitDaysMax = 30 });
        var closed = await App.RegisteredChannel(DhlExpress("CLOSED"));
        await App.Deactivate(closed.Id).Ok<ChannelView>();
        var order = Guid.NewGuid();
        await App.Deliver(ChannelQualityTests.Shipped(order, dhl.Id, "O-1"), othersMayRefuse: true);
        await App.Deliver(ChannelQualityTests.Delivered(order, dhl.Id, "O-1", onTime: true, damaged: false), othersMayRefuse: true);

        var result = await Recommend(new { destinationCountry = "US", weightKg = 10m, units = 4, deadlineDate = "2030-11-14" })
            .Ok<ChannelRecommendation>();

        result.DeadlineDays.ShouldBe(10);
        // DHL: cost 20/27 = 74.07, time 5/5 = 100, quality 100 → 29.63 + 35 + 25 = 89.63; ePacket: 40 + 35×5/8 (21.875) + 12.5 = 74.38
        result.Ranked.Select(r => (r.Rank, r.Code, r.WeightedScore)).ShouldBe([(1, "DHL-EXP-US", 89.63m), (2, "POST-EUB", 74.38m)]);
        result.Ranked[0].Quality.ShouldBe(new QualityComponent(true, 1, 1, 0, 100m, 0m, 100m));
        result.Excluded.Select(e => (e.Code, e.Reasons.Single().Code)).ShouldBe([("CLOSED", "inactive"), ("SEA", "too_slow_for_deadline")], ignoreOrder: true);
        _ = (post, sea);
    }

    [Theory]
    [InlineData("weightKg")]
    [InlineData("units")]
    [InlineData("destinationCountry")]
    [InlineData("deadlineDays")]
    [InlineData("deadlineDate")]
    public async Task bad_profiles_are_field_errors(string field)
    {
        object request = field switch
        {
            "weightKg" => new { destinationCountry = "US", weightKg = 0m, units = 1, deadlineDays = 5 },
            "units" => new { destinationCountry = "US", weightKg = 1m, units = 0, deadlineDays = 5 },
            "destinationCountry" => new { destinationCountry = "USA", weightKg = 1m, units = 1, deadlineDays = 5 },
            "deadlineDays" => new { destinationCountry = "US", weightKg = 1m, units = 1 },
            _ => new { destinationCountry = "US", weightKg = 1m, units = 1, deadlineDate = "2030-11-03" },
        };

        await Recommend(request).ShouldHaveFieldError(field);
    }

    [Fact]
    public async Task only_channel_writers_ask_for_a_recommendation()
    {
        await Recommend(new { destinationCountry = "US", weightKg = 1m, units = 1, deadlineDays = 5 }, Role.Listing)
            .ShouldBeProblem(403, ProblemCodes.Forbidden);
    }
}
