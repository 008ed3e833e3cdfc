using FastEndpoints;
using FluentValidation;
using Marten;
using Ops.Shared;
using Ops.Shared.Http;
using Ops.Shared.Settings;
using Ops.Shared.Validation;

namespace Ops.Logistics.Channels;

/// <summary>A shipment to place on a channel: where it goes, what it weighs, how many units, and by when it must arrive.</summary>
public sealed record RecommendChannelsRequest
{
    /// <summary>Destination country, ISO 3166 alpha-2 (e.g. US).</summary>
    public string DestinationCountry { get; init; } = "";

    /// <summary>Gross weight of the shipment in kilograms (up to three decimals).</summary>
    public decimal WeightKg { get; init; }

    public int Units { get; init; }

    /// <summary>Days from today (UTC) by which the shipment must be delivered; give this or <see cref="DeadlineDate"/>.</summary>
    public int? DeadlineDays { get; init; }

    /// <summary>The date (UTC) by which the shipment must be delivered; give this or <see cref="DeadlineDays"/>.</summary>
    public DateOnly? DeadlineDate { get; init; }

    /// <summary>
    /// The currency the costs are compared in (channels quoting another are excluded); by default the currency most of the
    /// otherwise eligible channels quote in (on a tie, the first alphabetically). A choice, not an amount.
    /// </summary>
    public string? CostCurrency { get; init; }
}

public sealed class RecommendChannelsValidator : Validator<RecommendChannelsRequest>
{
    public RecommendChannelsValidator()
    {
        RuleFor(r => r.DestinationCountry).Country();
        RuleFor(r => r.WeightKg).GreaterThan(0m).LessThanOrEqualTo(100_000m).PrecisionScale(18, 3, true);
        RuleFor(r => r.Units).InclusiveBetween(1, 1_000_000);
        RuleFor(r => r.DeadlineDays).InclusiveBetween(0, 366);
        RuleFor(r => r.DeadlineDays).NotNull().When(r => r.DeadlineDate is null).WithMessage(_ => Bilingual.Pick(
            "Give the deadline in days or as a date.", "请填写时限天数或截止日期。"));
        RuleFor(r => r.DeadlineDays).Null().When(r => r.DeadlineDate is not null).WithMessage(_ => Bilingual.Pick(
            "Give the deadline in days or as a date, not both.", "时限天数与截止日期只能填写其一。"));
        RuleFor(r => r.DeadlineDate).Must(d => d >= Today()).When(r => r.DeadlineDate is not null).WithMessage(_ => Bilingual.Pick(
            "The deadline cannot be in the past.", "截止日期不能早于今天。"));
        RuleFor(r => r.CostCurrency!).Currency().When(r => r.CostCurrency is not null);
    }

    private DateOnly Today() => DateOnly.FromDateTime(Resolve<TimeProvider>().GetUtcNow().UtcDateTime);
}

/// <summary>
/// The weights and the deadline the ranking used, the currency it compared costs in (none when no channel was eligible),
/// the ranked channels and the excluded ones.
/// </summary>
public sealed record ChannelRecommendation(
    ChannelWeights Weights,
    string? CostCurrency,
    int DeadlineDays,
    decimal UnratedQualityScore,
    IReadOnlyList<RankedChannel> Ranked,
    IReadOnlyList<ExcludedChannel> Excluded);

/// <summary>
/// One eligible channel: its rank (equal weighted scores share a rank, the next rank skips: 1, 1, 3), each component with
/// its input and its 0–100 score, and the weighted score. Scores are rounded to two decimals, half away from zero; the
/// cost amount is not rounded.
/// </summary>
public sealed record RankedChannel(
    int Rank,
    Guid ChannelId,
    string Code,
    string Name,
    ChannelType Type,
    string Carrier,
    string ServiceLevel,
    CostComponent Cost,
    TransitComponent Transit,
    QualityComponent Quality,
    decimal WeightedScore);

/// <summary>The shipment's estimated cost on the channel (per shipment + per kg × weight + per unit × units, unrounded) and its score.</summary>
public sealed record CostComponent(Money Estimate, decimal Score);

/// <summary>The channel's typical transit; the score compares <see cref="DaysMax"/>.</summary>
public sealed record TransitComponent(int DaysMin, int DaysMax, decimal Score);

