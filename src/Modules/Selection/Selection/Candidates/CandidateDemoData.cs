using Marten;
using Microsoft.Extensions.DependencyInjection;
using Ops.Selection.Suppliers;
using Ops.Shared;
using Ops.Shared.Modules;
using Ops.Shared.Outcomes;
using Wolverine;

namespace Ops.Selection.Candidates;

/// <summary>
/// Demo candidates (<c>./ops run</c>), one in every stage, and the two approved suppliers their quotes come from. Goes
/// through the module's own commands, so the records have ordinary events (and the approval its <c>ProductApproved</c>).
/// Ids are derived from names: a supplier is taken as far as it still needs to go, a candidate that exists is left alone.
/// </summary>
public sealed class CandidateDemoData(IServiceScopeFactory scopes, ISelectionStore store, TimeProvider time) : IModuleSeed
{
    public const string Actor = Actors.Seed;

    private static Guid SupplierId(string key) => DeterministicGuid.From($"ops.selection.demo.supplier.{key}");

    public static Guid CandidateId(CandidateStage stage) => DeterministicGuid.From($"ops.selection.demo.candidate.{stage}");

    private static readonly IReadOnlyList<(string Key, string Name, string Country, SupplierScores Scores)> Suppliers =
    [
        ("ningbo-homeware", "Ningbo Homeware Co.", "CN", new(92, 90, 88, 91, 86, 90, 89)),
        ("dongguan-precision", "Dongguan Precision Plastics", "CN", new(80, 78, 75, 74, 82, 70, 72)),
    ];

    private static readonly IReadOnlyList<(CandidateStage Stage, string Name, string Category, decimal Price, string Supplier)> Candidates =
    [
        (CandidateStage.Proposed, "Collapsible silicone lunch box", "Home & Kitchen", 24.99m, "ningbo-homeware"),
        (CandidateStage.Screened, "Bamboo desk cable organiser", "Office Products", 19.99m, "ningbo-homeware"),
        (CandidateStage.Sourcing, "Magnetic car phone mount", "Electronics", 22.99m, "dongguan-precision"),
        (CandidateStage.Sampling, "Non-slip stainless pet bowl set", "Pet Supplies", 27.99m, "ningbo-homeware"),
        (CandidateStage.Approved, "Dimmable LED reading lamp", "Home & Kitchen", 34.99m, "dongguan-precision"),
        (CandidateStage.Rejected, "Inflatable travel neck pillow", "Travel", 14.99m, "dongguan-precision"),
        (CandidateStage.Shelved, "Cork yoga block pair", "Sports & Outdoors", 29.99m, "ningbo-homeware"),
    ];

    public async Task SeedAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var bus = scope.ServiceProvider.GetRequiredService<IMessageContext>();
        bus.UserName = Actor;

        foreach (var supplier in Suppliers) await SupplierAsync(bus, supplier.Key, supplier.Name, supplier.Country, supplier.Scores, ct);

        await using var session = store.QuerySession();
        var existing = (await session.LoadManyAsync<CandidateDetails>(ct, Candidates.Select(c => CandidateId(c.Stage)))).Select(c => c.Id).ToHashSet();
        foreach (var candidate in Candidates.Where(c => !existing.Contains(CandidateId(c.Stage))))
            await CandidateAsync(bus, candidate.Stage, candidate.Name, candidate.Category, candidate.Price, SupplierId(candidate.Supplier), ct);
    }

    /// <summary>Registered, evaluated (grade A or B) and approved, each step taken only if not taken before.</summary>
    private async Task SupplierAsync(IMessageBus bus, string key, string name, string country, SupplierScores scores, CancellationToken ct)
    {
        var id = SupplierId(key);
        await using var session = store.QuerySession();
        var status = (await session.LoadAsync<SupplierDetails>(id, ct))?.Status;
        if (status is null)
            await InvokeAsync(bus, new RegisterSupplier(id, name, new SupplierContact("Sales desk", $"sales@{key}.example", null), country,
                50_000, [], null), ct);
        if (status is null or SupplierStatus.Registered)
            await InvokeAsync(bus, new EvaluateSupplier(id, DeterministicGuid.From($"ops.selection.demo.evaluation.{key}"), scores,
                "Factory audit and first order review.", null), ct);
        if (status is null or SupplierStatus.Registered or SupplierStatus.Evaluated)
            await InvokeAsync(bus, new ApproveSupplier(id, null), ct);
    }

    /// <summary>Taken through the life cycle up to <paramref name="stage"/>; rejected after a failed screening, shelved while sourcing.</summary>
    private async Task CandidateAsync(IMessageBus bus, CandidateStage stage, string name, string category, decimal price, Guid supplierId,
        CancellationToken ct)
    {
        var id = CandidateId(stage);
        Guid Key(string what) => DeterministicGuid.From($"ops.selection.demo.{what}.{stage}");
        var size = new MeasuredSize(25, 15, 7.6m, 0.54m, UnitSystem.Metric);
        var numbers = new ProfitInputs(Usd(price), Usd(price / 6), Usd(1.20m), size.ToInchesAndPounds(), 300, 500, null, 30, 20);
        var scores = new ScreeningScores(4, 3, 4, 4, 5);

        await InvokeAsync(bus, new ProposeCandidate(id,
            new CandidateProfile(name, category, "US", null, "Sturdier materials and a better-fitting design than the best sellers."),
            size, numbers, null), ct);
        if (stage == CandidateStage.Proposed) return;
        if (stage == CandidateStage.Rejected)
        {
            await InvokeAsync(bus, new ScreenCandidate(id, Key("screening"), scores with { Competition = 1 }, Verdict.Fail,
                "Crowded niche: the top ten sellers hold most of the reviews.", null), ct);
            await InvokeAsync(bus, new RejectCandidate(id, "No room to differentiate in a crowded niche.", null), ct);
            return;
        }

        await InvokeAsync(bus, new ScreenCandidate(id, Key("screening"), scores, Verdict.Pass, "Healthy margin, steady demand.", null), ct);
        if (stage == CandidateStage.Screened) return;

        var validUntil = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime).AddDays(90);
        await InvokeAsync(bus, new RecordQuote(id, new Quote(Key("quote"), supplierId, "", Usd(price / 6), 500, 25,
            "Free replacement of defective units found within 90 days.", validUntil), null), ct);
        await InvokeAsync(bus, new ChooseQuote(id, Key("quote"), null), ct);
        if (stage == CandidateStage.Sourcing) return;
        if (stage == CandidateStage.Shelved)
        {
            await InvokeAsync(bus, new ShelveCandidate(id, "Waiting for the next budget round.", null), ct);
            return;
        }

        await InvokeAsync(bus, new RequestSample(id, Key("sample"), "Two units in the final colour.", null), ct);
        if (stage == CandidateStage.Sampling) return;

        await InvokeAsync(bus, new RecordSampleResults(id, Key("sample"), new SampleResults(new SampleTest(true, "No cosmetic defects."),
            new SampleTest(true, "Dimmer works across the full range."), Verdict.Pass, [], ["Print the care label in Spanish too."]), null), ct);
        await InvokeAsync(bus, new ApproveCandidate(id, null), ct);
    }

    private static Money Usd(decimal amount) => new(Math.Round(amount, 2, MidpointRounding.AwayFromZero), "USD");

    private static async Task InvokeAsync(IMessageBus bus, object command, CancellationToken ct)
    {
        var outcome = await bus.InvokeAsync<Outcome>(command, ct);
        if (outcome is not Outcome.Accepted) throw new InvalidOperationException($"Seeding demo candidates: {command.GetType().Name} ended in {outcome}.");
    }
}
