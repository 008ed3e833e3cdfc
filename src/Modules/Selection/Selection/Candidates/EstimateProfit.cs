using FastEndpoints;
using Marten;
using Ops.Shared;
using Ops.Shared.Http;
using Ops.Shared.Settings;

namespace Ops.Selection.Candidates;

/// <summary>The numbers of an idea not (yet) proposed.</summary>
public sealed record EstimateProfitRequest : IProfitNumbersRequest
{
    public Money TargetPrice { get; init; } = new(0, "");
    public Money UnitCost { get; init; } = new(0, "");
    public Money ShippingPerUnit { get; init; } = new(0, "");
    public SizeRequest Size { get; init; } = new();
    public int ExpectedMonthlyUnits { get; init; }
    public int FirstOrderQuantity { get; init; }

    /// <summary>When absent, derived from <see cref="ExpectedMonthlyUnits"/> (a month = 30 days).</summary>
    public int? DaysToSell { get; init; }

    public int TransitDays { get; init; }
    public int LeadTimeDays { get; init; }
}

public sealed class EstimateProfitValidator : Validator<EstimateProfitRequest>
{
    public EstimateProfitValidator() => this.IncludeProfitNumbers();
}

/// <summary>
/// <c>POST /api/selection/candidates/profit-estimate</c>: what-if numbers through the same arithmetic and settings as a
/// candidate's estimate. Nothing is saved; it answers 200 with the estimate.
/// </summary>
[Calculation]
public sealed class EstimateProfitEndpoint(ISelectionStore store) : Endpoint<EstimateProfitRequest, ProfitEstimate>
{
    public override void Configure()
    {
        Post("/candidates/profit-estimate");
        Group<SelectionGroup>();
        Roles(CandidateRoles.Writers);
    }

    public override async Task HandleAsync(EstimateProfitRequest request, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        var policy = (await session.CurrentAsync<SelectionSettings>(ct)).Settings;
        await Send.OkAsync(ProfitCalculator.Estimate(request.ToInputs(), policy), ct);
    }
}
