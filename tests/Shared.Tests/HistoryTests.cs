using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Ops.Shared;
using Ops.Shared.Audit;
using Ops.Shared.Calendar;
using Ops.Shared.Http;
using Ops.Shared.Modules;

namespace Shared.Tests;

/// <summary>What a history entry says changed: the record's JSON before and after the event, field by field.</summary>
public sealed class HistoryDiffTests
{
    private sealed record Contact(string Person, string Email);
    private sealed record Document(Guid DocumentId, string Name, string Status);
    private sealed record Record(
        Guid Id, long Version, string Status, Contact Contact, Money? Price, IReadOnlyList<Document> Documents, IReadOnlyList<string> Tags,
        string? Reason = null, bool ReviewRequired = false);

    private static readonly Guid LicenceId = Guid.Parse("0190a4c2-0000-7000-8000-000000000001");
    private static readonly Record Registered = new(Guid.Parse("0190a4c2-0000-7000-8000-0000000000ff"), 1, "Registered",
        new Contact("Li Wei", "li.wei@bright.example"), new Money(4.80m, "USD"), [new Document(LicenceId, "Business licence", "Valid")], ["lamps"]);

    private static JsonNode Json(Record r) => JsonSerializer.SerializeToNode(r, JsonSerializerOptionsProvider.Options)!;

    /// <summary>A change as one line: field [item]: before → after, +added, −removed (values as JSON).</summary>
    private static string Line(HistoryChange c)
    {
        var text = c.Item is null ? c.Field : $"{c.Field} [{c.Item}]";
        if (c.Added is not null || c.Removed is not null)
            return $"{text}: +{string.Join(",", (c.Added ?? []).Select(a => a.GetRawText()))} -{string.Join(",", (c.Removed ?? []).Select(r => r.GetRawText()))}";
        return $"{text}: {c.Before?.GetRawText() ?? "null"} → {c.After?.GetRawText() ?? "null"}";
    }

    private static IEnumerable<string> Changes(Record before, Record after) => HistoryDiff.Between(Json(before), Json(after)).Select(Line);

    [Fact]
    public void a_changed_field_shows_its_value_before_and_after_and_the_version_is_no_change()
    {
        Changes(Registered, Registered with { Version = 2, Status = "Approved", Reason = "Audit passed" })
            .ShouldBe(["status: \"Registered\" → \"Approved\"", "reason: null → \"Audit passed\""]);
    }

    [Fact]
    public void a_nested_object_changes_field_by_field_under_its_name()
    {
        Changes(Registered, Registered with { Contact = Registered.Contact with { Email = "sales@bright.example" } })
            .ShouldBe(["contact.email: \"li.wei@bright.example\" → \"sales@bright.example\""]);
    }

    [Fact]
    public void an_amount_of_money_changes_as_one_value_with_its_currency()
    {
        Changes(Registered, Registered with { Price = new Money(5.20m, "USD") })
            .ShouldBe(["price: {\"amount\":4.80,\"currency\":\"USD\"} → {\"amount\":5.20,\"currency\":\"USD\"}"]);
    }

    [Fact]
    public void list_items_with_an_id_are_matched_by_it_so_a_changed_item_is_named_and_a_new_one_is_added()
    {
        var certificate = new Document(Guid.Parse("0190a4c2-0000-7000-8000-000000000002"), "ISO 9001", "Valid");

        Changes(Registered, Registered with { Documents = [Registered.Documents[0] with { Status = "Expiring" }, certificate] }).ShouldBe([
            $"documents: +{JsonSerializer.Serialize(certificate, JsonSerializerOptionsProvider.Options)} -",
            "documents.status [Business licence]: \"Valid\" → \"Expiring\"",
        ]);
    }

    [Fact]
    public void a_list_of_values_says_which_it_gained_and_lost()
    {
        Changes(Registered, Registered with { Tags = ["lamps", "outdoor", "solar"] }).ShouldBe(["tags: +\"outdoor\",\"solar\" -"]);
        Changes(Registered with { Tags = ["lamps", "outdoor"] }, Registered).ShouldBe(["tags: + -\"outdoor\""]);
    }

    [Fact]
    public void the_first_event_sets_what_it_gives_a_value_and_leaves_out_what_is_empty()
    {
        var first = HistoryDiff.Between(null, Json(Registered with { Documents = [], Price = null })).Select(Line);

        first.ShouldBe([
            "status: null → \"Registered\"", "contact.person: null → \"Li Wei\"", "contact.email: null → \"li.wei@bright.example\"",
            "tags: +\"lamps\" -",
        ]);
    }
}

/// <summary>Who an entry names: people by their display name, API clients by theirs, the system by a label.</summary>
public sealed class HistoryActorTests
{
    [DeadlineTimer("test-timer", "system: test timer", "系统：测试计时器")]
    private sealed record TestTimerFired(Guid Id) : IDeadlineMessage;

    private static readonly HistoryActors Actors = new([new OpsModule("tests", typeof(HistoryActorTests).Assembly)]);
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");

    private static Dictionary<string, object> Headers(string key, string value) =>
        new() { [key] = JsonSerializer.SerializeToElement(value) }; // as Marten reads a stored header back

    [Fact]
    public void a_person_is_named_by_the_display_name_stored_with_the_event()
    {
        Actors.Describe("li.na@shop.example", Headers(ActingPerson.Header, "Li Na"), English)
            .ShouldBe(new HistoryActor(ActorKind.Person, "li.na@shop.example", "Li Na"));
    }

    [Fact]
    public void a_person_of_an_event_stored_without_a_display_name_is_named_by_the_user_name()
    {
        Actors.Describe("li.na@shop.example", null, English).ShouldBe(new HistoryActor(ActorKind.Person, "li.na@shop.example", "li.na@shop.example"));
    }

    [Fact]
    public void a_timer_is_named_by_the_timer_its_event_says_in_the_requested_language()
    {
        var headers = Headers(DeadlineMessages.TimerHeader, "test-timer");

        Actors.Describe(DeadlineMessages.Actor, headers, English).ShouldBe(new HistoryActor(ActorKind.System, "ops:deadline", "system: test timer"));
        Actors.Describe(DeadlineMessages.Actor, headers, Chinese).Name.ShouldBe("系统：测试计时器");
        Actors.Describe(DeadlineMessages.Actor, null, English).Name.ShouldBe("system: deadline timer");
    }

    [Fact]
    public void an_api_client_is_named_by_its_name_and_the_system_and_seed_by_labels()
    {
        Actors.Describe("api-client:ERP import", null, English).ShouldBe(new HistoryActor(ActorKind.ApiClient, "api-client:ERP import", "ERP import"));
        Actors.Describe("system", null, Chinese).ShouldBe(new HistoryActor(ActorKind.System, "system", "系统"));
        Actors.Describe(null, null, English).ShouldBe(new HistoryActor(ActorKind.System, "system", "system"));
        Actors.Describe("seed", null, English).ShouldBe(new HistoryActor(ActorKind.System, "seed", "system: initial data"));
    }

    [Fact]
    public void a_display_name_is_known_only_for_the_user_it_belongs_to_and_only_until_the_work_ends()
    {
        string? during, other, after;
        using (ActingPerson.Begin("li.na@shop.example", "Li Na"))
        {
            during = ActingPerson.DisplayNameOf("li.na@shop.example");
            other = ActingPerson.DisplayNameOf(DeadlineMessages.Actor);
        }
        after = ActingPerson.DisplayNameOf("li.na@shop.example");

        (during, other, after).ShouldBe(("Li Na", null, null));
    }
}
