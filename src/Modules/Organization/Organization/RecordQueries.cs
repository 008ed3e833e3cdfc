using FastEndpoints;
using Ops.Shared.Audit;
using Ops.Shared.Http;

namespace Ops.Organization;

public sealed record RecordAsOfRequest : IAsOfRequest
{
    public Guid Id { get; init; }
    [QueryParam] public DateTimeOffset? AsOf { get; init; }
    [QueryParam] public long? Version { get; init; }
}

/// <summary>
/// <c>GET …/{id}</c> of an organisation record: the stored read model with its ETag, or (<c>?asOf=</c> /
/// <c>?version=</c>) the record as it was. Each record declares its route and roles.
/// </summary>
public abstract class GetRecordEndpoint<TView>(IOrganizationStore store, string what) : Endpoint<RecordAsOfRequest, TView>
    where TView : class, IVersionedView
{
    public override async Task HandleAsync(RecordAsOfRequest request, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        var view = await session.LoadAsOfAsync<TView>(request, ct);
        if (view is null) await Problems.NotFoundAsync(HttpContext, what, request.Id, ct);
        else await CommandResponses.SendViewAsync(HttpContext, view, 200, ct);
    }
}
