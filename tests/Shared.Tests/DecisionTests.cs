using Ops.Shared.Outcomes;

namespace Shared.Tests;

public sealed class DecisionTests
{
    private static readonly Rule SomeRule = new("thing.must_be_ready", "The thing is not ready.");

    [Fact]
    public void a_refused_decision_carries_its_rule_and_no_events()
    {
        Decision decision = SomeRule;

        decision.IsRefused.ShouldBeTrue();
        decision.Refusal.ShouldBe(SomeRule);
        decision.Events.ShouldBeEmpty();
    }

    [Fact]
    public void an_accepted_decision_carries_its_events_in_order()
    {
        var decision = Decision.Accept("first", "second");

        decision.IsRefused.ShouldBeFalse();
        decision.Events.ShouldBe(["first", "second"]);
    }
}
