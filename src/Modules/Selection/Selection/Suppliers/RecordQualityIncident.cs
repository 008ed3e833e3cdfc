using FastEndpoints;
using FluentValidation;
using JasperFx.Events;
using Marten;
using Ops.Shared;
using Ops.Shared.Http;
using Ops.Shared.Outcomes;
using Ops.Shared.Settings;
using Wolverine;
using Wolverine.Marten;

namespace Ops.Selection.Suppliers;

public sealed record RecordQualityIncidentRequest
{
    public Guid Id { get; init; }
    public DateTimeOffset OccurredAt { get; init; }
    public string? Sku { get; init; }
    public string Description { get; init; } = "";
    public QualityIncidentSource? Source { get; init; }
}

public sealed class RecordQualityIncidentValidator : Validator<RecordQualityIncidentRequest>
{
    public RecordQualityIncidentValidator()
    {
        RuleFor(r => r.OccurredAt).NotEmpty()
            .Must(at => at <= Resolve<TimeProvider>().GetUtcNow())
            .WithMessage(_ => Bilingual.Pick("occurredAt cannot be in the future.", "发生时间不能晚于现在。"));
        RuleFor(r => r.Sku).MaximumLength(100);
        RuleFor(r => r.Description).NotEmpty().MaximumLength(2000);
        RuleFor(r => r.Source).NotNull().IsInEnum();
    }
}

public sealed record RecordQualityIncident(Guid SupplierId, QualityIncident Incident, long? ExpectedVersion);

/// <summary>
/// <c>POST /api/selection/suppliers/{id}/incidents</c>: a quality problem traced to the supplier (return, inspection,
/// complaint). Counts against its next evaluation and, in numbers, makes it due for re-evaluation.
/// </summary>
public sealed class RecordQualityIncidentEndpoint(ISelectionStore store, IMessageBus bus)
    : Endpoint<RecordQualityIncidentRequest, SupplierDetails>
{
    public override void Configure()
    {
        Post("/suppliers/{id}/incidents");
        Group<SelectionGroup>();
        Roles(Role.Product, Role.OpsManager, Role.Admin, Role.Logistics, Role.Service, Role.Integration);
    }

    public override async Task HandleAsync(RecordQualityIncidentRequest request, CancellationToken ct)
    {
        var incident = new QualityIncident(Guid.CreateVersion7(), request.OccurredAt.ToUniversalTime(), request.Sku?.Trim(),
            request.Description.Trim(), request.Source!.Value);
        await this.UpdateAsync<SupplierDetails>(bus, store, expected => new RecordQualityIncident(request.Id, incident, expected), ct);
    }
}

public static class RecordQualityIncidentHandler
{
    public static Outcome Handle(RecordQualityIncident command, [WriteAggregate(Required = false)] IEventStream<Supplier> supplier,
        SelectionSettings policy, IMessageContext context, TimeProvider time) =>
        supplier.Decide(command.SupplierId, command.ExpectedVersion,
            s => s.RecordQualityIncident(command.Incident, policy, context.Actor(), time.GetUtcNow()));
}
