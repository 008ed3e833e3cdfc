using System.Linq.Expressions;
using FastEndpoints;
using Marten;
using Ops.Service.Inquiries;
using Ops.Shared;
using Ops.Shared.Audit;
using Ops.Shared.Modules;
using Ops.Shared.Paging;

namespace Ops.Service.Answers;

/// <summary><c>GET /api/service/answers/{id}</c>, optionally as it was (<c>?asOf=</c> / <c>?version=</c>).</summary>
public sealed class GetStandardAnswerEndpoint(IServiceStore store) : GetRecordEndpoint<StandardAnswerDetails, IServiceStore>(store, "standard answer")
{
    public override void Configure()
    {
        Get("/answers/{id}");
        Group<ServiceGroup>();
        Roles(Role.Readers);
    }
}

public sealed record ListStandardAnswersRequest : PageRequest
{
    [QueryParam] public StandardAnswerStatus? Status { get; init; }
    [QueryParam] public InquiryTopic? Category { get; init; }

    /// <summary>Part of the question or of the answer in English or Chinese, any case.</summary>
    [QueryParam] public string? Search { get; init; }
}

public sealed class ListStandardAnswersValidator : Validator<ListStandardAnswersRequest>
{
    public ListStandardAnswersValidator() => this.IncludePaging(ListStandardAnswersEndpoint.Sort);
}

/// <summary>
/// <c>GET /api/service/answers</c>: the library, by question (default), or by last change (<c>sort=-changedAt</c>).
/// Paged, filtered by status, category, or a search in the question and both answer texts.
/// <c>?status=Approved</c> is what an agent may cite.
/// </summary>
public sealed class ListStandardAnswersEndpoint(IServiceStore store, StoreResults counts) : Endpoint<ListStandardAnswersRequest, Page<StandardAnswerDetails>>
{
    internal static readonly SortFields<StandardAnswerDetails> Sort = new("question", new Dictionary<string, Expression<Func<StandardAnswerDetails, object>>>
    {
        ["question"] = a => a.Question,
        ["changedAt"] = a => a.ChangedAt,
    }, thenBy: a => a.Id);

    public override void Configure()
    {
        Get("/answers");
        Group<ServiceGroup>();
        Roles(Role.Readers);
    }

    public override async Task HandleAsync(ListStandardAnswersRequest request, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        IQueryable<StandardAnswerDetails> answers = session.Query<StandardAnswerDetails>();
        if (request.Status is { } status) answers = answers.Where(a => a.Status == status);
        if (request.Category is { } category) answers = answers.Where(a => a.Category == category);
        if (request.Search is { Length: > 0 } search)
            answers = answers.Where(a => a.Question.Contains(search, StringComparison.OrdinalIgnoreCase)
                                         || a.EnglishText.Contains(search, StringComparison.OrdinalIgnoreCase)
                                         || a.ChineseText.Contains(search, StringComparison.OrdinalIgnoreCase));
        await Send.OkAsync(await answers.ToPageAsync(session, request, Sort, counts, ct), ct);
    }
}

/// <summary><c>GET /api/service/answers/{id}/history</c>: every event of the answer, with what it changed, before → after.</summary>
public sealed class StandardAnswerHistoryEndpoint(IServiceStore store)
    : HistoryEndpoint<StandardAnswer, StandardAnswerDetails, IServiceStore>(store)
{
    public override void Configure()
    {
        Get("/answers/{id}/history");
        Group<ServiceGroup>();
        Roles(Role.Readers);
    }
}
