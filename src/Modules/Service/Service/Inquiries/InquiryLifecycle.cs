using FastEndpoints;
using FluentValidation;
using JasperFx.Events;
using Marten;
using Ops.Shared;
using Ops.Shared.Calendar;
using Ops.Shared.Http;
using Ops.Shared.Outcomes;
using Wolverine;
using Wolverine.Marten;

namespace Ops.Service.Inquiries;

// After the first response: resolved, closed, reopened when the customer writes again. Small use cases kept together.

public sealed record ResolveInquiryRequest
{
    public Guid Id { get; init; }

    /// <summary>How the customer's question was settled, if worth saying.</summary>
    public string? Note { get; init; }
}

public sealed class ResolveInquiryValidator : Validator<ResolveInquiryRequest>
{
    public ResolveInquiryValidator() => RuleFor(r => r.Note).MaximumLength(1_000);
}

public sealed record ResolveInquiry(Guid InquiryId, string? Note, long? ExpectedVersion);

/// <summary>
/// <c>POST /api/service/inquiries/{id}/resolve</c>: the customer's question is settled. Only an answered inquiry
/// (<c>inquiry.unanswered_cannot_be_resolved</c>), never a closed one (<c>inquiry.closed_cannot_be_resolved</c>); again
/// changes nothing. Honours <c>If-Match</c>.
/// </summary>
public sealed class ResolveInquiryEndpoint(IServiceStore store, IMessageBus bus) : Endpoint<ResolveInquiryRequest, InquiryDetails>
{
    public override void Configure()
    {
        Post("/inquiries/{id}/resolve");
        Group<ServiceGroup>();
        Roles(Role.Service, Role.OpsManager);
    }

    public override Task HandleAsync(ResolveInquiryRequest request, CancellationToken ct) =>
        this.UpdateAsync<InquiryDetails>(bus, store,
            expected => new ResolveInquiry(request.Id, string.IsNullOrWhiteSpace(request.Note) ? null : request.Note.Trim(), expected), ct);
}

public static class ResolveInquiryHandler
{
    public static Outcome Handle(ResolveInquiry command, [WriteAggregate(Required = false)] IEventStream<Inquiry> inquiry,
        IMessageContext context, TimeProvider time) =>
        inquiry.Decide(command.InquiryId, command.ExpectedVersion, i => i.Resolve(command.Note, context.Actor(), time.GetUtcNow()));
}

public sealed record CloseInquiry(Guid InquiryId, long? ExpectedVersion);

/// <summary>
/// <c>POST /api/service/inquiries/{id}/close</c>: nothing more is expected. Only a resolved inquiry
/// (<c>inquiry.must_be_resolved_before_closing</c>); again changes nothing. Honours <c>If-Match</c>.
/// </summary>
public sealed class CloseInquiryEndpoint(IServiceStore store, IMessageBus bus) : Endpoint<RecordRequest, InquiryDetails>
{
    public override void Configure()
    {
        Post("/inquiries/{id}/close");
        Group<ServiceGroup>();
        Roles(Role.Service, Role.OpsManager);
    }

    public override Task HandleAsync(RecordRequest request, CancellationToken ct) =>
        this.UpdateAsync<InquiryDetails>(bus, store, expected => new CloseInquiry(request.Id, expected), ct);
}

public static class CloseInquiryHandler
{
    public static Outcome Handle(CloseInquiry command, [WriteAggregate(Required = false)] IEventStream<Inquiry> inquiry,
        IMessageContext context, TimeProvider time) =>
        inquiry.Decide(command.InquiryId, command.ExpectedVersion, i => i.Close(context.Actor(), time.GetUtcNow()));
}

public sealed record ReopenInquiryRequest
{
    public Guid Id { get; init; }

    /// <summary>What the customer wrote this time.</summary>
    public string Message { get; init; } = "";

    /// <summary>When the customer's new message arrived; now when not given, never in the future. The new clocks start here.</summary>
    public DateTimeOffset? ReceivedAt { get; init; }
}

public sealed class ReopenInquiryValidator : Validator<ReopenInquiryRequest>
{
    public ReopenInquiryValidator()
    {
        RuleFor(r => r.Message).NotEmpty().MaximumLength(ReceiveInquiryValidator.MaxBodyLength);
        RuleFor(r => r.ReceivedAt).Must(at => at <= Resolve<TimeProvider>().GetUtcNow()).When(r => r.ReceivedAt is not null)
            .WithMessage(_ => Bilingual.Pick("receivedAt cannot be in the future.", "接收时间不能晚于现在。"));
    }
}

public sealed record ReopenInquiry(Guid InquiryId, string Message, DateTimeOffset ReceivedAt, long? ExpectedVersion);

/// <summary>
/// <c>POST /api/service/inquiries/{id}/reopen</c>: the customer wrote again about a resolved or closed inquiry
/// (<c>inquiry.only_resolved_or_closed_can_be_reopened</c>). It is open again, and a new pair of first-response clocks
/// runs from the message's arrival exactly as for a new inquiry: warned at <c>inquiryWarnAtPercent</c>, breached when due
/// (published as <c>ResponseSlaBreached</c>), stopped by the next response. Honours <c>If-Match</c>.
/// </summary>
public sealed class ReopenInquiryEndpoint(IServiceStore store, IMessageBus bus, TimeProvider time) : Endpoint<ReopenInquiryRequest, InquiryDetails>
{
    public override void Configure()
    {
        Post("/inquiries/{id}/reopen");
        Group<ServiceGroup>();
        Roles(Role.Service, Role.OpsManager);
    }

    public override Task HandleAsync(ReopenInquiryRequest request, CancellationToken ct) =>
        this.UpdateAsync<InquiryDetails>(bus, store, expected => new ReopenInquiry(request.Id, request.Message.Trim(),
            (request.ReceivedAt ?? time.GetUtcNow()).ToUniversalTime(), expected), ct);
}

public static class ReopenInquiryHandler
{
    public static async Task<(Outcome, OutgoingMessages)> Handle(ReopenInquiry command, [WriteAggregate(Required = false)] IEventStream<Inquiry> inquiry,
        IDocumentSession session, ServiceSettings policy, IMessageContext context, TimeProvider time, CancellationToken ct)
    {
        var calendar = inquiry.Aggregate is { } known ? await session.LoadAsync<StoreCalendarCopy>(known.StoreId, ct) : null;
        var outcome = inquiry.Decide(command.InquiryId, command.ExpectedVersion, i => calendar is null
            ? InquiryRules.StoreMustExist
            : i.Reopen(command.Message, command.ReceivedAt, calendar.ToWorkingCalendar(), policy, context.Actor(), time.GetUtcNow()));
        return (outcome, InquiryDeadlines.Schedule(outcome.Appended()));
    }
}
