using FastEndpoints;
using FluentValidation;
using JasperFx.Events;
using JasperFx.Events.Projections;
using Marten;
using Marten.Events.Projections;
using Ops.Shared;
using Ops.Shared.Http;
using Ops.Shared.Kpis;
using Ops.Shared.Outcomes;
using Wolverine;
using Wolverine.Marten;

namespace Ops.Service.Inquiries;

// Quality assurance (a reviewer samples responses and marks each accurate or not) and the customer's satisfaction.

public sealed record ReviewResponseRequest
{
    public Guid Id { get; init; }

    /// <summary>The response's number in the inquiry's conversation (from 1).</summary>
    public int? ResponseNumber { get; init; }

    /// <summary>Whether the response answered the customer correctly and completely.</summary>
    public bool? Accurate { get; init; }

    /// <summary>What the reviewer found; required when the response was not accurate.</summary>
    public string? Note { get; init; }
}

public sealed class ReviewResponseValidator : Validator<ReviewResponseRequest>
{
    public ReviewResponseValidator()
    {
        RuleFor(r => r.ResponseNumber).NotNull().InclusiveBetween(1, 10_000);
        RuleFor(r => r.Accurate).NotNull();
        RuleFor(r => r.Note).MaximumLength(1_000);
        RuleFor(r => r.Note).NotEmpty().When(r => r.Accurate == false)
            .WithMessage(_ => Bilingual.Pick("Say what was inaccurate.", "请说明不准确之处。"));
    }
}

public sealed record ReviewResponse(Guid InquiryId, int Number, bool Accurate, string? Note, long? ExpectedVersion);

/// <summary>
/// <c>POST /api/service/inquiries/{id}/reviews</c>: quality assurance marks a sampled response accurate
/// or not (published as <c>ServiceQaReviewed</c>). Never by who sent it (<c>inquiry.reviewer_cannot_be_responder</c>),
/// once per response (<c>inquiry.response_already_reviewed</c>), of a response the inquiry has
/// (<c>inquiry.response_must_exist</c>). Honours <c>If-Match</c>.
/// </summary>
public sealed class ReviewResponseEndpoint(IServiceStore store, IMessageBus bus) : Endpoint<ReviewResponseRequest, InquiryDetails>
{
    public override void Configure()
    {
        Post("/inquiries/{id}/reviews");
        Group<ServiceGroup>();
        Roles(Role.Service, Role.OpsManager);
    }

    public override Task HandleAsync(ReviewResponseRequest request, CancellationToken ct) =>
        this.UpdateAsync<InquiryDetails>(bus, store, expected => new ReviewResponse(request.Id, request.ResponseNumber!.Value, request.Accurate!.Value,
            string.IsNullOrWhiteSpace(request.Note) ? null : request.Note.Trim(), expected), ct);
}

public static class ReviewResponseHandler
{
    public static (Outcome, OutgoingMessages) Handle(ReviewResponse command, [WriteAggregate(Required = false)] IEventStream<Inquiry> inquiry,
        IMessageContext context, TimeProvider time)
    {
        var outcome = inquiry.Decide(command.InquiryId, command.ExpectedVersion,
            i => i.Review(command.Number, command.Accurate, command.Note, context.Actor(), time.GetUtcNow()));
        return (outcome, InquiryAnnouncements.PublishedBy(inquiry.Aggregate, outcome));
    }
}

public sealed record RecordSatisfactionRequest
{
    public Guid Id { get; init; }

    /// <summary>1 (very dissatisfied) to 5 (very satisfied).</summary>
    public int? Score { get; init; }

    /// <summary>What the customer said, if anything.</summary>
    public string? Comment { get; init; }
}

public sealed class RecordSatisfactionValidator : Validator<RecordSatisfactionRequest>
{
    public RecordSatisfactionValidator()
    {
        RuleFor(r => r.Score).NotNull().InclusiveBetween(1, 5);
        RuleFor(r => r.Comment).MaximumLength(1_000);
    }
}

public sealed record RecordSatisfaction(Guid InquiryId, int Score, string? Comment, long? ExpectedVersion);

/// <summary>
/// <c>POST /api/service/inquiries/{id}/satisfaction</c>: the customer's rating, 1–5 (published as
/// <c>CustomerSatisfactionRecorded</c>), once the inquiry was answered (<c>inquiry.satisfaction_needs_a_response</c>) and
/// once per round of the conversation (<c>inquiry.satisfaction_already_recorded</c>; a reopening starts a new round).
/// Honours <c>If-Match</c>.
/// </summary>
public sealed class RecordSatisfactionEndpoint(IServiceStore store, IMessageBus bus) : Endpoint<RecordSatisfactionRequest, InquiryDetails>
{
    public override void Configure()
    {
        Post("/inquiries/{id}/satisfaction");
        Group<ServiceGroup>();
        Roles(Role.Service, Role.OpsManager);
    }

    public override Task HandleAsync(RecordSatisfactionRequest request, CancellationToken ct) =>
        this.UpdateAsync<InquiryDetails>(bus, store, expected => new RecordSatisfaction(request.Id, request.Score!.Value,
            string.IsNullOrWhiteSpace(request.Comment) ? null : request.Comment.Trim(), expected), ct);
}

