using System.Linq.Expressions;
using FastEndpoints;
using FluentValidation;
using JasperFx.Events;
using Marten;
using Ops.Service.Contracts;
using Ops.Service.Feedback;
using Ops.Shared;
using Ops.Shared.Audit;
using Ops.Shared.Calendar;
using Ops.Shared.Http;
using Ops.Shared.Modules;
using Ops.Shared.Outcomes;
using Ops.Shared.Paging;
using Ops.Shared.Validation;
using Wolverine;
using Wolverine.Marten;

namespace Ops.Service.FollowUps;

public sealed record PlanFollowUpsRequest
{
    public Guid StoreId { get; init; }

    /// <summary>The marketplace's 2-letter code, e.g. US.</summary>
    public string Marketplace { get; init; } = "";

    /// <summary>The agent (their e-mail) who follows the customers up.</summary>
    public string Agent { get; init; } = "";

    /// <summary>The plan's month, yyyy-MM.</summary>
    public string Month { get; init; } = "";

    /// <summary>How many customers the agent means to follow up that month.</summary>
    public int TargetCustomers { get; init; }
}

public sealed class PlanFollowUpsValidator : Validator<PlanFollowUpsRequest>
{
    public PlanFollowUpsValidator()
    {
        RuleFor(r => r.StoreId).NotEmpty();
        RuleFor(r => r.Marketplace).NotEmpty().Marketplace();
        RuleFor(r => r.Agent).NotEmpty().MaximumLength(200).EmailAddress();
        RuleFor(r => r.Month).NotEmpty().MaximumLength(7).Must(m => DateOnly.TryParseExact(m + "-01", "yyyy-MM-dd", out _))
            .WithMessage(_ => Bilingual.Pick("A month is written yyyy-MM, e.g. 2030-11.", "月份格式为 yyyy-MM，例如 2030-11。"));
        RuleFor(r => r.TargetCustomers).InclusiveBetween(1, 10_000);
    }
}

public sealed record PlanFollowUps(Guid PlanId, PlanFollowUpsRequest Plan, IdempotencyKey? Idempotency);

/// <summary>
/// <c>POST /api/service/follow-up-plans</c>: an agent's monthly plan with the number of customers to follow up. One plan
/// per agent, store and month (<c>follow_up.plan_exists</c>); a store service has not heard of is refused
/// (<c>follow_up.store_must_exist</c>). Honours <c>Idempotency-Key</c>; answers 201 with <c>Location</c>.
/// </summary>
public sealed class PlanFollowUpsEndpoint(IServiceStore store, IMessageBus bus) : Endpoint<PlanFollowUpsRequest, FollowUpPlanDetails>
{
    public override void Configure()
    {
        Post("/follow-up-plans");
        Group<ServiceGroup>();
        Roles(Role.Service, Role.OpsManager);
    }

    public override Task HandleAsync(PlanFollowUpsRequest request, CancellationToken ct) =>
        this.CreateAsync<FollowUpPlanDetails>(bus, store, request with { Agent = request.Agent.Trim().ToLowerInvariant() }, "service.plan-follow-ups",
            (id, key) => new PlanFollowUps(id, request with { Agent = request.Agent.Trim().ToLowerInvariant() }, key),
            id => $"/api/service/follow-up-plans/{id}", ct);
}

public static class PlanFollowUpsHandler
{
    public static async Task<Outcome> Handle(PlanFollowUps command, IDocumentSession session, IMessageContext context, TimeProvider time,
        CancellationToken ct)
    {
        var p = command.Plan;
        if (await session.LoadAsync<StoreCalendarCopy>(p.StoreId, ct) is null) return new Outcome.Refused(FollowUpRules.StoreMustExist);
        if (await session.Query<FollowUpPlanDetails>().AnyAsync(x => x.StoreId == p.StoreId && x.Agent == p.Agent && x.Month == p.Month, ct))
            return new Outcome.Refused(FollowUpRules.PlanExists);
        var now = time.GetUtcNow();
        return session.StartStream<FollowUpPlan>(command.PlanId, Decision.Accept(new FollowUpPlanned(command.PlanId, p.StoreId, p.Marketplace, p.Agent,
            p.Month, p.TargetCustomers, context.Actor(), now)), command.Idempotency, now);
    }
}

