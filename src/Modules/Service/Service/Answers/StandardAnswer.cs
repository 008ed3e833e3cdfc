using Ops.Service.Inquiries;
using Ops.Shared.Audit;
using Ops.Shared.Outcomes;

namespace Ops.Service.Answers;

/// <summary>
/// <c>Draft → Approved → Retired</c> (service.md, "Standard answer library"). An approved answer edited again stays
/// <c>Approved</c> (and citable, in its approved version) while the new version waits as a draft.
/// </summary>
public enum StandardAnswerStatus { Draft, Approved, Retired }

/// <summary>One version's words: the customer's question, its category (the inquiry topics) and the answer in English and Chinese.</summary>
public sealed record StandardAnswerContent(string Question, InquiryTopic Category, string EnglishText, string ChineseText);

public static class StandardAnswerRules
{
    public static readonly Rule RetiredCannotBeEdited = new("answer.retired_cannot_be_edited",
        "A retired standard answer cannot be edited; draft a new one.", "已停用的标准答案不能修改，请起草新的答案。");
    public static readonly Rule RetiredCannotBeApproved = new("answer.retired_cannot_be_approved",
        "A retired standard answer cannot be approved.", "已停用的标准答案不能审批。");
    public static readonly Rule OnlyApprovedCanBeRetired = new("answer.only_approved_can_be_retired",
        "Only an approved standard answer can be retired; a draft is edited or left.", "只有已审批的标准答案才能停用。");
}

// The facts of a standard answer's life. Never renamed once stored.

/// <summary>A new standard answer was drafted: its version 1, not citable until approved.</summary>
[History("Standard answer drafted", "标准答案已起草")]
public sealed record StandardAnswerDrafted(Guid AnswerId, int Version, StandardAnswerContent Content, string DraftedBy, DateTimeOffset DraftedAt);

/// <summary>
/// The answer's draft was edited: <paramref name="Version"/> is the draft's version, one past the approved one when
/// the edit started a new version of an approved answer (which stays citable until this one is approved).
/// </summary>
[History("Standard answer edited", "标准答案已修改")]
public sealed record StandardAnswerEdited(Guid AnswerId, int Version, StandardAnswerContent Content, string EditedBy, DateTimeOffset EditedAt);

/// <summary>The draft <paramref name="Version"/> was approved and is what responses cite now; it supersedes <paramref name="SupersededVersion"/>.</summary>
[History("Standard answer approved", "标准答案已审批")]
public sealed record StandardAnswerApproved(Guid AnswerId, int Version, int? SupersededVersion, string ApprovedBy, DateTimeOffset ApprovedAt);

/// <summary>The approved <paramref name="Version"/> was retired: no response may cite the answer any more; a pending draft is dropped.</summary>
[History("Standard answer retired", "标准答案已停用")]
public sealed record StandardAnswerRetired(Guid AnswerId, int Version, string Reason, string RetiredBy, DateTimeOffset RetiredAt);

/// <summary>What answer decisions need: the status, the approved version (citable) and a draft waiting for approval.</summary>
public sealed record StandardAnswer
{
    public Guid Id { get; init; }
    public StandardAnswerStatus Status { get; init; }
    public int? ApprovedVersion { get; init; }
    public StandardAnswerContent? Approved { get; init; }
    public int? DraftVersion { get; init; }
    public StandardAnswerContent? Draft { get; init; }

    public static StandardAnswer Create(StandardAnswerDrafted e) =>
        new() { Id = e.AnswerId, Status = StandardAnswerStatus.Draft, DraftVersion = e.Version, Draft = e.Content };

    public StandardAnswer Apply(StandardAnswerEdited e) => this with { DraftVersion = e.Version, Draft = e.Content };

    public StandardAnswer Apply(StandardAnswerApproved e) => this with
    {
        Status = StandardAnswerStatus.Approved, ApprovedVersion = e.Version, Approved = Draft, DraftVersion = null, Draft = null,
    };

    public StandardAnswer Apply(StandardAnswerRetired e) => this with { Status = StandardAnswerStatus.Retired, DraftVersion = null, Draft = null };

    public static Decision Create(Guid id, StandardAnswerContent content, string by, DateTimeOffset now) =>
        Decision.Accept(new StandardAnswerDrafted(id, 1, content, by, now));

    /// <summary>
    /// A draft is edited in place; an approved answer without a pending draft gets a new draft version, the approved one
    /// staying citable. The same words again change nothing.
    /// </summary>
    public Decision Edit(StandardAnswerContent content, string by, DateTimeOffset now)
    {
        if (Status == StandardAnswerStatus.Retired) return StandardAnswerRules.RetiredCannotBeEdited;
        if (Draft is not null)
            return content == Draft ? Decision.Accept() : Decision.Accept(new StandardAnswerEdited(Id, DraftVersion!.Value, content, by, now));
        return content == Approved ? Decision.Accept() : Decision.Accept(new StandardAnswerEdited(Id, ApprovedVersion!.Value + 1, content, by, now));
    }

    /// <summary>The pending draft becomes the approved version, superseding the one before; nothing pending changes nothing.</summary>
    public Decision Approve(string by, DateTimeOffset now)
    {
        if (Status == StandardAnswerStatus.Retired) return StandardAnswerRules.RetiredCannotBeApproved;
        return Draft is null ? Decision.Accept() : Decision.Accept(new StandardAnswerApproved(Id, DraftVersion!.Value, ApprovedVersion, by, now));
    }

    public Decision Retire(string reason, string by, DateTimeOffset now) => Status switch
    {
        StandardAnswerStatus.Retired => Decision.Accept(),
        StandardAnswerStatus.Draft => StandardAnswerRules.OnlyApprovedCanBeRetired,
        _ => Decision.Accept(new StandardAnswerRetired(Id, ApprovedVersion!.Value, reason, by, now)),
    };
}
