using FastEndpoints;
using FluentValidation;
using Marten;
using Ops.Shared;
using Ops.Shared.Calendar;
using Ops.Shared.Http;
using Ops.Shared.Outcomes;
using Ops.Shared.Validation;
using Wolverine;

namespace Ops.Service.Inquiries;

/// <summary>The customer as the channel shows them; Amazon gives a relay address for the buyer.</summary>
public sealed record InquiryCustomerRequest
{
    public string Name { get; init; } = "";
    public string? Email { get; init; }
}

public sealed record ReceiveInquiryRequest
{
    public Guid StoreId { get; init; }

    /// <summary>The marketplace's 2-letter code, e.g. US.</summary>
    public string Marketplace { get; init; } = "";

    public InquiryChannel? Channel { get; init; }
    public InquiryCustomerRequest Customer { get; init; } = new();

    /// <summary>The marketplace's order number the inquiry is about, if any.</summary>
    public string? OrderNumber { get; init; }

    public string Subject { get; init; } = "";
    public string Body { get; init; } = "";
    public InquiryTopic? Topic { get; init; }

    /// <summary>The SKU the inquiry is about, if any.</summary>
    public string? Sku { get; init; }

    /// <summary>The customer's language as a language tag, e.g. en or de-DE.</summary>
    public string? Language { get; init; }

    /// <summary>When the customer's message arrived; now when not given, never in the future. The clocks start here.</summary>
    public DateTimeOffset? ReceivedAt { get; init; }

    public InquiryIntake ToIntake(DateTimeOffset now) => new(StoreId, Marketplace, Channel!.Value,
        new InquiryCustomer(Customer.Name.Trim(), Blank(Customer.Email)),
        new InquiryMessage(Subject.Trim(), Body.Trim(), Topic!.Value, Blank(OrderNumber), Blank(Sku), Blank(Language)),
        (ReceivedAt ?? now).ToUniversalTime());

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

public sealed class InquiryCustomerRequestValidator : AbstractValidator<InquiryCustomerRequest>
{
    public InquiryCustomerRequestValidator()
    {
        RuleFor(c => c.Name).NotEmpty().MaximumLength(200);
        RuleFor(c => c.Email).MaximumLength(200);
        RuleFor(c => c.Email).EmailAddress().When(c => !string.IsNullOrWhiteSpace(c.Email));
    }
}

public sealed class ReceiveInquiryValidator : Validator<ReceiveInquiryRequest>
{
    public const int MaxBodyLength = 10_000;

    public ReceiveInquiryValidator()
    {
        RuleFor(r => r.StoreId).NotEmpty();
        RuleFor(r => r.Marketplace).NotEmpty().Marketplace();
        RuleFor(r => r.Channel).NotNull().IsInEnum();
        RuleFor(r => r.Customer).NotNull().SetValidator(new InquiryCustomerRequestValidator());
        RuleFor(r => r.OrderNumber).MaximumLength(50);
        RuleFor(r => r.Subject).NotEmpty().MaximumLength(200);
        RuleFor(r => r.Body).NotEmpty().MaximumLength(MaxBodyLength);
        RuleFor(r => r.Topic).NotNull().IsInEnum();
        RuleFor(r => r.Sku).MaximumLength(64);
        RuleFor(r => r.Language).MaximumLength(35).Matches("^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$").When(r => !string.IsNullOrWhiteSpace(r.Language))
            .WithMessage(_ => Bilingual.Pick("A language is a language tag, e.g. en or de-DE.", "语言须为语言标签，例如 en 或 de-DE。"));
        RuleFor(r => r.ReceivedAt).Must(at => at <= Resolve<TimeProvider>().GetUtcNow()).When(r => r.ReceivedAt is not null)
            .WithMessage(_ => Bilingual.Pick("receivedAt cannot be in the future.", "接收时间不能晚于现在。"));
    }
}

public sealed record ReceiveInquiry(Guid InquiryId, InquiryIntake Intake, IdempotencyKey? Idempotency);

/// <summary>
/// <c>POST /api/service/inquiries</c>: a customer's message reaches service. Two clocks start at its receipt: our first
/// response within <c>inquiryResponseMinutes</c> of the store's business hours, and, for an Amazon buyer message, Amazon's
/// <c>amazonResponseHours</c> of calendar time; each warns at <c>inquiryWarnAtPercent</c> and is breached when due. A store
/// service has not heard of is refused (<c>inquiry.store_must_exist</c>). Honours <c>Idempotency-Key</c>; answers 201 with
/// <c>Location</c>.
/// </summary>
public sealed class ReceiveInquiryEndpoint(IServiceStore store, IMessageBus bus, TimeProvider time) : Endpoint<ReceiveInquiryRequest, InquiryDetails>
{
    public override void Configure()
    {
        Post("/inquiries");
        Group<ServiceGroup>();
        Roles(Role.Service, Role.OpsManager);
    }

    public override Task HandleAsync(ReceiveInquiryRequest request, CancellationToken ct) =>
        this.CreateAsync<InquiryDetails>(bus, store, request, "service.receive-inquiry",
            (id, key) => new ReceiveInquiry(id, request.ToIntake(time.GetUtcNow()), key), id => $"/api/service/inquiries/{id}", ct);
}

public static class ReceiveInquiryHandler
{
    public static async Task<(Outcome, OutgoingMessages)> Handle(ReceiveInquiry command, IDocumentSession session, ServiceSettings policy,
        IMessageContext context, TimeProvider time, CancellationToken ct)
    {
        if (await session.LoadAsync<StoreCalendarCopy>(command.Intake.StoreId, ct) is not { } calendar)
            return (new Outcome.Refused(InquiryRules.StoreMustExist), []);

        var now = time.GetUtcNow();
        var decision = Inquiry.Receive(command.InquiryId, command.Intake, calendar.ToWorkingCalendar(), policy, context.Actor(), now);
        var outcome = session.StartStream<Inquiry>(command.InquiryId, decision, command.Idempotency, now);
        return (outcome, InquiryDeadlines.Schedule(outcome.Appended()));
    }
}