/// <summary>The channel's quality rating (its inputs), and its score: the rating's score, or the unrated score without shipments counted.</summary>
public sealed record QualityComponent(bool Rated, long ShipmentsCounted, long OnTime, long Damaged, decimal? OnTimePercent, decimal? DamagePercent, decimal Score);

public sealed record ExcludedChannel(Guid ChannelId, string Code, string Name, IReadOnlyList<ExclusionReason> Reasons);

/// <summary>
/// Why a channel is not ranked: <c>inactive</c>, <c>contract_not_started</c>, <c>contract_ended</c>,
/// <c>destination_not_served</c>, <c>too_slow_for_deadline</c> (its longest typical transit is beyond the deadline),
/// <c>other_currency</c> (its costs cannot be compared with the others').
/// </summary>
public sealed record ExclusionReason(string Code, string Message);

/// <summary>
/// <c>POST /api/logistics/channels/recommend</c>: ranks the channels for a shipment by a weighted score (settings'
/// channelWeights: cost 40, time 35, quality 25 by default). Each component scores 0–100: cost = cheapest cost / this
/// cost × 100 (the cheapest scores 100; a free channel 100 and, beside it, a paid one 0); time = shortest longest-transit
/// / this longest-transit × 100 (the fastest scores 100); quality = on-time share × undamaged share × 100 from the
/// channel's delivered and lost shipments (the settings' unratedChannelQualityScore, 50 by default, before any).
/// Weighted score = (cost weight × cost score + time weight × time score + quality weight × quality score) / 100.
/// Cost and time are relative to the eligible channels only. Excluded, with every reason: inactive, contract not
/// started or ended (UTC today), destination not served, longest transit beyond the deadline, another currency.
/// Nothing is saved.
/// </summary>
[Calculation]
public sealed class RecommendChannelsEndpoint(ILogisticsStore store, TimeProvider time) : Endpoint<RecommendChannelsRequest, ChannelRecommendation>
{
    public override void Configure()
    {
        Post("/channels/recommend");
        Group<LogisticsGroup>();
        Roles(Role.Logistics, Role.OpsManager);
        Summary(s => s.Summary =
            "Ranks channels for a shipment: score = (wCost×cost + wTime×time + wQuality×quality)/100, cost = cheapest/cost×100, time = fastest max transit/max transit×100, quality = on-time%×(100−damage%)/100.");
    }

    public override async Task HandleAsync(RecommendChannelsRequest request, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        var settings = (await session.CurrentAsync<LogisticsSettings>(ct)).Settings;
        // Channels are a short list (tens): all of them are ranked or excluded, with their ratings in one grouped query.
        var channels = await session.Query<ChannelView>().OrderBy(c => c.Code).ToListAsync(ct);
        var ratings = await ChannelQuality.OfChannelsAsync(session, null, ct);
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var shipment = new ShipmentProfile(request.DestinationCountry, request.WeightKg, request.Units,
            request.DeadlineDays ?? request.DeadlineDate!.Value.DayNumber - today.DayNumber, request.CostCurrency);
        await Send.OkAsync(ChannelRanking.Rank(shipment, channels, ratings, settings.ChannelWeights, settings.UnratedChannelQualityScore, today), ct);
    }
}

/// <summary>The shipment a recommendation is for, its deadline in days from today, and the currency to compare costs in (if asked).</summary>
public sealed record ShipmentProfile(string DestinationCountry, decimal WeightKg, int Units, int DeadlineDays, string? CostCurrency);

/// <summary>The arithmetic of <see cref="RecommendChannelsEndpoint"/>: a pure function, so it is tested by hand-computed cases.</summary>
public static class ChannelRanking
{
    public static ChannelRecommendation Rank(ShipmentProfile shipment, IReadOnlyList<ChannelView> channels,
        IReadOnlyDictionary<Guid, ChannelQuality> ratings, ChannelWeights weights, decimal unratedQualityScore, DateOnly today)
    {
        var reasons = channels.ToDictionary(c => c.Id, c => ReasonsAgainst(c, shipment, today));
        var currency = shipment.CostCurrency ?? channels.Where(c => reasons[c.Id].Count == 0)
            .GroupBy(c => c.CostModel.Currency).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key).FirstOrDefault();
        foreach (var channel in channels.Where(c => currency is not null && c.CostModel.Currency != currency))
            reasons[channel.Id].Add(Reason("other_currency", $"Quotes in {channel.CostModel.Currency}, not {currency}.",
                $"报价币种为 {channel.CostModel.Currency}，不是 {currency}。"));

