using FastEndpoints;
using FluentValidation;
using Marten;
using Ops.Shared;
using Ops.Shared.Calendar;
using Ops.Shared.Http;
using Ops.Shared.Outcomes;
using Ops.Shared.Validation;
using Wolverine;

namespace Ops.Service.Complaints;

/// <summary>The customer who complains, and how to reach them.</summary>
public sealed record ComplaintCustomerRequest
{
    public string Name { get; init; } = "";

    /// <summary>How to reach the customer: an e-mail address, a phone number or the marketplace's messaging.</summary>
    public string Contact { get; init; } = "";
}

public sealed record RegisterComplaintRequest
{
    public Guid StoreId { get; init; }

    /// <summary>The marketplace's 2-letter code, e.g. US.</summary>
    public string Marketplace { get; init; } = "";

    public ComplaintCustomerRequest Customer { get; init; } = new();

    /// <summary>The marketplace's order number the complaint is about.</summary>
    public string OrderNumber { get; init; } = "";

    /// <summary>What the customer complains about, in their words.</summary>
    public string Problem { get; init; } = "";

    public ComplaintCategory? Category { get; init; }

    /// <summary>The SKU the complaint is about, if any.</summary>
    public string? Sku { get; init; }

    /// <summary>When the complaint arrived; now when not given, never in the future. The clocks start here.</summary>
    public DateTimeOffset? ReceivedAt { get; init; }

    public ComplaintIntake ToIntake(DateTimeOffset now) => new(StoreId, Marketplace,
        new ComplaintCustomer(Customer.Name.Trim(), Customer.Contact.Trim()), OrderNumber.Trim(), Problem.Trim(), Category,
        string.IsNullOrWhiteSpace(Sku) ? null : Sku.Trim(), (ReceivedAt ?? now).ToUniversalTime());
}

public sealed class ComplaintCustomerRequestValidator : AbstractValidator<ComplaintCustomerRequest>
{
    public ComplaintCustomerRequestValidator()
    {
        RuleFor(c => c.Name).NotEmpty().MaximumLength(200);
        RuleFor(c => c.Contact).NotEmpty().MaximumLength(200);
    }
}

public sealed class RegisterComplaintValidator : Validator<RegisterComplaintRequest>
{
    public const int MaxTextLength = 4_000;

    public RegisterComplaintValidator()
    {
        RuleFor(r => r.StoreId).NotEmpty();
        RuleFor(r => r.Marketplace).NotEmpty().Marketplace();
        RuleFor(r => r.Customer).NotNull().SetValidator(new ComplaintCustomerRequestValidator());
        RuleFor(r => r.OrderNumber).NotEmpty().MaximumLength(50);
        RuleFor(r => r.Problem).NotEmpty().MaximumLength(MaxTextLength);
        RuleFor(r => r.Category).IsInEnum();
        RuleFor(r => r.Sku).MaximumLength(64);
        RuleFor(r => r.ReceivedAt).Must(at => at <= Resolve<TimeProvider>().GetUtcNow()).When(r => r.ReceivedAt is not null)
            .WithMessage(_ => Bilingual.Pick("receivedAt cannot be in the future.", "接收时间不能晚于现在。"));
    }
}

public sealed record RegisterComplaint(Guid ComplaintId, ComplaintIntake Intake, IdempotencyKey? Idempotency);

/// <summary>
/// <c>POST /api/service/complaints</c>: a customer's complaint is registered (customer name and contact, order number and
/// problem required). Two clocks start at its receipt, in the store's business hours: escalation within
/// <c>complaintEscalationHours</c> and resolution within <c>complaintResolutionHours</c>; each warns at
/// <c>inquiryWarnAtPercent</c> and is breached when due. Published as <c>ComplaintRegistered</c>. A store service has not
/// heard of is refused (<c>complaint.store_must_exist</c>). Honours <c>Idempotency-Key</c>; answers 201 with <c>Location</c>.
/// </summary>
public sealed class RegisterComplaintEndpoint(IServiceStore store, IMessageBus bus, TimeProvider time) : Endpoint<RegisterComplaintRequest, ComplaintDetails>
{
    public override void Configure()
    {
        Post("/complaints");
        Group<ServiceGroup>();
        Roles(ComplaintRoles.Writers);
    }

    public override Task HandleAsync(RegisterComplaintRequest request, CancellationToken ct) =>
        this.CreateAsync<ComplaintDetails>(bus, store, request, "service.register-complaint",
            (id, key) => new RegisterComplaint(id, request.ToIntake(time.GetUtcNow()), key), id => $"/api/service/complaints/{id}", ct);
}

public static class RegisterComplaintHandler
{
    public static async Task<(Outcome, OutgoingMessages)> Handle(RegisterComplaint command, IDocumentSession session, ServiceSettings policy,
        IMessageContext context, TimeProvider time, CancellationToken ct)
    {
        if (await session.LoadAsync<StoreCalendarCopy>(command.Intake.StoreId, ct) is not { } calendar)
            return (new Outcome.Refused(ComplaintRules.StoreMustExist), []);

        var now = time.GetUtcNow();
        var decision = Complaint.Register(command.ComplaintId, command.Intake, calendar.ToWorkingCalendar(), policy, context.Actor(), now);
        var outcome = session.StartStream<Complaint>(command.ComplaintId, decision, command.Idempotency, now);
        var messages = ComplaintDeadlines.Schedule(outcome.Appended());
        foreach (var message in ComplaintAnnouncements.PublishedBy(null, outcome)) messages.Add(message);
        return (outcome, messages);
    }
}

/// <summary>Who works on complaints (service.md: owner roles <c>service</c>, <c>ops-manager</c>).</summary>
public static class ComplaintRoles
{
    public static readonly string[] Writers = [Role.Service, Role.OpsManager];
}
