using System.Linq.Expressions;
using System.Security.Claims;
using FastEndpoints;
using FluentValidation;
using Marten;
using Ops.Organization.Contracts;
using Ops.Shared;
using Ops.Shared.Http;
using Ops.Shared.Paging;
using Ops.Shared.Validation;

namespace Ops.Organization.Work;

/// <summary>
/// A deadline in the work queue: the latest <see cref="WorkItemChanged"/> of its key, from whichever module owns the
/// clock. A read model fed by messages (the modules' own events are the record of what happened), so it is a document,
/// not a stream; a closed item stays, so that a late message about it cannot bring it back.
/// </summary>
public sealed record WorkItem
{
    public required string Id { get; init; }
    public required string Module { get; init; }
    public required string Kind { get; init; }
    public Guid RecordId { get; init; }
    public required string RecordName { get; init; }
    public required string Link { get; init; }
    public Guid? StoreId { get; init; }
    public string? Owner { get; init; }
    public IReadOnlyList<string> Roles { get; init; } = [];
    public DateTimeOffset? WarnAt { get; init; }
    public DateTimeOffset DueAt { get; init; }
    public WorkItemState State { get; init; }

    /// <summary>The queue's order: breached 0, warned 1, open 2, closed 3; then by <see cref="DueAt"/>.</summary>
    public int Urgency { get; init; }

    public DateTimeOffset ChangedAt { get; init; }

    /// <summary>The record's version at the change held.</summary>
    public long RecordVersion { get; init; }

    public static WorkItem From(WorkItemChanged c) => new()
    {
        Id = c.Key, Module = c.Module, Kind = c.Kind, RecordId = c.RecordId, RecordName = c.RecordName, Link = c.Link,
        StoreId = c.StoreId, Owner = c.Owner, Roles = c.Roles, WarnAt = c.WarnAt, DueAt = c.DueAt, State = c.State,
        Urgency = c.State switch
        {
            WorkItemState.Breached => 0,
            WorkItemState.Warned => 1,
            WorkItemState.Open => 2,
            _ => 3,
        },
        ChangedAt = c.ChangedAt,
        RecordVersion = c.Version,
    };

    /// <summary>Whether this held state stands against <paramref name="change"/>: it came from as late a version of the record.</summary>
    public bool Supersedes(WorkItemChanged change) => RecordVersion >= change.Version;

    internal static void Configure(StoreOptions options) =>
        options.Schema.For<WorkItem>().UseOptimisticConcurrency(true)
            .Index(w => w.Urgency).Index(w => w.DueAt).Index(w => w.StoreId!).Index(w => w.Owner!);
}

/// <summary>
/// Keeps the latest state of each deadline. Changes may arrive out of order (messages are handled in parallel): one from
/// an earlier version of the record than the item holds is ignored. Two changes of one item at once: the second writer loses the race
/// (optimistic concurrency) and is retried against what the first wrote.
/// </summary>
public static class WorkItemChangedHandler
{
    public static async Task Handle(WorkItemChanged changed, IDocumentSession session, CancellationToken ct)
    {
        var held = await session.LoadAsync<WorkItem>(changed.Key, ct);
        if (held is null) session.Insert(WorkItem.From(changed));
        else if (!held.Supersedes(changed)) session.Update(WorkItem.From(changed));
    }
}

public enum WorkScope
{
    /// <summary>Items the caller owns, and items of the roles the caller holds (the deadlines they watch).</summary>
    Mine,

    /// <summary>Every open item (admin, ops manager, auditor).</summary>
    All,
}

public sealed record ListWorkRequest : PageRequest
{
    /// <summary><c>mine</c> (the default) or <c>all</c>.</summary>
    [QueryParam] public WorkScope? Scope { get; init; }

    /// <summary>Only items in this state: <c>open</c>, <c>warned</c> or <c>breached</c> (closed items leave the queue).</summary>
    [QueryParam] public WorkItemState? State { get; init; }

    /// <summary>Only items of this role.</summary>
    [QueryParam] public string? Role { get; init; }

    /// <summary>Only items of this store.</summary>
    [QueryParam] public Guid? StoreId { get; init; }