        var eligible = channels.Where(c => reasons[c.Id].Count == 0)
            .Select(c => (Channel: c, Cost: c.CostModel.CostOf(shipment.WeightKg, shipment.Units))).ToList();
        var cheapest = eligible.Count == 0 ? 0m : eligible.Min(e => e.Cost);
        var fastest = eligible.Count == 0 ? 0 : eligible.Min(e => e.Channel.TransitDaysMax);

        var scored = eligible.Select(e =>
        {
            var costScore = e.Cost == 0 ? 100m : cheapest / e.Cost * 100m;
            var timeScore = (decimal)fastest / e.Channel.TransitDaysMax * 100m;
            var rating = ratings.GetValueOrDefault(e.Channel.Id) ?? ChannelQuality.None(e.Channel.Id);
            var qualityScore = rating.Score ?? unratedQualityScore;
            var total = Round((weights.Cost * costScore + weights.Time * timeScore + weights.Quality * qualityScore) / 100m);
            return (e.Channel, e.Cost, CostScore: costScore, TimeScore: timeScore, Rating: rating, QualityScore: qualityScore, Total: total);
        }).OrderByDescending(s => s.Total).ThenBy(s => s.Cost).ThenBy(s => s.Channel.TransitDaysMax)
            .ThenBy(s => s.Channel.Code, StringComparer.Ordinal).ToList();

        var ranked = scored.Select(s => new RankedChannel(
            1 + scored.Count(other => other.Total > s.Total), s.Channel.Id, s.Channel.Code, s.Channel.Name, s.Channel.Type, s.Channel.Carrier,
            s.Channel.ServiceLevel,
            new CostComponent(new Money(s.Cost, s.Channel.CostModel.Currency), Round(s.CostScore)),
            new TransitComponent(s.Channel.TransitDaysMin, s.Channel.TransitDaysMax, Round(s.TimeScore)),
            new QualityComponent(s.Rating.ShipmentsCounted > 0, s.Rating.ShipmentsCounted, s.Rating.OnTime, s.Rating.Damaged,
                s.Rating.OnTimePercent, s.Rating.DamagePercent, Round(s.QualityScore)),
            s.Total)).ToList();
        var excluded = channels.Where(c => reasons[c.Id].Count > 0)
            .Select(c => new ExcludedChannel(c.Id, c.Code, c.Name, reasons[c.Id])).ToList();
        return new ChannelRecommendation(weights, currency, shipment.DeadlineDays, unratedQualityScore, ranked, excluded);
    }

    private static List<ExclusionReason> ReasonsAgainst(ChannelView channel, ShipmentProfile shipment, DateOnly today)
    {
        List<ExclusionReason> reasons = [];
        if (!channel.Active) reasons.Add(Reason("inactive", "The channel is inactive.", "该渠道已停用。"));
        if (channel.ContractStart > today)
            reasons.Add(Reason("contract_not_started", $"The contract starts on {channel.ContractStart:yyyy-MM-dd}.", $"合同自 {channel.ContractStart:yyyy-MM-dd} 起生效。"));
        if (channel.ContractEnd is { } end && end < today)
            reasons.Add(Reason("contract_ended", $"The contract ended on {end:yyyy-MM-dd}.", $"合同已于 {end:yyyy-MM-dd} 到期。"));
        if (channel.DestinationCountries.Count > 0 && !channel.DestinationCountries.Contains(shipment.DestinationCountry))
            reasons.Add(Reason("destination_not_served", $"The channel does not serve {shipment.DestinationCountry}.", $"该渠道不覆盖 {shipment.DestinationCountry}。"));
        if (channel.TransitDaysMax > shipment.DeadlineDays)
            reasons.Add(Reason("too_slow_for_deadline", $"Up to {channel.TransitDaysMax} days in transit; the deadline is in {shipment.DeadlineDays}.",
                $"运输时效最长 {channel.TransitDaysMax} 天，时限为 {shipment.DeadlineDays} 天。"));
        return reasons;
    }

    private static ExclusionReason Reason(string code, string english, string chinese) => new(code, Bilingual.Pick(english, chinese));

    private static decimal Round(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);
}
