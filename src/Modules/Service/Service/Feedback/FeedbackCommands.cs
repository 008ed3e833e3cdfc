using FastEndpoints;
using FluentValidation;
using JasperFx.Events;
using Marten;
using Ops.Service.Contracts;
using Ops.Shared;
using Ops.Shared.Calendar;
using Ops.Shared.Http;
using Ops.Shared.Outcomes;
using Ops.Shared.Validation;
using Wolverine;
using Wolverine.Marten;

namespace Ops.Service.Feedback;

public sealed record CaptureFeedbackRequest
{
    public Guid StoreId { get; init; }

    /// <summary>The marketplace's 2-letter code, e.g. US.</summary>
    public string Marketplace { get; init; } = "";

    public FeedbackCategory? Category { get; init; }
    public FeedbackSource? Source { get; init; }

    /// <summary>The inquiry, complaint or follow-up the feedback came from, if any.</summary>
    public Guid? SourceId { get; init; }

    /// <summary>The SKU the feedback is about, if any.</summary>
    public string? Sku { get; init; }

    /// <summary>What the customer said, in their words or the agent's summary.</summary>
    public string Text { get; init; } = "";

    public FeedbackIntake ToIntake() => new(StoreId, Marketplace, Category!.Value, Source!.Value, SourceId,
        string.IsNullOrWhiteSpace(Sku) ? null : Sku.Trim(), Text.Trim());
}

public sealed class CaptureFeedbackValidator : Validator<CaptureFeedbackRequest>
{
    public const int MaxTextLength = 4_000;

    public CaptureFeedbackValidator()
    {
        RuleFor(r => r.StoreId).NotEmpty();
        RuleFor(r => r.Marketplace).NotEmpty().Marketplace();
        RuleFor(r => r.Category).NotNull().IsInEnum();
        RuleFor(r => r.Source).NotNull().IsInEnum();
        RuleFor(r => r.Sku).MaximumLength(64);
        RuleFor(r => r.Text).NotEmpty().MaximumLength(MaxTextLength);
    }
}

/// <summary>A piece of feedback as it reaches service, from an agent or from a follow-up's suggestion.</summary>
public sealed record FeedbackIntake(
    Guid StoreId, string Marketplace, FeedbackCategory Category, FeedbackSource Source, Guid? SourceId, string? Sku, string Text);

public sealed record CaptureFeedback(Guid FeedbackId, FeedbackIntake Intake, IdempotencyKey? Idempotency);

/// <summary>
/// <c>POST /api/service/feedback</c>: a customer's feedback, categorised and tied to a SKU where it names one; published as
/// <c>FeedbackCaptured</c> for data and selection. A store service has not heard of is refused
/// (<c>feedback.store_must_exist</c>). Honours <c>Idempotency-Key</c>; answers 201 with <c>Location</c>.
/// </summary>
public sealed class CaptureFeedbackEndpoint(IServiceStore store, IMessageBus bus) : Endpoint<CaptureFeedbackRequest, FeedbackDetails>
{
    public override void Configure()
    {
        Post("/feedback");
        Group<ServiceGroup>();
        Roles(Role.Service, Role.OpsManager);
    }

    public override Task HandleAsync(CaptureFeedbackRequest request, CancellationToken ct) =>
        this.CreateAsync<FeedbackDetails>(bus, store, request, "service.capture-feedback",
            (id, key) => new CaptureFeedback(id, request.ToIntake(), key), id => $"/api/service/feedback/{id}", ct);
}

public static class CaptureFeedbackHandler
{
    public static async Task<(Outcome, OutgoingMessages)> Handle(CaptureFeedback command, IDocumentSession session, IMessageContext context,
        TimeProvider time, CancellationToken ct)
    {
        var messages = new OutgoingMessages();
        var outcome = await Capture(session, command.FeedbackId, command.Intake, command.Idempotency, context.Actor(), time.GetUtcNow(), messages, ct);
        return (outcome, messages);
    }

    /// <summary>Starts the feedback's stream and announces it; also how a follow-up's suggestion becomes feedback.</summary>
    internal static async Task<Outcome> Capture(IDocumentSession session, Guid id, FeedbackIntake intake, IdempotencyKey? key, string by,
        DateTimeOffset now, OutgoingMessages messages, CancellationToken ct)
    {
        if (await session.LoadAsync<StoreCalendarCopy>(intake.StoreId, ct) is null) return new Outcome.Refused(FeedbackRules.StoreMustExist);
        var outcome = session.StartStream<FeedbackItem>(id, Decision.Accept(new FeedbackItemCaptured(id, intake.StoreId, intake.Marketplace,
            intake.Category, intake.Source, intake.SourceId, intake.Sku, intake.Text, by, now)), key, now);
        messages.Add(new FeedbackCaptured(id, intake.StoreId, intake.Marketplace, intake.Category, intake.Source, intake.Sku, intake.Text, now));
        return outcome;
    }
}

public sealed record RouteFeedbackRequest
{
    public Guid Id { get; init; }

    /// <summary>The organisation's code of the department that acts on it, e.g. product, logistics, sales-listing.</summary>
    public string Department { get; init; } = "";

    /// <summary>The person there who owns it (their e-mail), if named.</summary>
    public string? Owner { get; init; }
}

