using FastEndpoints;
using FluentValidation;
using JasperFx.Events;
using Marten;
using Ops.Shared;
using Ops.Shared.Calendar;
using Ops.Shared.Http;
using Ops.Shared.Outcomes;
using Ops.Shared.Validation;
using Wolverine;
using Wolverine.Marten;

namespace Ops.Logistics.Warehouses;

/// <summary>The fields of a warehouse a person writes, at registration and on every change.</summary>
public interface IWarehouseFields
{
    string Name { get; }
    WarehouseType? Type { get; }
    Guid StoreId { get; }
    string Country { get; }
    string TimeZone { get; }
}

public static class WarehouseFields
{
    public static WarehouseProfile ToProfile(this IWarehouseFields fields) =>
        new(fields.Name.Trim(), fields.Type!.Value, fields.StoreId, fields.Country, fields.TimeZone);
}

public abstract class WarehouseFieldsValidator<T> : Validator<T> where T : class, IWarehouseFields
{
    protected WarehouseFieldsValidator()
    {
        RuleFor(r => r.Name).NotEmpty().MaximumLength(200);
        RuleFor(r => r.Type).NotNull().IsInEnum();
        RuleFor(r => r.StoreId).NotEmpty();
        RuleFor(r => r.Country).Country();
        RuleFor(r => r.TimeZone).IanaTimeZone();
    }
}

public sealed record RegisterWarehouseRequest : IWarehouseFields
{
    /// <summary>Short, unique and fixed once registered, e.g. <c>FBA-ONT8</c> or <c>SZ-OWN-1</c>.</summary>
    public string Code { get; init; } = "";
    public string Name { get; init; } = "";
    public WarehouseType? Type { get; init; }
    public Guid StoreId { get; init; }
    public string Country { get; init; } = "";
    public string TimeZone { get; init; } = "";
}

public sealed class RegisterWarehouseValidator : WarehouseFieldsValidator<RegisterWarehouseRequest>
{
    public RegisterWarehouseValidator() =>
        RuleFor(r => r.Code).NotEmpty().MaximumLength(30).Matches("^[A-Z0-9][A-Z0-9-]*$").WithMessage(_ => Bilingual.Pick(
            "Code is upper-case letters, digits and hyphens, e.g. FBA-ONT8.", "代码由大写字母、数字和连字符组成，例如 FBA-ONT8。"));
}

public sealed record RegisterWarehouse(Guid WarehouseId, string Code, WarehouseProfile Profile, IdempotencyKey? Idempotency);

/// <summary><c>POST /api/logistics/warehouses</c> by <c>logistics</c> or <c>ops-manager</c>.</summary>
public sealed class RegisterWarehouseEndpoint(ILogisticsStore store, IMessageBus bus) : Endpoint<RegisterWarehouseRequest, WarehouseView>
{
    public override void Configure()
    {
        Post("/warehouses");
        Group<LogisticsGroup>();
        Roles(Role.Logistics, Role.OpsManager);
    }

    public override Task HandleAsync(RegisterWarehouseRequest request, CancellationToken ct) =>
        this.CreateAsync<WarehouseView>(bus, store, request, "logistics.register-warehouse",
            (id, key) => new RegisterWarehouse(id, request.Code, request.ToProfile(), key), id => $"/api/logistics/warehouses/{id}", ct);
}

public static class RegisterWarehouseHandler
{
    public static async Task<Outcome> Handle(RegisterWarehouse command, IDocumentSession session, IMessageContext context, TimeProvider time)
    {
        var codeTaken = await session.Query<WarehouseView>().AnyAsync(w => w.Code == command.Code);
        var storeKnown = await session.LoadAsync<StoreCalendarCopy>(command.Profile.StoreId) is not null;
        var now = time.GetUtcNow();
        return session.StartStream<Warehouse>(command.WarehouseId,
            Warehouse.Register(command.WarehouseId, command.Code, command.Profile, codeTaken, storeKnown, context.Actor(), now),
            command.Idempotency, now);
    }
}

