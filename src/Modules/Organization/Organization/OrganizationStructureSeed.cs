using Marten;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Ops.Organization.Departments;
using Ops.Organization.Positions;
using Ops.Organization.Stores;
using Ops.Shared;
using Ops.Shared.Modules;
using Ops.Shared.Outcomes;
using Wolverine;

namespace Ops.Organization;

/// <summary>
/// What every database needs before anyone can work (organization.md, seed data): the demo store with the US federal
/// holidays of 2026 and 2027, the policy's departments and its positions with their roles and duties (seed 000 §2,
/// seed 001 组织架构, in English). Runs on every start; ids are derived from names, so records that exist are left alone.
/// </summary>
public sealed class OrganizationStructureSeed(IOrganizationStore store, IServiceScopeFactory scopes, TimeProvider time,
    ILogger<OrganizationStructureSeed> logger) : IModuleSeed
{
    public static readonly Guid DemoStoreId = DeterministicGuid.From("ops.org.store.demo");

    public static Guid DepartmentId(string code) => DeterministicGuid.From($"ops.org.department.{code}");

    public static Guid PositionId(string key) => DeterministicGuid.From($"ops.org.position.{key}");

    private static readonly IReadOnlyList<(string Code, string Name)> Departments =
    [
        ("operations", "Operations"),
        ("product", "Product"),
        ("sales-listing", "Sales & Listing"),
        ("customer-service", "Customer Service"),
        ("logistics", "Logistics"),
        ("marketing", "Marketing"),
        ("finance", "Finance"),
        ("training", "Training"),
    ];

    private static readonly IReadOnlyList<(string Key, PositionDefinition Definition)> Positions =
    [
        ("operations-manager", new("Operations Manager", DepartmentId("operations"), [Role.OpsManager], null,
            "Sets the overall Amazon operations strategy and plan and leads their execution. Monitors the store's data and market "
            + "trends and adjusts the strategy so business targets are met. Coordinates the departments and solves problems that "
            + "arise in operations. Keeps in touch with Amazon and keeps operations compliant as platform policies change. Trains "
            + "and coaches the team.")),
        ("product-manager", new("Product Manager", DepartmentId("product"), [Role.Product], PositionId("operations-manager"),
            "Selects, develops and improves products and plans their promotion from market demand and competition. Collects and "
            + "analyses product data to judge market potential and support product decisions. Works with suppliers to secure "
            + "quality and a steady supply. Follows product sales and adjusts the product strategy to stay competitive.")),
        ("sales-listing-operator", new("Sales/Listing Operator", DepartmentId("sales-listing"), [Role.Listing], PositionId("operations-manager"),
            "Sells the products on Amazon to a sales plan. Optimises listings to raise exposure and conversion and meet sales "
            + "targets. Analyses competitors' sales tactics and responds in time to grow market share. Handles customers' "
            + "questions about orders and keeps good customer relations.")),
        ("customer-service-agent", new("Customer Service Agent", DepartmentId("customer-service"), [Role.Service], PositionId("operations-manager"),
            "Handles customers' enquiries, complaints and after-sales issues on Amazon, answering messages promptly and resolving "
            + "problems to keep customers satisfied. Collects customer feedback and passes needs and suggestions on to improve "
            + "products and operations. Helps sales resolve order problems so orders complete smoothly.")),
        ("logistics-specialist", new("Logistics Specialist", DepartmentId("logistics"), [Role.Logistics], PositionId("operations-manager"),
            "Ships Amazon orders through suitable carriers so goods reach customers on time and intact. Monitors shipments and "
            + "handles exceptions such as delays and lost parcels. Works with logistics providers to lower cost and raise "
            + "efficiency. Manages inventory and plans replenishment from sales and stock turnover so stock is sufficient but not "
            + "excessive.")),
        ("finance-specialist", new("Finance Specialist", DepartmentId("finance"), [Role.Finance], PositionId("operations-manager"),
            "Keeps the accounts and prepares the reports of the Amazon business, recording revenue, costs and expenses "
            + "accurately. Analyses financial data for cost control and profit analysis to support operating decisions. Files and "
            + "pays taxes so the company stays compliant. Helps draw up the budget, monitors its execution and corrects deviations.")),
        ("trainer", new("Trainer", DepartmentId("training"), [Role.Trainer], PositionId("operations-manager"),
            "Draws up the annual training plan from the needs of each position and of the business: product knowledge, operating "
            + "skills, communication and teamwork. Runs internal courses and arranges external training and hands-on practice. "
            + "Supports each employee's career path with individual coaching.")),
        ("staff", new("Staff", DepartmentId("operations"), [Role.Staff], PositionId("operations-manager"),
            "Carries out the tasks of the position by its operating procedures, such as listing products, processing orders, "
            + "serving customers and handling shipments. Reports problems met at work promptly and helps the supervisor meet the "
            + "targets. Keeps learning to improve skills and service.")),
    ];

    /// <summary>US federal holidays as observed (a Saturday holiday is taken on the Friday, a Sunday one on the Monday).</summary>
    private static readonly IReadOnlyList<Holiday> UsFederalHolidays2026And2027 =
    [
        new(new DateOnly(2026, 1, 1), "New Year's Day"),
        new(new DateOnly(2026, 1, 19), "Birthday of Martin Luther King, Jr."),
        new(new DateOnly(2026, 2, 16), "Washington's Birthday"),
        new(new DateOnly(2026, 5, 25), "Memorial Day"),
        new(new DateOnly(2026, 6, 19), "Juneteenth National Independence Day"),
        new(new DateOnly(2026, 7, 3), "Independence Day (observed)"),
        new(new DateOnly(2026, 9, 7), "Labor Day"),
        new(new DateOnly(2026, 10, 12), "Columbus Day"),
        new(new DateOnly(2026, 11, 11), "Veterans Day"),
        new(new DateOnly(2026, 11, 26), "Thanksgiving Day"),
        new(new DateOnly(2026, 12, 25), "Christmas Day"),
        new(new DateOnly(2027, 1, 1), "New Year's Day"),
        new(new DateOnly(2027, 1, 18), "Birthday of Martin Luther King, Jr."),
        new(new DateOnly(2027, 2, 15), "Washington's Birthday"),
        new(new DateOnly(2027, 5, 31), "Memorial Day"),
        new(new DateOnly(2027, 6, 18), "Juneteenth National Independence Day (observed)"),
        new(new DateOnly(2027, 7, 5), "Independence Day (observed)"),
        new(new DateOnly(2027, 9, 6), "Labor Day"),
        new(new DateOnly(2027, 10, 11), "Columbus Day"),
        new(new DateOnly(2027, 11, 11), "Veterans Day"),
        new(new DateOnly(2027, 11, 25), "Thanksgiving Day"),
        new(new DateOnly(2027, 12, 24), "Christmas Day (observed)"),
        new(new DateOnly(2027, 12, 31), "New Year's Day 2028 (observed)"),
    ];

    public async Task SeedAsync(CancellationToken ct)
    {
        await using var session = store.LightweightSession();
        session.LastModifiedBy = OrganizationSeed.Actor;
        var (by, now) = (OrganizationSeed.Actor, time.GetUtcNow());

        if (await session.LoadAsync<StoreView>(DemoStoreId, ct) is null) await RegisterDemoStoreAsync(ct);

        var departments = (await session.LoadManyAsync<DepartmentView>(ct, Departments.Select(d => DepartmentId(d.Code)))).Select(d => d.Id).ToHashSet();
        foreach (var (code, name) in Departments.Where(d => !departments.Contains(DepartmentId(d.Code))))
            session.Events.StartStream<Department>(DepartmentId(code), new DepartmentCreated(DepartmentId(code), code, name, null, by, now));

        var positions = (await session.LoadManyAsync<PositionView>(ct, Positions.Select(p => PositionId(p.Key)))).Select(p => p.Id).ToHashSet();
        foreach (var (key, definition) in Positions.Where(p => !positions.Contains(PositionId(p.Key))))
            session.Events.StartStream<Position>(PositionId(key), new PositionCreated(PositionId(key), definition, by, now));

        await session.SaveChangesAsync(ct);
        logger.LogInformation("Organisation structure ready: demo store, {Departments} departments, {Positions} positions",
            Departments.Count, Positions.Count);
    }

    /// <summary>Through the real command, so every module that keeps the store's calendar hears of it.</summary>
    private async Task RegisterDemoStoreAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var bus = scope.ServiceProvider.GetRequiredService<IMessageContext>();
        bus.UserName = OrganizationSeed.Actor;
        var outcome = await bus.InvokeAsync<Outcome>(new RegisterStore(DemoStoreId,
            new StoreDetails("US", "Ops Demo Store", "USD", BusinessHours.NineToSix),
            StoreCalendar.Of(StoreCalendar.DefaultTimeZone, [DayOfWeek.Saturday, DayOfWeek.Sunday], UsFederalHolidays2026And2027), null), ct);
        if (outcome is not Outcome.Accepted) throw new InvalidOperationException($"Seeding the demo store ended in {outcome}.");
    }
}
