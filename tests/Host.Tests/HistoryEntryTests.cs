using System.Collections;
using System.Reflection;
using System.Text.RegularExpressions;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Ops.Shared.Audit;
using Ops.Shared.Http;
using Ops.Shared.Modules;

namespace Host.Tests;

/// <summary>
/// History is an audit view: every event type every module stores reads as a declared, typed entry, and none can carry
/// a secret. Driven by the stores the host registers, so a new module is covered without editing this file.
/// </summary>
public sealed class HistoryEntryTests(HostApp app) : HostTest(app)
{
    /// <summary>Names that say secret material: a password, any hash, a secret, a salt, a credential, a token or a key itself (accessToken, apiKey) — not a key's id or a token's lifetime.</summary>
    private static readonly Regex Secretive = new("password|passwd|hash|secret|salt|credential|token$|key$", RegexOptions.IgnoreCase);

    private IEnumerable<(string Module, IDocumentStore Store, Assembly Assembly)> Modules()
    {
        var modules = App.Host.Services.GetServices<OpsModule>().ToDictionary(m => m.Name);
        return App.Host.Services.GetServices<ModuleStoreRegistration>()
            .Select(r => (r.Module, r.Resolve(App.Host.Services), modules[r.Module].Assembly));
    }

    private IEnumerable<(string Module, Type Event, string Alias)> StoredEvents() =>
        Modules().SelectMany(m => m.Store.Options.Events.AllKnownEventTypes()
            .Where(e => HistoryAttribute.IsOurs(e.EventType)) // not Marten's own, such as Archived
            .Select(e => (m.Module, e.EventType, e.EventTypeName)));

    [Fact]
    public void every_module_that_serves_history_declares_its_events()
    {
        var serving = Modules().Where(m => m.Assembly.GetTypes().Any(HistoryEndpoints.IsHistoryEndpoint)).Select(m => m.Module).ToList();
        serving.ShouldNotBeEmpty();
        foreach (var module in serving)
            StoredEvents().Count(e => e.Module == module).ShouldBeGreaterThan(0, $"{module} serves history but declares no event");
    }

    [Fact]
    public void every_event_a_module_stores_says_what_happened_in_english_and_chinese()
    {
        var undeclared = StoredEvents()
            .Where(e => HistoryAttribute.Of(e.Event) is not { Title.Length: > 0, ChineseTitle.Length: > 0 })
            .Select(e => $"{e.Module}: {e.Event.Name}").ToList();
        undeclared.ShouldBeEmpty();
    }

    [Fact]
    public void no_history_entry_can_carry_a_field_named_like_a_secret()
    {
        var secretive = StoredEvents().SelectMany(e => SecretiveFields(e.Event, e.Event.Name, [])).ToList();
        secretive.ShouldBeEmpty();
    }

    [Fact]
    public void no_record_read_as_of_a_past_moment_can_carry_a_field_named_like_a_secret()
    {
        var views = Modules().SelectMany(m => m.Assembly.GetTypes())
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IVersionedView).IsAssignableFrom(t)).ToList();
        views.ShouldNotBeEmpty();
        views.SelectMany(v => SecretiveFields(v, v.Name, [])).ToList().ShouldBeEmpty();
    }

    [Fact]
    public void every_event_an_aggregate_applies_is_registered_with_its_modules_store()
    {
        var missing = Modules().SelectMany(m =>
        {
            var known = m.Store.Options.Events.AllKnownEventTypes().Select(e => e.EventType).ToHashSet();
            return m.Assembly.GetTypes()
                .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
                .Where(method => method is { Name: "Apply" or "Create" } && method.GetParameters().Length == 1
                                 && method.ReturnType == method.DeclaringType)
                .Select(method => method.GetParameters()[0].ParameterType)
                .Where(e => !known.Contains(e))
                .Select(e => $"{m.Module}: {e.Name}");
        }).Distinct().ToList();
        missing.ShouldBeEmpty();
    }

    [Fact]
    public void no_record_whose_changes_history_lists_can_carry_a_field_named_like_a_secret()
    {
        // The TView of every HistoryEndpoint<TAggregate, TView, TStore>: its fields before and after are in every entry (ADR 0018).
        var compared = Modules().SelectMany(m => m.Assembly.GetTypes()).Where(t => !t.IsAbstract && HistoryEndpoints.IsHistoryEndpoint(t))
            .Select(ComparedType).Distinct().ToList();
        compared.ShouldNotBeEmpty();
        compared.SelectMany(v => SecretiveFields(v, v.Name, [])).ToList().ShouldBeEmpty();
    }

    [Fact]
    public void every_deadline_message_names_its_timer_for_history()
    {
        var unnamed = Modules().SelectMany(m => m.Assembly.GetTypes())
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(Ops.Shared.Calendar.IDeadlineMessage).IsAssignableFrom(t))
            .Where(t => Ops.Shared.Calendar.DeadlineTimerAttribute.Of(t) is not { Key.Length: > 0, Name.Length: > 0, ChineseName.Length: > 0 })
            .Select(t => t.FullName).ToList();
        unnamed.ShouldBeEmpty();
    }

    private static Type ComparedType(Type endpoint)
    {
        var type = endpoint;
        while (!(type!.IsGenericType && type.GetGenericTypeDefinition() == typeof(HistoryEndpoint<,,>))) type = type.BaseType;
        return type.GetGenericArguments()[1];
    }

    [Fact]
    public void an_event_name_means_one_thing_across_modules()
    {
        var shared = StoredEvents().GroupBy(e => e.Alias).Where(g => g.Select(e => e.Module).Distinct().Count() > 1)
            .Select(g => g.Key).ToList();
        shared.ShouldBeEmpty();
    }

    /// <summary>Fields named like a secret anywhere in <paramref name="type"/>: nested records and collection items too.</summary>
    private static IEnumerable<string> SecretiveFields(Type type, string path, HashSet<Type> seen)
    {
        if (!seen.Add(type)) yield break;
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var where = $"{path}.{property.Name}";
            if (Secretive.IsMatch(property.Name)) yield return where;
            foreach (var inner in Inner(property.PropertyType))
            foreach (var found in SecretiveFields(inner, where, seen))
                yield return found;
        }
    }

    /// <summary>The project's own types a property holds: itself, its items, its generic arguments.</summary>
    private static IEnumerable<Type> Inner(Type type)
    {
        if (type.IsGenericType)
            foreach (var argument in type.GetGenericArguments().SelectMany(Inner)) yield return argument;
        else if (type.IsArray) foreach (var item in Inner(type.GetElementType()!)) yield return item;
        else if (type.Namespace?.StartsWith("Ops.") == true && !type.IsEnum && !typeof(IEnumerable).IsAssignableFrom(type)) yield return type;
    }
}