public sealed record ChangeWarehouseRequest : IWarehouseFields
{
    public Guid Id { get; init; }
    public string Name { get; init; } = "";
    public WarehouseType? Type { get; init; }
    public Guid StoreId { get; init; }
    public string Country { get; init; } = "";
    public string TimeZone { get; init; } = "";
}

public sealed class ChangeWarehouseValidator : WarehouseFieldsValidator<ChangeWarehouseRequest>;

public sealed record ChangeWarehouse(Guid WarehouseId, WarehouseProfile Profile, long? ExpectedVersion);

/// <summary><c>PUT /api/logistics/warehouses/{id}</c>: name, kind, country and time zone (the store stays).</summary>
public sealed class ChangeWarehouseEndpoint(ILogisticsStore store, IMessageBus bus) : Endpoint<ChangeWarehouseRequest, WarehouseView>
{
    public override void Configure()
    {
        Put("/warehouses/{id}");
        Group<LogisticsGroup>();
        Roles(Role.Logistics, Role.OpsManager);
    }

    public override Task HandleAsync(ChangeWarehouseRequest request, CancellationToken ct) =>
        this.UpdateAsync<WarehouseView>(bus, store, expected => new ChangeWarehouse(request.Id, request.ToProfile(), expected), ct);
}

public static class ChangeWarehouseHandler
{
    public static Outcome Handle(ChangeWarehouse command, [WriteAggregate(Required = false)] IEventStream<Warehouse> stream,
        IMessageContext context, TimeProvider time) =>
        stream.Decide(command.WarehouseId, command.ExpectedVersion, w => w.Change(command.Profile, context.Actor(), time.GetUtcNow()));
}

public sealed record CloseWarehouse(Guid WarehouseId, string Reason, long? ExpectedVersion);

/// <summary><c>POST /api/logistics/warehouses/{id}/close</c>: takes no more stock until reopened.</summary>
public sealed class CloseWarehouseEndpoint(ILogisticsStore store, IMessageBus bus) : Endpoint<ReasonRequest, WarehouseView>
{
    public override void Configure()
    {
        Post("/warehouses/{id}/close");
        Group<LogisticsGroup>();
        Roles(Role.Logistics, Role.OpsManager);
        Validator<ReasonValidator>();
    }

    public override Task HandleAsync(ReasonRequest request, CancellationToken ct) =>
        this.UpdateAsync<WarehouseView>(bus, store, expected => new CloseWarehouse(request.Id, request.Reason.Trim(), expected), ct);
}

public static class CloseWarehouseHandler
{
    public static Outcome Handle(CloseWarehouse command, [WriteAggregate(Required = false)] IEventStream<Warehouse> stream,
        IMessageContext context, TimeProvider time) =>
        stream.Decide(command.WarehouseId, command.ExpectedVersion, w => w.Close(command.Reason, context.Actor(), time.GetUtcNow()));
}

public sealed record ReopenWarehouse(Guid WarehouseId, string Reason, long? ExpectedVersion);

/// <summary><c>POST /api/logistics/warehouses/{id}/reopen</c>.</summary>
public sealed class ReopenWarehouseEndpoint(ILogisticsStore store, IMessageBus bus) : Endpoint<ReasonRequest, WarehouseView>
{
    public override void Configure()
    {
        Post("/warehouses/{id}/reopen");
        Group<LogisticsGroup>();
        Roles(Role.Logistics, Role.OpsManager);
        Validator<ReasonValidator>();
    }

    public override Task HandleAsync(ReasonRequest request, CancellationToken ct) =>
        this.UpdateAsync<WarehouseView>(bus, store, expected => new ReopenWarehouse(request.Id, request.Reason.Trim(), expected), ct);
}

public static class ReopenWarehouseHandler
{
    public static Outcome Handle(ReopenWarehouse command, [WriteAggregate(Required = false)] IEventStream<Warehouse> stream,
        IMessageContext context, TimeProvider time) =>
        stream.Decide(command.WarehouseId, command.ExpectedVersion, w => w.Reopen(command.Reason, context.Actor(), time.GetUtcNow()));
}