public static class RecordSatisfactionHandler
{
    public static (Outcome, OutgoingMessages) Handle(RecordSatisfaction command, [WriteAggregate(Required = false)] IEventStream<Inquiry> inquiry,
        IMessageContext context, TimeProvider time)
    {
        var outcome = inquiry.Decide(command.InquiryId, command.ExpectedVersion,
            i => i.RecordSatisfaction(command.Score, command.Comment, context.Actor(), time.GetUtcNow()));
        return (outcome, InquiryAnnouncements.PublishedBy(inquiry.Aggregate, outcome));
    }
}

/// <summary>
/// A response not yet reviewed by quality assurance, kept while it waits (deleted when reviewed). <see cref="SampleKey"/>
/// is a fixed pseudo-random key: ordering by it draws a random but repeatable sample.
/// </summary>
public sealed record ResponseAwaitingReview
{
    public Guid Id { get; init; }
    public Guid InquiryId { get; init; }
    public int Number { get; init; }
    public required string Text { get; init; }
    public AnswerCitation? CitedAnswer { get; init; }
    public required string RespondedBy { get; init; }
    public DateTimeOffset RespondedAt { get; init; }
    public Guid SampleKey { get; init; }

    public static Guid IdOf(Guid inquiryId, int number) => DeterministicGuid.From($"ops.service.response.{inquiryId}.{number}");

    internal static void Configure(StoreOptions options)
    {
        options.Projections.Add<ResponseAwaitingReviewProjection>(ProjectionLifecycle.Inline);
        options.Schema.For<ResponseAwaitingReview>().Index(r => r.RespondedAt).Index(r => r.SampleKey);
    }
}

public sealed partial class ResponseAwaitingReviewProjection : EventProjection
{
    public override ValueTask ApplyAsync(IDocumentOperations operations, JasperFx.Events.IEvent e, CancellationToken cancellation)
    {
        switch (e.Data)
        {
            case InquiryResponded r:
                Store(operations, r.InquiryId, r.Number, r.Text, r.CitedAnswer, r.RespondedBy, r.RespondedAt);
                break;
            case InquiryResponseAdded r:
                Store(operations, r.InquiryId, r.Number, r.Text, r.CitedAnswer, r.RespondedBy, r.RespondedAt);
                break;
            case InquiryResponseReviewed r:
                operations.Delete<ResponseAwaitingReview>(ResponseAwaitingReview.IdOf(r.InquiryId, r.ResponseNumber));
                break;
        }
        return ValueTask.CompletedTask;
    }

    private static void Store(IDocumentOperations operations, Guid inquiryId, int number, string text, AnswerCitation? cited, string by,
        DateTimeOffset at)
    {
        var id = ResponseAwaitingReview.IdOf(inquiryId, number);
        operations.Store(new ResponseAwaitingReview
        {
            Id = id, InquiryId = inquiryId, Number = number, Text = text, CitedAnswer = cited, RespondedBy = by, RespondedAt = at,
            SampleKey = DeterministicGuid.From($"ops.service.qa-sample.{id}"),
        });
    }
}

public sealed record QaSampleRequest
{
    /// <summary>Responses sent from (inclusive); by default 30 days before <c>to</c>.</summary>
    [QueryParam] public DateTimeOffset? From { get; init; }

    /// <summary>Responses sent before (exclusive); by default the end of the current minute.</summary>
    [QueryParam] public DateTimeOffset? To { get; init; }

    /// <summary>How many responses to draw, 1–100 (default 10).</summary>
    [QueryParam] public int Size { get; init; } = 10;
}

public sealed class QaSampleValidator : Validator<QaSampleRequest>
{
    public QaSampleValidator()
    {
        RuleFor(r => r.Size).InclusiveBetween(1, 100);
        RuleFor(r => r.From).Must((r, _) => Period(r).From < Period(r).To)
            .WithMessage(_ => Bilingual.Pick("from must be before to.", "开始时间（from）须早于结束时间（to）。"));
    }

    private KpiPeriod Period(QaSampleRequest r) => KpiPeriod.Of(r.From, r.To, Resolve<TimeProvider>().GetUtcNow());
}

/// <summary>
/// <c>GET /api/service/qa/sample?from=&amp;to=&amp;size=</c>: up to <c>size</c> responses of the period not yet reviewed,
/// drawn at random but repeatably (the same data gives the same sample), leaving out the caller's own responses, which
/// they may not review. Each names its inquiry and response number for <c>…/inquiries/{id}/reviews</c>.
/// </summary>
public sealed class QaSampleEndpoint(IServiceStore store, TimeProvider time) : Endpoint<QaSampleRequest, IReadOnlyList<ResponseAwaitingReview>>
{
    public override void Configure()
    {
        Get("/qa/sample");
        Group<ServiceGroup>();
        Roles(Role.Readers);
    }

    public override async Task HandleAsync(QaSampleRequest request, CancellationToken ct)
    {
        var period = KpiPeriod.Of(request.From, request.To, time.GetUtcNow());
        var caller = User.Identity?.Name ?? "";
        await using var session = store.QuerySession();
        var sample = await session.Query<ResponseAwaitingReview>()
            .Where(r => r.RespondedAt >= period.From && r.RespondedAt < period.To && r.RespondedBy != caller)
            .OrderBy(r => r.SampleKey).Take(request.Size).ToListAsync(ct);
        await Send.OkAsync(sample, ct);
    }
}
