using FastEndpoints;
using FluentValidation;
using JasperFx.Events;
using Marten;
using Ops.Service.Answers;
using Ops.Shared;
using Ops.Shared.Http;
using Ops.Shared.Outcomes;
using Wolverine;
using Wolverine.Marten;

namespace Ops.Service.Inquiries;

public sealed record RespondToInquiryRequest
{
    public Guid Id { get; init; }

    /// <summary>What was said to the customer.</summary>
    public string Text { get; init; } = "";

    /// <summary>The approved standard answer the response uses, if any; its approved version is recorded.</summary>
    public Guid? AnswerId { get; init; }
}

public sealed class RespondToInquiryValidator : Validator<RespondToInquiryRequest>
{
    public RespondToInquiryValidator() => RuleFor(r => r.Text).NotEmpty().MaximumLength(ReceiveInquiryValidator.MaxBodyLength);
}

public sealed record RespondToInquiry(Guid InquiryId, string Text, Guid? AnswerId, long? ExpectedVersion);

/// <summary>
/// <c>POST /api/service/inquiries/{id}/responses</c>: a response, by the caller, now. The first since the inquiry arrived
/// (or was reopened) stops both clocks and records whether it came before each was due (published as
/// <c>InquiryResponded</c>); the timers still scheduled then change nothing. Later ones are added to the conversation and
/// change no deadline. A response may cite an approved standard answer (<c>answerId</c>; a draft, retired or unknown one
/// is refused: <c>inquiry.cited_answer_must_be_approved</c>). A resolved or closed inquiry is reopened first
/// (<c>inquiry.resolved_or_closed_cannot_be_answered</c>). Honours <c>If-Match</c>.
/// </summary>
public sealed class RespondToInquiryEndpoint(IServiceStore store, IMessageBus bus) : Endpoint<RespondToInquiryRequest, InquiryDetails>
{
    public override void Configure()
    {
        Post("/inquiries/{id}/responses");
        Group<ServiceGroup>();
        Roles(Role.Service, Role.OpsManager);
    }

    public override Task HandleAsync(RespondToInquiryRequest request, CancellationToken ct) =>
        this.UpdateAsync<InquiryDetails>(bus, store, expected => new RespondToInquiry(request.Id, request.Text.Trim(), request.AnswerId, expected), ct);
}

public static class RespondToInquiryHandler
{
    public static async Task<(Outcome, OutgoingMessages)> Handle(RespondToInquiry command,
        [WriteAggregate(Required = false)] IEventStream<Inquiry> inquiry, IDocumentSession session, IMessageContext context, TimeProvider time,
        CancellationToken ct)
    {
        var cited = command.AnswerId is { } answerId ? await session.LoadAsync<StandardAnswerDetails>(answerId, ct) : null;
        var outcome = inquiry.Decide(command.InquiryId, command.ExpectedVersion,
            i => i.Respond(command.Text, command.AnswerId is not null, cited?.Citation(), context.Actor(), time.GetUtcNow()));
        return (outcome, InquiryAnnouncements.PublishedBy(inquiry.Aggregate, outcome));
    }
}