public sealed class RouteFeedbackValidator : Validator<RouteFeedbackRequest>
{
    public RouteFeedbackValidator()
    {
        RuleFor(r => r.Department).NotEmpty().MaximumLength(50).Matches("^[a-z][a-z0-9]*(-[a-z0-9]+)*$")
            .WithMessage(_ => Bilingual.Pick("A department is its code: lower-case words joined by hyphens, e.g. sales-listing.",
                "部门须为其代码：用连字符连接的小写单词，例如 sales-listing。"));
        RuleFor(r => r.Owner).MaximumLength(200);
    }
}

public sealed record FeedbackOutcomeRequest
{
    public Guid Id { get; init; }

    /// <summary>What the department changed (done), or why nothing needs to change (dismissed).</summary>
    public string Text { get; init; } = "";
}

public sealed class FeedbackOutcomeValidator : Validator<FeedbackOutcomeRequest>
{
    public FeedbackOutcomeValidator() => RuleFor(r => r.Text).NotEmpty().MaximumLength(CaptureFeedbackValidator.MaxTextLength);
}

public sealed record RouteFeedback(Guid FeedbackItemId, string Department, string? Owner, long? ExpectedVersion);
public sealed record CompleteFeedback(Guid FeedbackItemId, string Improvement, long? ExpectedVersion);
public sealed record DismissFeedback(Guid FeedbackItemId, string Reason, long? ExpectedVersion);

/// <summary>
/// <c>POST /api/service/feedback/{id}/route</c>: to the department that can act on it (again, to re-route it). A done or
/// dismissed item is refused (<c>feedback.closed</c>). Honours <c>If-Match</c>.
/// </summary>
public sealed class RouteFeedbackEndpoint(IServiceStore store, IMessageBus bus) : Endpoint<RouteFeedbackRequest, FeedbackDetails>
{
    public override void Configure()
    {
        Post("/feedback/{id}/route");
        Group<ServiceGroup>();
        Roles(Role.Service, Role.OpsManager);
    }

    public override Task HandleAsync(RouteFeedbackRequest request, CancellationToken ct) =>
        this.UpdateAsync<FeedbackDetails>(bus, store, expected => new RouteFeedback(request.Id, request.Department,
            string.IsNullOrWhiteSpace(request.Owner) ? null : request.Owner.Trim(), expected), ct);
}

/// <summary>
/// <c>POST /api/service/feedback/{id}/done</c>: the department's improvement is done, with what changed. Only routed
/// feedback (<c>feedback.must_be_routed</c>); not twice (<c>feedback.closed</c>). Honours <c>If-Match</c>.
/// </summary>
public sealed class CompleteFeedbackEndpoint(IServiceStore store, IMessageBus bus) : Endpoint<FeedbackOutcomeRequest, FeedbackDetails>
{
    public override void Configure()
    {
        Post("/feedback/{id}/done");
        Group<ServiceGroup>();
        Roles(Role.Service, Role.OpsManager);
    }

    public override Task HandleAsync(FeedbackOutcomeRequest request, CancellationToken ct) =>
        this.UpdateAsync<FeedbackDetails>(bus, store, expected => new CompleteFeedback(request.Id, request.Text.Trim(), expected), ct);
}

/// <summary>
/// <c>POST /api/service/feedback/{id}/dismiss</c>: nothing needs to change, and why. Not once done or dismissed
/// (<c>feedback.closed</c>). Honours <c>If-Match</c>.
/// </summary>
public sealed class DismissFeedbackEndpoint(IServiceStore store, IMessageBus bus) : Endpoint<FeedbackOutcomeRequest, FeedbackDetails>
{
    public override void Configure()
    {
        Post("/feedback/{id}/dismiss");
        Group<ServiceGroup>();
        Roles(Role.Service, Role.OpsManager);
    }

    public override Task HandleAsync(FeedbackOutcomeRequest request, CancellationToken ct) =>
        this.UpdateAsync<FeedbackDetails>(bus, store, expected => new DismissFeedback(request.Id, request.Text.Trim(), expected), ct);
}

public static class RouteFeedbackHandler
{
    public static Outcome Handle(RouteFeedback command, [WriteAggregate(Required = false)] IEventStream<FeedbackItem> item,
        IMessageContext context, TimeProvider time) =>
        item.Decide(command.FeedbackItemId, command.ExpectedVersion, f => f.Route(command.Department, command.Owner, context.Actor(), time.GetUtcNow()));
}

public static class CompleteFeedbackHandler
{
    public static Outcome Handle(CompleteFeedback command, [WriteAggregate(Required = false)] IEventStream<FeedbackItem> item,
        IMessageContext context, TimeProvider time) =>
        item.Decide(command.FeedbackItemId, command.ExpectedVersion, f => f.Done(command.Improvement, context.Actor(), time.GetUtcNow()));
}

public static class DismissFeedbackHandler
{
    public static Outcome Handle(DismissFeedback command, [WriteAggregate(Required = false)] IEventStream<FeedbackItem> item,
        IMessageContext context, TimeProvider time) =>
        item.Decide(command.FeedbackItemId, command.ExpectedVersion, f => f.Dismiss(command.Reason, context.Actor(), time.GetUtcNow()));
}
