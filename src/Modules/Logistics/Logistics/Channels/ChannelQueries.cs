using System.Linq.Expressions;
using FastEndpoints;
using FluentValidation;
using Marten;
using Ops.Shared;
using Ops.Shared.Audit;
using Ops.Shared.Modules;
using Ops.Shared.Paging;

namespace Ops.Logistics.Channels;

/// <summary>
/// <c>GET /api/logistics/channels/{id}</c> with its quality rating and its inputs, or as it was (<c>?asOf=</c> /
/// <c>?version=</c>, without the rating).
/// </summary>
public sealed class GetChannelEndpoint(ILogisticsStore store) : GetRecordEndpoint<ChannelView, ILogisticsStore>(store, "channel")
{
    public override void Configure()
    {
        Get("/channels/{id}");
        Group<LogisticsGroup>();
        Roles(Role.Readers);
    }
}

public sealed record ListChannelsRequest : PageRequest
{
    [QueryParam] public ChannelType? Type { get; init; }
    [QueryParam] public bool? Active { get; init; }

    /// <summary>The carrier, exactly (case-insensitive).</summary>
    [QueryParam] public string? Carrier { get; init; }

    /// <summary>Part of the code or name (case-insensitive).</summary>
    [QueryParam] public string? Search { get; init; }
}

public sealed class ListChannelsValidator : Validator<ListChannelsRequest>
{
    public ListChannelsValidator()
    {
        this.IncludePaging(ListChannelsEndpoint.Sort);
        RuleFor(r => r.Type).IsInEnum();
    }
}

/// <summary><c>GET /api/logistics/channels</c>: paged, filtered by kind, active or not, carrier, or a search in code and name.</summary>
public sealed class ListChannelsEndpoint(ILogisticsStore store, StoreResults counts) : Endpoint<ListChannelsRequest, Page<ChannelView>>
{
    internal static readonly SortFields<ChannelView> Sort = new("code", new Dictionary<string, Expression<Func<ChannelView, object>>>
    {
        ["code"] = c => c.Code,
        ["name"] = c => c.Name,
        ["carrier"] = c => c.Carrier,
        ["transitDaysMax"] = c => c.TransitDaysMax,
        ["registeredAt"] = c => c.RegisteredAt,
    }, c => c.Code);

    public override void Configure()
    {
        Get("/channels");
        Group<LogisticsGroup>();
        Roles(Role.Readers);
    }

    public override async Task HandleAsync(ListChannelsRequest request, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        IQueryable<ChannelView> channels = session.Query<ChannelView>();
        if (request.Type is { } type) channels = channels.Where(c => c.Type == type);
        if (request.Active is { } active) channels = channels.Where(c => c.Active == active);
        if (request.Carrier is { Length: > 0 } carrier)
        {
            var name = carrier.Trim().ToLowerInvariant();
            channels = channels.Where(c => c.Carrier.ToLower() == name);
        }
        if (request.Search is { Length: > 0 } search)
        {
            var term = search.ToLowerInvariant();
            channels = channels.Where(c => c.Name.ToLower().Contains(term) || c.Code.ToLower().Contains(term));
        }
        await Send.OkAsync(await channels.ToPageAsync(session, request, Sort, counts, ct), ct);
    }
}

public sealed class ChannelHistoryEndpoint(ILogisticsStore store) : HistoryEndpoint<Channel, ChannelView, ILogisticsStore>(store)
{
    public override void Configure()
    {
        Get("/channels/{id}/history");
        Group<LogisticsGroup>();
        Roles(Role.Readers);
    }
}