public sealed record SuggestionRequest
{
    public FeedbackCategory? Category { get; init; }
    public string Text { get; init; } = "";
}

public sealed record RecordFollowUpRequest
{
    public Guid Id { get; init; }
    public string Customer { get; init; } = "";
    public string? OrderNumber { get; init; }
    public string? Sku { get; init; }
    public FollowUpMethod? Method { get; init; }

    /// <summary>The customer's experience with the product.</summary>
    public string ProductExperience { get; init; } = "";

    /// <summary>The customer's satisfaction with our service, 1 (very unhappy) to 5 (very happy).</summary>
    public int ServiceSatisfaction { get; init; }

    public string? OtherNeeds { get; init; }

    /// <summary>A suggestion the customer made: it becomes a feedback item, routed to a department and tracked until done.</summary>
    public SuggestionRequest? Suggestion { get; init; }
}

public sealed class RecordFollowUpValidator : Validator<RecordFollowUpRequest>
{
    public RecordFollowUpValidator()
    {
        RuleFor(r => r.Customer).NotEmpty().MaximumLength(200);
        RuleFor(r => r.OrderNumber).MaximumLength(50);
        RuleFor(r => r.Sku).MaximumLength(64);
        RuleFor(r => r.Method).NotNull().IsInEnum();
        RuleFor(r => r.ProductExperience).NotEmpty().MaximumLength(CaptureFeedbackValidator.MaxTextLength);
        RuleFor(r => r.ServiceSatisfaction).InclusiveBetween(1, 5);
        RuleFor(r => r.OtherNeeds).MaximumLength(CaptureFeedbackValidator.MaxTextLength);
        RuleFor(r => r.Suggestion).SetValidator(new SuggestionValidator()!);
    }

    private sealed class SuggestionValidator : AbstractValidator<SuggestionRequest>
    {
        public SuggestionValidator()
        {
            RuleFor(s => s.Category).NotNull().IsInEnum();
            RuleFor(s => s.Text).NotEmpty().MaximumLength(CaptureFeedbackValidator.MaxTextLength);
        }
    }
}

public sealed record RecordFollowUp(Guid FollowUpPlanId, RecordFollowUpRequest FollowUp, long? ExpectedVersion);

/// <summary>
/// <c>POST /api/service/follow-up-plans/{id}/follow-ups</c>: a customer followed up, now, within the plan's month
/// (<c>follow_up.outside_month</c>). A suggestion becomes a feedback item (source FollowUp) in the same transaction,
/// published as <c>FeedbackCaptured</c>. Honours <c>If-Match</c>.
/// </summary>
public sealed class RecordFollowUpEndpoint(IServiceStore store, IMessageBus bus) : Endpoint<RecordFollowUpRequest, FollowUpPlanDetails>
{
    public override void Configure()
    {
        Post("/follow-up-plans/{id}/follow-ups");
        Group<ServiceGroup>();
        Roles(Role.Service, Role.OpsManager);
    }

    public override Task HandleAsync(RecordFollowUpRequest request, CancellationToken ct) =>
        this.UpdateAsync<FollowUpPlanDetails>(bus, store, expected => new RecordFollowUp(request.Id, request, expected), ct);
}

