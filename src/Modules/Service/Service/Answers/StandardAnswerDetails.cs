using JasperFx.Events;
using JasperFx.Events.Projections;
using Marten;
using Marten.Events.Aggregation;
using Ops.Service.Inquiries;
using Ops.Shared.Http;

namespace Ops.Service.Answers;

/// <summary>
/// A standard answer as the API shows it. <see cref="Question"/> to <see cref="AnswerVersion"/> are the version a
/// response cites: the approved one (the last approved once retired), or the first draft while none was approved.
/// <see cref="PendingDraft"/> is a newer version of an approved answer, waiting for approval.
/// </summary>
public sealed record StandardAnswerDetails : IVersionedView
{
    public Guid Id { get; init; }
    public long Version { get; set; }
    public StandardAnswerStatus Status { get; init; }
    public required string Question { get; init; }
    public InquiryTopic Category { get; init; }
    public required string EnglishText { get; init; }
    public required string ChineseText { get; init; }

    /// <summary>The version number of the words above (1, 2, …), the one a citing response records.</summary>
    public int AnswerVersion { get; init; }

    public StandardAnswerDraft? PendingDraft { get; init; }
    public string? ApprovedBy { get; init; }
    public DateTimeOffset? ApprovedAt { get; init; }
    public string? RetiredBy { get; init; }
    public DateTimeOffset? RetiredAt { get; init; }
    public string? RetirementReason { get; init; }
    public required string DraftedBy { get; init; }
    public DateTimeOffset DraftedAt { get; init; }

    /// <summary>When anything about the answer last changed.</summary>
    public DateTimeOffset ChangedAt { get; init; }

    /// <summary>What a response citing this answer records, or null when it may not be cited (a draft, or retired).</summary>
    public AnswerCitation? Citation() =>
        Status == StandardAnswerStatus.Approved ? new AnswerCitation(Id, AnswerVersion, Question, EnglishText) : null;

    internal static void Configure(StoreOptions options)
    {
        options.Projections.Add<StandardAnswerDetailsProjection>(ProjectionLifecycle.Inline);
        options.Schema.For<StandardAnswerDetails>().Index(a => a.Status).Index(a => a.Category);
    }
}

/// <summary>A newer version of an approved answer, not citable until approved.</summary>
public sealed record StandardAnswerDraft(
    int AnswerVersion, string Question, InquiryTopic Category, string EnglishText, string ChineseText, string EditedBy, DateTimeOffset EditedAt);

public sealed class StandardAnswerDetailsProjection : SingleStreamProjection<StandardAnswerDetails, Guid>
{
    public override StandardAnswerDetails? Evolve(StandardAnswerDetails? answer, Guid id, IEvent e) => (answer, e.Data) switch
    {
        (null, StandardAnswerDrafted d) => new StandardAnswerDetails
        {
            Id = d.AnswerId, Status = StandardAnswerStatus.Draft, Question = d.Content.Question, Category = d.Content.Category,
            EnglishText = d.Content.EnglishText, ChineseText = d.Content.ChineseText, AnswerVersion = d.Version, DraftedBy = d.DraftedBy,
            DraftedAt = d.DraftedAt, ChangedAt = d.DraftedAt,
        },
        (not null, StandardAnswerEdited d) when answer.Status == StandardAnswerStatus.Draft => answer with
        {
            Question = d.Content.Question, Category = d.Content.Category, EnglishText = d.Content.EnglishText, ChineseText = d.Content.ChineseText,
            AnswerVersion = d.Version, ChangedAt = d.EditedAt,
        },
        (not null, StandardAnswerEdited d) => answer with
        {
            PendingDraft = new StandardAnswerDraft(d.Version, d.Content.Question, d.Content.Category, d.Content.EnglishText, d.Content.ChineseText,
                d.EditedBy, d.EditedAt),
            ChangedAt = d.EditedAt,
        },
        (not null, StandardAnswerApproved a) => (answer.PendingDraft is { } draft
            ? answer with
            {
                Question = draft.Question, Category = draft.Category, EnglishText = draft.EnglishText, ChineseText = draft.ChineseText,
                AnswerVersion = draft.AnswerVersion, PendingDraft = null,
            }
            : answer) with { Status = StandardAnswerStatus.Approved, ApprovedBy = a.ApprovedBy, ApprovedAt = a.ApprovedAt, ChangedAt = a.ApprovedAt },
        (not null, StandardAnswerRetired r) => answer with
        {
            Status = StandardAnswerStatus.Retired, PendingDraft = null, RetiredBy = r.RetiredBy, RetiredAt = r.RetiredAt, RetirementReason = r.Reason,
            ChangedAt = r.RetiredAt,
        },
        _ => answer,
    };
}
