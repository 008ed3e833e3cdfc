using Marten;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Ops.Shared.Http;

/// <summary>
/// What a record's view adds for the person asking, each time it is sent (a read by id, a command's answer): what they
/// may do with the record now and why not. It depends on who asks, on the clock and on other records, so it is never
/// stored with the view; a read as of an earlier time or version goes without it. A module registers one per view that
/// needs it; views without one are sent as stored.
/// </summary>
public interface IViewForCaller<TView> where TView : class, IVersionedView
{
    Task<TView> CompleteAsync(TView view, HttpContext http, IQuerySession reads, CancellationToken ct);
}

public static class ViewsForCaller
{
    public static Task<TView> ForCallerAsync<TView>(this TView view, HttpContext http, IQuerySession reads, CancellationToken ct)
        where TView : class, IVersionedView =>
        http.RequestServices.GetService<IViewForCaller<TView>>() is { } completion ? completion.CompleteAsync(view, http, reads, ct) : Task.FromResult(view);
}
