using Marten;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Ops.Logistics.Contracts;
using Ops.Shared;
using Ops.Shared.Modules;
using Ops.Shared.Outcomes;
using Wolverine;

namespace Ops.Selection.Suppliers;

/// <summary>
/// Demo suppliers for <c>./ops run</c> (only when <see cref="ModuleSeeds.DemoDataKey"/> is on): one of each grade under
/// the default weights — A and B approved, C approved with conditions and due for review after three incidents, D
/// rejected, a second B suspended for late deliveries — with documents (one expiring within 30 days, so the warnings
/// list shows it, and in real time its warning fires), agreements, incidents and deliveries. Everything goes through the module's own commands and the
/// logistics message, so the records have ordinary events. Dates are relative to today. Ids are derived from names
/// and a supplier already on file is skipped whole, so re-running adds nothing.
/// </summary>
public sealed class SupplierDemoData(ISelectionStore store, IServiceScopeFactory scopes, TimeProvider time, ILogger<SupplierDemoData> logger)
    : IModuleSeed
{
    public const string Actor = Actors.Seed;

    public static Guid SupplierId(string key) => Id($"supplier.{key}");

    public async Task SeedAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var suppliers = Suppliers(DateOnly.FromDateTime(now.UtcDateTime), now).ToList();
        await using var session = store.QuerySession();
        var existing = (await session.LoadManyAsync<SupplierDetails>(ct, suppliers.Select(s => s.Id))).Select(s => s.Id).ToHashSet();

        await using var scope = scopes.CreateAsyncScope();
        var bus = scope.ServiceProvider.GetRequiredService<IMessageContext>();
        bus.UserName = Actor;
        var fresh = suppliers.Where(s => !existing.Contains(s.Id)).SelectMany(s => s.Commands).ToList();
        foreach (var command in fresh.Where(c => c is not PurchaseReceived)) await InvokeAsync(bus, command, ct);
        // Receipts last, published as logistics publishes them (listing hears of them too); handled in the background,
        // they must not race the commands above on the same supplier.
        foreach (var receipt in fresh.OfType<PurchaseReceived>()) await bus.PublishAsync(receipt);
        logger.LogInformation("Demo suppliers ready: {Count}", suppliers.Count);
    }

    private static async Task InvokeAsync(IMessageBus bus, object command, CancellationToken ct)
    {
        var outcome = await bus.InvokeAsync<Outcome>(command, ct);
        if (outcome is not Outcome.Accepted) throw new InvalidOperationException($"Demo supplier data: {command.GetType().Name} ended in {outcome}.");
    }

    /// <summary>Each supplier's life as the commands that lived it, in order. Weighted scores are under the default weights.</summary>
    private static IEnumerable<(Guid Id, object[] Commands)> Suppliers(DateOnly today, DateTimeOffset now)
    {
        var brightway = SupplierId("brightway");
        yield return (brightway, [
            Register(brightway, "Shenzhen Brightway Lighting Co., Ltd.", "CN", new("Chen Jing", "chen.jing@brightway.example", "+86 755 8800 1200"),
                30_000, Licence(brightway, "91440300MA5BRW001", today), Certificate(brightway, "ISO 9001", "CN-QMS-22310", today.AddYears(2))),
            Evaluate(brightway, new SupplierScores(95, 90, 85, 92, 80, 88, 85), "Audited on site; stable quality over two years"), // 88.05: A
            new ApproveSupplier(brightway, null),
            Agreement(brightway, 4.20m, leadTimeDays: 25, moq: 500, today),
            Delivery(brightway, 1, "BR-LAMP-01", expectedOn: today.AddDays(-75), receivedOn: today.AddDays(-76)),
            Delivery(brightway, 2, "BR-LAMP-01", expectedOn: today.AddDays(-45), receivedOn: today.AddDays(-45)),
            Delivery(brightway, 3, "BR-LAMP-02", expectedOn: today.AddDays(-12), receivedOn: today.AddDays(-13)),
            Incident(brightway, 1, now.AddDays(-20), "BR-LAMP-01", "Two lamps with loose switches in a return batch", QualityIncidentSource.Return),
        ]);

        var homecraft = SupplierId("homecraft");
        yield return (homecraft, [
            Register(homecraft, "Ningbo Homecraft Housewares Ltd.", "CN", new("Wang Fang", "sales@homecraft.example", null), 15_000,
                Licence(homecraft, "91330200MA2HCH002", today)),
            Evaluate(homecraft, new SupplierScores(80, 75, 70, 78, 72, 70, 65), "Good value; slower after-sales answers"), // 73.55: B
            new ApproveSupplier(homecraft, null),
            Agreement(homecraft, 2.85m, leadTimeDays: 30, moq: 1_000, today),
            Delivery(homecraft, 1, "HC-MAT-01", expectedOn: today.AddDays(-60), receivedOn: today.AddDays(-61)),
            Delivery(homecraft, 2, "HC-MAT-01", expectedOn: today.AddDays(-30), receivedOn: today.AddDays(-26)),
            Delivery(homecraft, 3, "HC-MAT-02", expectedOn: today.AddDays(-8), receivedOn: today.AddDays(-8)),
            // Filed last: its warning is already due, so its timer fires at once and must not race the commands above.
            new AddQualificationDocument(homecraft, Certificate(homecraft, "BSCI audit", "BSCI-DE-7781", today.AddDays(20)), null),
        ]);

        var greenweave = SupplierId("greenweave");
        yield return (greenweave, [
            Register(greenweave, "Hanoi Greenweave Textiles JSC", "VN", new("Nguyen Thi Lan", "lan.nguyen@greenweave.example", "+84 24 3555 0199"),
                8_000, Licence(greenweave, "0109876543", today)),
            Evaluate(greenweave, new SupplierScores(70, 65, 60, 62, 70, 55, 50), "Attractive prices; quality varies between batches"), // 62.25: C
            new ApproveSupplierConditionally(greenweave, "Third-party inspection of every batch for six months", null),
            Agreement(greenweave, 3.10m, leadTimeDays: 40, moq: 800, today),
            Delivery(greenweave, 1, "GW-TOTE-01", expectedOn: today.AddDays(-50), receivedOn: today.AddDays(-50)),
            Delivery(greenweave, 2, "GW-TOTE-01", expectedOn: today.AddDays(-25), receivedOn: today.AddDays(-19)),
            Delivery(greenweave, 3, "GW-TOTE-02", expectedOn: today.AddDays(-6), receivedOn: today.AddDays(-3)),
            Incident(greenweave, 1, now.AddDays(-40), "GW-TOTE-01", "Stitching came apart at the handle", QualityIncidentSource.Return),
            Incident(greenweave, 2, now.AddDays(-18), "GW-TOTE-01", "Colour differs from the approved sample", QualityIncidentSource.Inspection),
            Incident(greenweave, 3, now.AddDays(-2), "GW-TOTE-02", "Customer reports a chemical smell", QualityIncidentSource.Complaint),
        ]);

        var quickmold = SupplierId("quickmold");
        yield return (quickmold, [
            Register(quickmold, "Dongguan Quickmold Plastics Factory", "CN", new("Liu Yang", "liu.yang@quickmold.example", null), 50_000,
                Licence(quickmold, "91441900MA4QMP004", today)),
            Evaluate(quickmold, new SupplierScores(55, 45, 60, 40, 75, 50, 35), "Cheap, but no incoming-material inspection"), // 51.00: D
            new RejectSupplier(quickmold, "Failed the factory audit: no incoming-material inspection", null),
        ]);

        var packright = SupplierId("packright");
        yield return (packright, [
            Register(packright, "Yiwu Packright Packaging Co., Ltd.", "CN", new("Zhao Min", "zhao.min@packright.example", "+86 579 8555 3300"),
                40_000, Licence(packright, "91330782MA2PKR005", today), Certificate(packright, "FSC chain of custody", "FSC-C123456", today.AddYears(1))),
            Evaluate(packright, new SupplierScores(78, 72, 80, 74, 85, 60, 70), "Large capacity; lead times slip in peak season"), // 74.85: B
            new ApproveSupplier(packright, null),
            Agreement(packright, 0.35m, leadTimeDays: 15, moq: 5_000, today),
            Delivery(packright, 1, "PK-BOX-01", expectedOn: today.AddDays(-40), receivedOn: today.AddDays(-35)),
            Delivery(packright, 2, "PK-BOX-01", expectedOn: today.AddDays(-25), receivedOn: today.AddDays(-18)),
            Delivery(packright, 3, "PK-BOX-02", expectedOn: today.AddDays(-10), receivedOn: today.AddDays(-4)),
            new SuspendSupplier(packright, "Three late deliveries in a row; under investigation", null),
        ]);
    }

    private static Guid Id(string name) => DeterministicGuid.From($"ops.selection.demo.{name}");

    private static RegisterSupplier Register(Guid id, string name, string country, SupplierContact contact, int monthlyCapacityUnits,
        params QualificationDocument[] documents) =>
        new(id, name, contact, country, monthlyCapacityUnits, documents, null);

    private static QualificationDocument Licence(Guid supplierId, string number, DateOnly today) =>
        new(Id($"{supplierId}.licence"), QualificationDocumentKind.BusinessLicence, "Business licence", number, today.AddYears(-4), today.AddYears(6));

    private static QualificationDocument Certificate(Guid supplierId, string name, string number, DateOnly expiresOn) =>
        new(Id($"{supplierId}.certificate"), QualificationDocumentKind.Certification, name, number, expiresOn.AddYears(-3), expiresOn);

    private static EvaluateSupplier Evaluate(Guid supplierId, SupplierScores scores, string notes) =>
        new(supplierId, Id($"{supplierId}.evaluation"), scores, notes, null);

    private static SignSupplierAgreement Agreement(Guid supplierId, decimal unitPriceUsd, int leadTimeDays, int moq, DateOnly today) =>
        new(supplierId, new SupplierAgreement(Id($"{supplierId}.agreement"), "FOB port of loading, fixed for the term", new Money(unitPriceUsd, "USD"),
            leadTimeDays, moq, "30% deposit, 70% before shipment", "Defects above 1% replaced free of charge", today.AddDays(-90), today.AddDays(275)),
            null);

    private static RecordQualityIncident Incident(Guid supplierId, int n, DateTimeOffset occurredAt, string sku, string description,
        QualityIncidentSource source) =>
        new(supplierId, new QualityIncident(Id($"{supplierId}.incident.{n}"), occurredAt, sku, description, source), null);

    /// <summary>Received into the demo store's warehouse (the id organisation's seed derives from the same name).</summary>
    private static PurchaseReceived Delivery(Guid supplierId, int n, string sku, DateOnly expectedOn, DateOnly receivedOn) =>
        new(Id($"{supplierId}.receipt.{n}"), DeterministicGuid.From("ops.org.store.demo"), sku, supplierId, 1_000, 990, expectedOn, receivedOn,
            new DateTimeOffset(receivedOn.ToDateTime(new TimeOnly(15, 0)), TimeSpan.Zero));
}