    /// <summary>Only items of this module (<c>listing</c>, <c>selection</c>).</summary>
    [QueryParam] public string? Module { get; init; }
}

public sealed class ListWorkValidator : Validator<ListWorkRequest>
{
    public ListWorkValidator()
    {
        this.IncludePaging(ListWorkEndpoint.Sort);
        RuleFor(r => r.State).NotEqual(WorkItemState.Closed).WithMessage(_ => Bilingual.Pick(
            "Closed items are not in the queue: ask for open, warned or breached ones.", "已关闭的事项不在队列中：请查询 open、warned 或 breached。"));
        RuleFor(r => r.Role).Must(r => r is null || Ops.Shared.Role.IsKnown(r)).WithMessage(_ => Ops.Shared.Role.MustBeKnown);
    }
}

/// <summary>
/// <c>GET /api/org/work</c>: the work queue, every open deadline across modules — breached first, then warned, then open,
/// each by due time — with a link to its record. <c>scope=mine</c> (the default) holds what the caller owns and what the
/// roles they hold watch; <c>scope=all</c> every item (admin, ops manager, auditor). Filter by state, role, store, module.
/// </summary>
public sealed class ListWorkEndpoint(IOrganizationStore store) : Endpoint<ListWorkRequest, Page<WorkItemView>>
{
    internal static readonly SortFields<WorkItem> Sort = new("urgency", new Dictionary<string, Expression<Func<WorkItem, object>>>
    {
        ["urgency"] = w => w.Urgency,
        ["dueAt"] = w => w.DueAt,
    }, thenBy: w => w.DueAt);

    private static readonly string[] SeeAll = [Ops.Shared.Role.Admin, Ops.Shared.Role.OpsManager, Ops.Shared.Role.Auditor];

    public override void Configure()
    {
        Get("/work");
        Group<OrganizationGroup>();
        Roles([.. Ops.Shared.Role.All.Where(r => r != Ops.Shared.Role.Integration)]);
    }

    public override async Task HandleAsync(ListWorkRequest request, CancellationToken ct)
    {
        var roles = User.FindAll(ClaimTypes.Role).Select(c => c.Value).ToArray();
        if (request.Scope == WorkScope.All && !roles.Any(SeeAll.Contains))
        {
            await Problems.WriteAsync(HttpContext, 403, ProblemCodes.Forbidden, "Forbidden",
                Bilingual.Pick("Only an admin, an ops manager or an auditor sees every team's work.", "只有管理员、运营经理或审计员能查看所有人的工作。"),
                ct: ct);
            return;
        }

        await using var session = store.QuerySession();
        var items = session.Query<WorkItem>().Where(w => w.State != WorkItemState.Closed);
        if (request.Scope != WorkScope.All)
        {
            var me = User.Identity?.Name ?? "";
            items = items.Where(w => w.Owner == me || w.Roles.Any(r => roles.Contains(r)));
        }
        if (request.State is { } state) items = items.Where(w => w.State == state);
        if (request.Role is { } role) items = items.Where(w => w.Roles.Contains(role));
        if (request.StoreId is { } storeId) items = items.Where(w => w.StoreId == storeId);
        if (request.Module is { } module) items = items.Where(w => w.Module == module);

        // Counted each time: the queue's documents are written without events, which the kept counts wait for.
        var page = await items.ToPageAsync(session, request, Sort, counts: null, ct);
        await Send.OkAsync(new Page<WorkItemView>([.. page.Items.Select(WorkItemView.Of)], page.PageNumber, page.PageSize,
            page.TotalItems, page.TotalPages), ct);
    }
}

/// <summary>A deadline in the work queue, as the API shows it.</summary>
public sealed record WorkItemView(
    string Key, string Module, string Kind, Guid RecordId, string RecordName, string Link, Guid? StoreId, string? Owner,
    IReadOnlyList<string> Roles, DateTimeOffset? WarnAt, DateTimeOffset DueAt, WorkItemState State, DateTimeOffset ChangedAt)
{
    public static WorkItemView Of(WorkItem w) =>
        new(w.Id, w.Module, w.Kind, w.RecordId, w.RecordName, w.Link, w.StoreId, w.Owner, w.Roles, w.WarnAt, w.DueAt, w.State, w.ChangedAt);
}
