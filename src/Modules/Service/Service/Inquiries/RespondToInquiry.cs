using FastEndpoints;
using FluentValidation;
using JasperFx.Events;
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
}

public sealed class RespondToInquiryValidator : Validator<RespondToInquiryRequest>
{
    public RespondToInquiryValidator() => RuleFor(r => r.Text).NotEmpty().MaximumLength(ReceiveInquiryValidator.MaxBodyLength);
}

public sealed record RespondToInquiry(Guid InquiryId, string Text, long? ExpectedVersion);

/// <summary>
/// <c>POST /api/service/inquiries/{id}/responses</c>: the first response, by the caller, now. It stops both clocks and
/// records whether it came before each was due (published as <c>InquiryResponded</c>); the timers still scheduled then change nothing. An inquiry answered
/// already is refused (<c>inquiry.already_responded</c>). Honours <c>If-Match</c>.
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
        this.UpdateAsync<InquiryDetails>(bus, store, expected => new RespondToInquiry(request.Id, request.Text.Trim(), expected), ct);
}

public static class RespondToInquiryHandler
{
    public static (Outcome, OutgoingMessages) Handle(RespondToInquiry command, [WriteAggregate(Required = false)] IEventStream<Inquiry> inquiry,
        IMessageContext context, TimeProvider time)
    {
        var outcome = inquiry.Decide(command.InquiryId, command.ExpectedVersion, i => i.Respond(command.Text, context.Actor(), time.GetUtcNow()));
        return (outcome, InquiryAnnouncements.PublishedBy(inquiry.Aggregate, outcome));
    }
}