public static class RecordFollowUpHandler
{
    public static async Task<(Outcome, OutgoingMessages)> Handle(RecordFollowUp command, [WriteAggregate(Required = false)] IEventStream<FollowUpPlan> plan,
        IDocumentSession session, IMessageContext context, TimeProvider time, CancellationToken ct)
    {
        var f = command.FollowUp;
        var now = time.GetUtcNow();
        var by = context.Actor();
        var suggestion = f.Suggestion is { } s ? new CustomerSuggestion(s.Category!.Value, s.Text.Trim()) : null;
        var feedbackId = suggestion is null ? (Guid?)null : Guid.CreateVersion7();
        var recorded = new FollowUpRecorded(command.FollowUpPlanId, Guid.CreateVersion7(), f.Customer.Trim(), Blank(f.OrderNumber), Blank(f.Sku),
            f.Method!.Value, f.ProductExperience.Trim(), f.ServiceSatisfaction, Blank(f.OtherNeeds), suggestion, feedbackId, by, now);
        var outcome = plan.Decide(command.FollowUpPlanId, command.ExpectedVersion, p => p.Record(recorded));

        var messages = new OutgoingMessages();
        if (outcome is Outcome.Accepted && suggestion is not null
            && await session.LoadAsync<FollowUpPlanDetails>(command.FollowUpPlanId, ct) is { } details)
            await CaptureFeedbackHandler.Capture(session, feedbackId!.Value, new FeedbackIntake(details.StoreId, details.Marketplace,
                suggestion.Category, FeedbackSource.FollowUp, command.FollowUpPlanId, recorded.Sku, suggestion.Text), null, by, now, messages, ct);
        return (outcome, messages);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

/// <summary><c>GET /api/service/follow-up-plans/{id}</c>, optionally as it was (<c>?asOf=</c> / <c>?version=</c>).</summary>
public sealed class GetFollowUpPlanEndpoint(IServiceStore store) : GetRecordEndpoint<FollowUpPlanDetails, IServiceStore>(store, "follow-up plan")
{
    public override void Configure()
    {
        Get("/follow-up-plans/{id}");
        Group<ServiceGroup>();
        Roles(Role.Readers);
    }
}

public sealed record ListFollowUpPlansRequest : PageRequest
{
    /// <summary>The agent's e-mail.</summary>
    [QueryParam] public string? Agent { get; init; }

    /// <summary>yyyy-MM.</summary>
    [QueryParam] public string? Month { get; init; }
}

public sealed class ListFollowUpPlansValidator : Validator<ListFollowUpPlansRequest>
{
    public ListFollowUpPlansValidator()
    {
        this.IncludePaging(ListFollowUpPlansEndpoint.Sort);
        RuleFor(r => r.Agent).MaximumLength(200);
        RuleFor(r => r.Month).MaximumLength(7);
    }
}

/// <summary><c>GET /api/service/follow-up-plans</c>: plans, the latest month first, filtered by agent and month; paged.</summary>
public sealed class ListFollowUpPlansEndpoint(IServiceStore store, StoreResults counts) : Endpoint<ListFollowUpPlansRequest, Page<FollowUpPlanDetails>>
{
    internal static readonly SortFields<FollowUpPlanDetails> Sort = new("-month", new Dictionary<string, Expression<Func<FollowUpPlanDetails, object>>>
    {
        ["month"] = p => p.Month,
        ["completion"] = p => p.CompletionPercent,
    }, thenBy: p => p.Agent);

    public override void Configure()
    {
        Get("/follow-up-plans");
        Group<ServiceGroup>();
        Roles(Role.Readers);
    }

    public override async Task HandleAsync(ListFollowUpPlansRequest request, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        IQueryable<FollowUpPlanDetails> plans = session.Query<FollowUpPlanDetails>();
        if (request.Agent is { Length: > 0 } agent) plans = plans.Where(p => p.Agent == agent.Trim().ToLowerInvariant());
        if (request.Month is { Length: > 0 } month) plans = plans.Where(p => p.Month == month);
        await Send.OkAsync(await plans.ToPageAsync(session, request, Sort, counts, ct), ct);
    }
}

/// <summary><c>GET /api/service/follow-up-plans/{id}/history</c>: every event of the plan, as auditors read it.</summary>
public sealed class FollowUpPlanHistoryEndpoint(IServiceStore store) : HistoryEndpoint<FollowUpPlan, FollowUpPlanDetails, IServiceStore>(store)
{
    public override void Configure()
    {
        Get("/follow-up-plans/{id}/history");
        Group<ServiceGroup>();
        Roles(Role.Readers);
    }
}
