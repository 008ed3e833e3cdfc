using Ops.Selection.Suppliers;
using Ops.Shared;
using Ops.Shared.Http;
using static Selection.Tests.SupplierScenarios;
using SupplierSuspendedMessage = Ops.Selection.Contracts.SupplierSuspended;

namespace Selection.Tests;

public sealed class SuspensionTests(SelectionApp app) : SelectionTest(app)
{
    [Fact]
    public async Task suspending_an_approved_supplier_tells_the_other_modules()
    {
        var supplier = await App.Approved();

        var (result, messages) = await App.Tracking(() => Suspend(supplier.Id));

        await result.ShouldHaveStatus(200);
        (await result.ReadAsJsonAsync<SupplierDetails>())!.Status.ShouldBe(SupplierStatus.Suspended);
        messages.Sent.SingleMessage<SupplierSuspendedMessage>()
            .ShouldBe(new SupplierSuspendedMessage(supplier.Id, supplier.Name, "Late deliveries under investigation", OpsFixture.Start));
    }

    [Fact]
    public async Task only_an_approved_or_conditional_supplier_can_be_suspended()
    {
        var evaluated = await App.Evaluated(GradeA);
        var suspended = await App.Suspended();

        var (refused, messages) = await App.Tracking(() => Suspend(evaluated.Id));

        await refused.ShouldHaveStatus(409);
        (await refused.ReadAsJsonAsync<Problem>())!.Code.ShouldBe(SupplierRules.OnlyActiveSupplierCanBeSuspended.Code);
        messages.Sent.MessagesOf<SupplierSuspendedMessage>().ShouldBeEmpty();
        await Suspend(suspended.Id).ShouldBeProblem(409, SupplierRules.OnlyActiveSupplierCanBeSuspended.Code);
    }

    [Fact]
    public async Task reinstating_returns_a_supplier_to_the_status_it_had()
    {
        var conditional = await App.Conditional();
        await Suspend(conditional.Id).Ok<SupplierDetails>();

        var reinstated = await Reinstate(conditional.Id).Ok<SupplierDetails>();

        reinstated.Status.ShouldBe(SupplierStatus.Conditional);
        reinstated.Conditions.ShouldBe(conditional.Conditions);
        reinstated.SuspensionReason.ShouldBeNull();
        var approved = await App.Suspended();
        (await Reinstate(approved.Id).Ok<SupplierDetails>()).Status.ShouldBe(SupplierStatus.Approved);
    }

    [Fact]
    public async Task only_a_suspended_supplier_can_be_reinstated()
    {
        var supplier = await App.Approved();

        await Reinstate(supplier.Id).ShouldBeProblem(409, SupplierRules.OnlySuspendedSupplierCanBeReinstated.Code);
    }

    [Fact]
    public async Task a_suspended_supplier_is_still_evaluated()
    {
        var supplier = await App.Suspended();

        var evaluated = await App.Evaluate(supplier.Id, GradeC);

        evaluated.Status.ShouldBe(SupplierStatus.Suspended);
        evaluated.Grade.ShouldBe(SupplierGrade.C);
    }

    [Fact]
    public async Task a_product_user_cannot_suspend_or_reinstate()
    {
        var supplier = await App.Approved();

        await As(Role.Product, x => x.Post.Json(new { reason = "Too slow" }).ToUrl($"{Suppliers}/{supplier.Id}/suspend"))
            .ShouldBeProblem(403, "forbidden");
        await As(Role.Product, x => x.Post.Json(new { reason = "Better now" }).ToUrl($"{Suppliers}/{supplier.Id}/reinstate"))
            .ShouldBeProblem(403, "forbidden");
    }

    private Task<Alba.IScenarioResult> Suspend(Guid id) =>
        App.Decide(id, "suspend", new { reason = "Late deliveries under investigation" });

    private Task<Alba.IScenarioResult> Reinstate(Guid id) => App.Decide(id, "reinstate", new { reason = "Deliveries back on time" });
}
