using Marten;
using Microsoft.Extensions.DependencyInjection;
using Ops.Shared;
using Ops.Shared.Modules;
using Ops.Shared.Outcomes;
using Wolverine;

namespace Ops.Organization.Employees;

/// <summary>
/// Demo employees (<c>./ops run</c>): one in each of the policy's positions, all in the demo store, the operations
/// manager over the others (seed 001 组织架构). Hired through the module's own command, so each has its
/// <c>EmployeeHired</c> and its <c>EmployeeJoined</c> message; without logins (the demo logins are the
/// <c>&lt;role&gt;@demo.ops</c> accounts). Ids are derived from the position: an employee who exists is left alone.
/// </summary>
public sealed class EmployeeDemoData(IServiceScopeFactory scopes, IOrganizationStore store) : IModuleSeed
{
    public const string Actor = Actors.Seed;
    private const string Manager = "operations-manager";

    public static Guid EmployeeId(string positionKey) => DeterministicGuid.From($"ops.org.demo.employee.{positionKey}");

    /// <summary>Position key, name and work email; the manager first, so the others can report to them.</summary>
    public static readonly IReadOnlyList<(string Position, string Name, string Email)> Employees =
    [
        (Manager, "Chen Jing", "chen.jing@ops-demo.example"),
        ("product-manager", "Li Wei", "li.wei@ops-demo.example"),
        ("sales-listing-operator", "Wang Fang", "wang.fang@ops-demo.example"),
        ("customer-service-agent", "Zhao Min", "zhao.min@ops-demo.example"),
        ("logistics-specialist", "Liu Yang", "liu.yang@ops-demo.example"),
        ("finance-specialist", "Sun Li", "sun.li@ops-demo.example"),
        ("trainer", "Zhou Hui", "zhou.hui@ops-demo.example"),
        ("staff", "Wu Lei", "wu.lei@ops-demo.example"),
    ];

    public async Task SeedAsync(CancellationToken ct)
    {
        await using var session = store.QuerySession();
        var existing = (await session.LoadManyAsync<EmployeeView>(ct, Employees.Select(e => EmployeeId(e.Position)))).Select(e => e.Id).ToHashSet();

        await using var scope = scopes.CreateAsyncScope();
        var bus = scope.ServiceProvider.GetRequiredService<IMessageContext>();
        bus.UserName = Actor;
        foreach (var (position, name, email) in Employees.Where(e => !existing.Contains(EmployeeId(e.Position))))
        {
            var profile = EmployeeProfile.Of(name, OrganizationStructureSeed.PositionId(position),
                position == Manager ? null : EmployeeId(Manager), [OrganizationStructureSeed.DemoStoreId], []);
            var outcome = await bus.InvokeAsync<Outcome>(new HireEmployee(EmployeeId(position), email, profile, null, null), ct);
            if (outcome is not Outcome.Accepted) throw new InvalidOperationException($"Seeding the demo employee {name} ended in {outcome}.");
        }
    }
}
