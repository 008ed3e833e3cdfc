using FastEndpoints;
using FluentValidation;
using JasperFx.Events;
using Marten;
using Ops.Service.Inquiries;
using Ops.Shared;
using Ops.Shared.Http;
using Ops.Shared.Outcomes;
using Wolverine;
using Wolverine.Marten;

namespace Ops.Service.Answers;

/// <summary>The words of a new standard answer.</summary>
public sealed record DraftStandardAnswerRequest
{
    /// <summary>The customer's question, as customers ask it.</summary>
    public string Question { get; init; } = "";

    /// <summary>The inquiry topic the question belongs to.</summary>
    public InquiryTopic? Category { get; init; }

    /// <summary>The answer sent to customers, in English.</summary>
    public string EnglishText { get; init; } = "";

    /// <summary>The same answer in Chinese, for the team.</summary>
    public string ChineseText { get; init; } = "";

    public StandardAnswerContent ToContent() => new(Question.Trim(), Category!.Value, EnglishText.Trim(), ChineseText.Trim());
}

/// <summary>The new words of a standard answer (the same shape as a draft's).</summary>
public sealed record EditStandardAnswerRequest
{
    public Guid Id { get; init; }

    /// <summary>The customer's question, as customers ask it.</summary>
    public string Question { get; init; } = "";

    /// <summary>The inquiry topic the question belongs to.</summary>
    public InquiryTopic? Category { get; init; }

    /// <summary>The answer sent to customers, in English.</summary>
    public string EnglishText { get; init; } = "";

    /// <summary>The same answer in Chinese, for the team.</summary>
    public string ChineseText { get; init; } = "";

    public StandardAnswerContent ToContent() => new(Question.Trim(), Category!.Value, EnglishText.Trim(), ChineseText.Trim());
}

public static class StandardAnswerLimits
{
    public const int MaxQuestionLength = 500, MaxTextLength = 4_000;
}

public sealed class DraftStandardAnswerValidator : Validator<DraftStandardAnswerRequest>
{
    public DraftStandardAnswerValidator()
    {
        RuleFor(r => r.Question).NotEmpty().MaximumLength(StandardAnswerLimits.MaxQuestionLength);
        RuleFor(r => r.Category).NotNull().IsInEnum();
        RuleFor(r => r.EnglishText).NotEmpty().MaximumLength(StandardAnswerLimits.MaxTextLength);
        RuleFor(r => r.ChineseText).NotEmpty().MaximumLength(StandardAnswerLimits.MaxTextLength);
    }
}

public sealed class EditStandardAnswerValidator : Validator<EditStandardAnswerRequest>
{
    public EditStandardAnswerValidator()
    {
        RuleFor(r => r.Question).NotEmpty().MaximumLength(StandardAnswerLimits.MaxQuestionLength);
        RuleFor(r => r.Category).NotNull().IsInEnum();
        RuleFor(r => r.EnglishText).NotEmpty().MaximumLength(StandardAnswerLimits.MaxTextLength);
        RuleFor(r => r.ChineseText).NotEmpty().MaximumLength(StandardAnswerLimits.MaxTextLength);
    }
}

public sealed record DraftStandardAnswer(Guid AnswerId, StandardAnswerContent Content, IdempotencyKey? Idempotency);

/// <summary>
/// <c>POST /api/service/answers</c>: a new standard answer, drafted as version 1; responses may cite it once the
/// operations manager approves it. Honours <c>Idempotency-Key</c>; answers 201 with <c>Location</c>.
/// </summary>
public sealed class DraftStandardAnswerEndpoint(IServiceStore store, IMessageBus bus) : Endpoint<DraftStandardAnswerRequest, StandardAnswerDetails>
{
    public override void Configure()
    {
        Post("/answers");
        Group<ServiceGroup>();
        Roles(Role.Service, Role.OpsManager);
    }

    public override Task HandleAsync(DraftStandardAnswerRequest request, CancellationToken ct) =>
        this.CreateAsync<StandardAnswerDetails>(bus, store, request, "service.draft-answer",
            (id, key) => new DraftStandardAnswer(id, request.ToContent(), key), id => $"/api/service/answers/{id}", ct);
}

public static class DraftStandardAnswerHandler
{
    public static Outcome Handle(DraftStandardAnswer command, IDocumentSession session, IMessageContext context, TimeProvider time)
    {
        var now = time.GetUtcNow();
        return session.StartStream<StandardAnswer>(command.AnswerId, StandardAnswer.Create(command.AnswerId, command.Content, context.Actor(), now),
            command.Idempotency, now);
    }
}

public sealed record EditStandardAnswer(Guid StandardAnswerId, StandardAnswerContent Content, long? ExpectedVersion);

/// <summary>
/// <c>PUT /api/service/answers/{id}</c>: new words for the answer. A draft is changed in place; an approved answer gets a
/// new draft version (<c>pendingDraft</c>) while the approved version stays citable until the new one is approved. A
/// retired answer is refused (<c>answer.retired_cannot_be_edited</c>). Honours <c>If-Match</c>.
/// </summary>
public sealed class EditStandardAnswerEndpoint(IServiceStore store, IMessageBus bus) : Endpoint<EditStandardAnswerRequest, StandardAnswerDetails>
{
    public override void Configure()
    {
        Put("/answers/{id}");
        Group<ServiceGroup>();
        Roles(Role.Service, Role.OpsManager);
    }

    public override Task HandleAsync(EditStandardAnswerRequest request, CancellationToken ct) =>
        this.UpdateAsync<StandardAnswerDetails>(bus, store, expected => new EditStandardAnswer(request.Id, request.ToContent(), expected), ct);
}

public static class EditStandardAnswerHandler
{
    public static Outcome Handle(EditStandardAnswer command, [WriteAggregate(Required = false)] IEventStream<StandardAnswer> answer,
        IMessageContext context, TimeProvider time) =>
        answer.Decide(command.StandardAnswerId, command.ExpectedVersion, a => a.Edit(command.Content, context.Actor(), time.GetUtcNow()));
}
