using Ops.Service.Inquiries;
using Ops.Shared;
using Ops.Shared.Calendar;
using Ops.Shared.Outcomes;

namespace Ops.Service.Inspections;

/// <summary>What an inspection checks (service.md, "Inspection", 监督与检查).</summary>
public enum InspectionArea { Service, Operations, Logistics, Training }

/// <summary>
/// <c>Planned → InProgress → Completed → Closed</c>: in progress from the first result or finding, completed when the
/// checklist is done and the findings recorded, closed when every finding's rectification is verified.
/// </summary>
public enum InspectionStatus { Planned, InProgress, Completed, Closed }

/// <summary>The seed's checks (service.md, "Inspection"); a checklist item planned from one of them names it.</summary>
public enum InspectionCheck
{
    ResponseTimes, AnswerAccuracy, ComplaintHandling, DataAccuracy, PromotionEffect, ShipTimeliness, Tracking, Stock, TrainingExecution,
}

/// <summary>How a checklist item came out.</summary>
public enum CheckResult { Pass, Fail, NotApplicable }

/// <summary>How grave a finding is.</summary>
public enum FindingSeverity { Low, Medium, High, Critical }

/// <summary><c>Open → Reported → Verified</c>; a rejected rectification is open again.</summary>
public enum FindingStatus { Open, Reported, Verified }

/// <summary>One item of the checklist, numbered from 1; <see cref="Check"/> when it is one of the seed's checks.</summary>
public sealed record ChecklistItem(int Number, InspectionCheck? Check, string Title);

/// <summary>A checklist item's result, with the inspector's note.</summary>
public sealed record ChecklistResult(int Number, CheckResult Result, string? Note);

/// <summary>A finding as the inspector records it, before its due date is set in the store's calendar.</summary>
public sealed record FindingIntake(string Description, FindingSeverity Severity, string Owner, DateOnly DueDate, int? ChecklistItem);

public static class InspectionRules
{
    public static readonly Rule StoreMustExist = new("inspection.store_must_exist",
        "The inspection's store is not known to service.", "客服模块中不存在该检查所属的店铺。");
    public static readonly Rule NotUnderInspection = new("inspection.not_under_inspection",
        "Only a planned or in-progress inspection takes checklist results, findings and completion.", "只有已计划或进行中的检查才能记录检查项结果、检查发现或完成。");
    public static readonly Rule OnlyTheInspector = new("inspection.only_the_inspector",
        "Only the inspection's inspector (or an operations manager) records its results and findings and completes it.",
        "只有该检查的检查人（或运营经理）才能记录结果、检查发现并完成检查。");
    public static readonly Rule UnknownChecklistItem = new("inspection.unknown_checklist_item",
        "The inspection's checklist has no item with that number.", "该检查的检查清单中没有该编号的检查项。");
    public static readonly Rule DueDateMustNotBePast = new("inspection.due_date_must_not_be_past",
        "The finding's due date has already ended in the store's business calendar.", "按店铺营业日历，该检查发现的整改期限已经过去。");
    public static readonly Rule UnknownFinding = new("inspection.unknown_finding",
        "The inspection has no finding with that number.", "该检查中没有该编号的检查发现。");
    public static readonly Rule OnlyTheOwnerReports = new("inspection.only_the_owner_reports",
        "Only the finding's owner reports its rectification.", "只有检查发现的责任人才能上报整改。");
    public static readonly Rule FindingNotOpen = new("inspection.finding_not_open",
        "Only an open finding takes a rectification report.", "只有未整改的检查发现才能上报整改。");
    public static readonly Rule RectificationNotReported = new("inspection.rectification_not_reported",
        "Only a reported rectification is verified or rejected.", "只有已上报的整改才能验证或驳回。");
    public static readonly Rule OnlyTheInspectorVerifies = new("inspection.only_the_inspector_verifies",
        "Only the inspection's inspector or an operations manager verifies or rejects a rectification.", "只有检查人或运营经理才能验证或驳回整改。");
    public static readonly Rule ChecklistIncomplete = new("inspection.checklist_incomplete",
        "Every checklist item needs a result before the inspection is completed.", "检查清单的每一项都有结果后才能完成检查。");
    public static readonly Rule FailedItemNeedsFinding = new("inspection.failed_item_needs_finding",
        "Every failed checklist item needs a finding before the inspection is completed.", "每个不合格的检查项都须记录检查发现后才能完成检查。");
    public static readonly Rule NotCompleted = new("inspection.not_completed",
        "Only a completed inspection is closed.", "只有已完成的检查才能关闭。");
    public static readonly Rule FindingsNotVerified = new("inspection.findings_not_verified",
        "Every finding's rectification must be verified before the inspection is closed.", "所有检查发现的整改都验证后才能关闭检查。");
}

/// <summary>
/// What inspection decisions need: status, inspector, checklist items and results, and each finding's owner, status and
/// due-date clock. Every decide method is a pure function of state, input and now.
/// </summary>
public sealed record Inspection
{
    public Guid Id { get; init; }
    public Guid StoreId { get; init; }
    public required string Inspector { get; init; }
    public InspectionStatus Status { get; init; }
    public IReadOnlyList<int> Items { get; init; } = [];
    public IReadOnlyDictionary<int, ChecklistResult> Results { get; init; } = new Dictionary<int, ChecklistResult>();
    public IReadOnlyList<Finding> Findings { get; init; } = [];

    /// <summary>A finding's state: who owns it, where it stands, and its due-date clock.</summary>
    public sealed record Finding(int Number, int? ChecklistItem, string Owner, DateTimeOffset WarnAt, DateTimeOffset DueAt, FindingStatus Status, ResponseDeadlineState Clock);

    public static Inspection Create(InspectionPlanned e) => new()
    {
        Id = e.InspectionId, StoreId = e.StoreId, Inspector = e.Inspector, Status = InspectionStatus.Planned, Items = [.. e.Checklist.Select(i => i.Number)],
    };

    public Inspection Apply(InspectionStarted _) => this with { Status = InspectionStatus.InProgress };

    public Inspection Apply(ChecklistResultsRecorded e)
    {
        var results = new Dictionary<int, ChecklistResult>(Results);
        foreach (var result in e.Results) results[result.Number] = result;
        return this with { Results = results };
    }

    public Inspection Apply(FindingRecorded e) => this with
    {
        Findings = [.. Findings, new Finding(e.FindingNumber, e.ChecklistItem, e.Owner, e.WarnAt, e.DueAt, FindingStatus.Open, ResponseDeadlineState.Running)],
    };

    public Inspection Apply(FindingDeadlineWarned e) => With(e.FindingNumber, f => f with { Clock = ResponseDeadlineState.Warned });
    public Inspection Apply(FindingDeadlineBreached e) => With(e.FindingNumber, f => f with { Clock = ResponseDeadlineState.Breached });

    public Inspection Apply(RectificationReported e) => With(e.FindingNumber, f => f with
    {
        Status = FindingStatus.Reported, Clock = e.InTime ? ResponseDeadlineState.Met : ResponseDeadlineState.Breached,
    });

    public Inspection Apply(RectificationVerified e) => With(e.FindingNumber, f => f with { Status = FindingStatus.Verified });
    public Inspection Apply(RectificationRejected e) => With(e.FindingNumber, f => f with { Status = FindingStatus.Open, Clock = e.Clock });
    public Inspection Apply(InspectionCompleted _) => this with { Status = InspectionStatus.Completed };
    public Inspection Apply(InspectionClosed _) => this with { Status = InspectionStatus.Closed };

    private Inspection With(int number, Func<Finding, Finding> change) =>
        this with { Findings = [.. Findings.Select(f => f.Number == number ? change(f) : f)] };

    private bool UnderInspection => Status is InspectionStatus.Planned or InspectionStatus.InProgress;

    private bool IsInspector(string by) => string.Equals(by, Inspector, StringComparison.OrdinalIgnoreCase);

    /// <summary>A new inspection with its checklist: the items given, or the seed's checks for the area.</summary>
    public static Decision Plan(Guid id, InspectionPlan plan, WorkingCalendar calendar, string by, DateTimeOffset now) =>
        Decision.Accept(new InspectionPlanned(id, plan.StoreId, plan.Area, plan.PeriodStart, plan.PeriodEnd, plan.Inspector,
            plan.Checklist is { Count: > 0 } items ? items : InspectionChecklists.DefaultFor(plan.Area), calendar.TimeZone.Id, by, now));

    /// <summary>Results of checklist items, each replacing the item's earlier result; the same results again change nothing.</summary>
    public Decision RecordResults(IReadOnlyList<ChecklistResult> results, string by, bool isManager, DateTimeOffset now)
    {
        if (RefusalOfInspecting(by, isManager) is { } refusal) return refusal;
        if (results.Any(r => !Items.Contains(r.Number))) return InspectionRules.UnknownChecklistItem;
        var changed = results.Where(r => !Results.TryGetValue(r.Number, out var before) || before != r).ToList();
        return changed.Count == 0 ? Decision.Accept() : Decision.Accept([.. Started(by, now), new ChecklistResultsRecorded(Id, changed, by, now)]);
    }

    /// <summary>
    /// A finding, due at the store's closing time on its due date (the next working day's when that is not one), warned
    /// after <c>inquiryWarnAtPercent</c> of the business time until then.
    /// </summary>
    public Decision RecordFinding(FindingIntake finding, WorkingCalendar calendar, int warnAtPercent, string by, bool isManager, DateTimeOffset now)
    {
        if (RefusalOfInspecting(by, isManager) is { } refusal) return refusal;
        if (finding.ChecklistItem is { } item && !Items.Contains(item)) return InspectionRules.UnknownChecklistItem;
        var dueAt = InspectionChecklists.EndOfBusiness(calendar, finding.DueDate);
        if (dueAt <= now) return InspectionRules.DueDateMustNotBePast;
        var deadline = Deadline.InBusinessTime(calendar, now, calendar.BusinessTimeBetween(now, dueAt), warnAtPercent);
        return Decision.Accept([.. Started(by, now), new FindingRecorded(Id, Findings.Count + 1, finding.ChecklistItem, finding.Description,
            finding.Severity, finding.Owner, finding.DueDate, deadline.WarnAt, dueAt, by, now)]);
    }

    /// <summary>The owner reports the rectification of an open finding; in time when before it fell due.</summary>
    public Decision ReportRectification(int number, string text, string by, DateTimeOffset now)
    {
        if (Findings.FirstOrDefault(f => f.Number == number) is not { } finding) return InspectionRules.UnknownFinding;
        if (!string.Equals(by, finding.Owner, StringComparison.OrdinalIgnoreCase)) return InspectionRules.OnlyTheOwnerReports;
        if (finding.Status != FindingStatus.Open) return InspectionRules.FindingNotOpen;
        var inTime = finding.Clock != ResponseDeadlineState.Breached && now < finding.DueAt;
        return Decision.Accept(new RectificationReported(Id, number, text, inTime, by, now));
    }

    /// <summary>The inspector or an operations manager accepts a reported rectification.</summary>
    public Decision VerifyRectification(int number, string? note, string by, bool isManager, DateTimeOffset now) =>
        RefusalOfVerifying(number, by, isManager) ?? Decision.Accept(new RectificationVerified(Id, number, note, by, now));

    /// <summary>
    /// The inspector or an operations manager sends a reported rectification back: the finding is open again, its clock
    /// breached once past its due time, else running (or warned once past its warning time).
    /// </summary>
    public Decision RejectRectification(int number, string reason, string by, bool isManager, DateTimeOffset now)
    {
        if (RefusalOfVerifying(number, by, isManager) is { } refusal) return refusal;
        var finding = Findings.Single(f => f.Number == number);
        var clock = finding.Clock == ResponseDeadlineState.Breached || now >= finding.DueAt ? ResponseDeadlineState.Breached
            : now >= finding.WarnAt ? ResponseDeadlineState.Warned
            : ResponseDeadlineState.Running;
        return Decision.Accept(new RectificationRejected(Id, number, reason, clock, by, now));
    }

    /// <summary>The checklist is done (every item has a result) and each failed item has its finding; a repeat changes nothing.</summary>
    public Decision Complete(string? summary, string by, bool isManager, DateTimeOffset now)
    {
        if (Status == InspectionStatus.Completed) return Decision.Accept();
        if (RefusalOfInspecting(by, isManager) is { } refusal) return refusal;
        if (Items.Any(i => !Results.ContainsKey(i))) return InspectionRules.ChecklistIncomplete;
        if (Results.Values.Any(r => r.Result == CheckResult.Fail && Findings.All(f => f.ChecklistItem != r.Number)))
            return InspectionRules.FailedItemNeedsFinding;
        return Decision.Accept(new InspectionCompleted(Id, summary, by, now));
    }

    /// <summary>A completed inspection whose every finding is verified is closed; a repeat changes nothing.</summary>
    public Decision Close(string by, bool isManager, DateTimeOffset now)
    {
        if (Status == InspectionStatus.Closed) return Decision.Accept();
        if (Status != InspectionStatus.Completed) return InspectionRules.NotCompleted;
        if (!isManager && !IsInspector(by)) return InspectionRules.OnlyTheInspector;
        if (Findings.Any(f => f.Status != FindingStatus.Verified)) return InspectionRules.FindingsNotVerified;
        return Decision.Accept(new InspectionClosed(Id, by, now));
    }

    /// <summary>A scheduled warning; ignored once the finding is reported, or when it is not this finding's due time.</summary>
    public Decision Warn(int number, DateTimeOffset dueAt, DateTimeOffset now) =>
        Findings.FirstOrDefault(f => f.Number == number) is { Status: FindingStatus.Open, Clock: ResponseDeadlineState.Running } f && f.DueAt == dueAt
            ? Decision.Accept(new FindingDeadlineWarned(Id, number, dueAt, now))
            : Decision.Accept();

    /// <summary>A scheduled breach; ignored once the finding is reported, or when it is not this finding's due time.</summary>
    public Decision Breach(int number, DateTimeOffset dueAt, DateTimeOffset now) =>
        Findings.FirstOrDefault(f => f.Number == number) is { Status: FindingStatus.Open, Clock: ResponseDeadlineState.Running or ResponseDeadlineState.Warned } f
        && f.DueAt == dueAt
            ? Decision.Accept(new FindingDeadlineBreached(Id, number, dueAt, now))
            : Decision.Accept();

    private object[] Started(string by, DateTimeOffset now) => Status == InspectionStatus.Planned ? [new InspectionStarted(Id, by, now)] : [];

    private Rule? RefusalOfInspecting(string by, bool isManager) =>
        !UnderInspection ? InspectionRules.NotUnderInspection
        : !isManager && !IsInspector(by) ? InspectionRules.OnlyTheInspector
        : null;

    private Rule? RefusalOfVerifying(int number, string by, bool isManager) =>
        Findings.FirstOrDefault(f => f.Number == number) is not { } finding ? InspectionRules.UnknownFinding
        : !isManager && !IsInspector(by) ? InspectionRules.OnlyTheInspectorVerifies
        : finding.Status != FindingStatus.Reported ? InspectionRules.RectificationNotReported
        : null;
}

/// <summary>An inspection as planned, before its stream starts; <see cref="Checklist"/> empty for the area's default.</summary>
public sealed record InspectionPlan(
    Guid StoreId, InspectionArea Area, DateOnly PeriodStart, DateOnly PeriodEnd, string Inspector, IReadOnlyList<ChecklistItem> Checklist);

/// <summary>The seed's checklist per area, and when a finding's due date ends.</summary>
public static class InspectionChecklists
{
    /// <summary>Each seed check's title and the area it belongs to.</summary>
    public static readonly IReadOnlyDictionary<InspectionCheck, (InspectionArea Area, string Title)> Checks =
        new Dictionary<InspectionCheck, (InspectionArea, string)>
        {
            [InspectionCheck.ResponseTimes] = (InspectionArea.Service, "Response times"),
            [InspectionCheck.AnswerAccuracy] = (InspectionArea.Service, "Answer accuracy"),
            [InspectionCheck.ComplaintHandling] = (InspectionArea.Service, "Complaint handling"),
            [InspectionCheck.DataAccuracy] = (InspectionArea.Operations, "Data accuracy"),
            [InspectionCheck.PromotionEffect] = (InspectionArea.Operations, "Promotion effect"),
            [InspectionCheck.ShipTimeliness] = (InspectionArea.Logistics, "Ship timeliness"),
            [InspectionCheck.Tracking] = (InspectionArea.Logistics, "Tracking"),
            [InspectionCheck.Stock] = (InspectionArea.Logistics, "Stock"),
            [InspectionCheck.TrainingExecution] = (InspectionArea.Training, "Training execution"),
        };

    /// <summary>The seed's checks of the area, numbered in the seed's order.</summary>
    public static IReadOnlyList<ChecklistItem> DefaultFor(InspectionArea area) =>
        [.. Checks.Where(c => c.Value.Area == area).Select((c, i) => new ChecklistItem(i + 1, c.Key, c.Value.Title))];

    /// <summary>The store's closing time on <paramref name="day"/>, or on the next working day when it is not one.</summary>
    public static DateTimeOffset EndOfBusiness(WorkingCalendar calendar, DateOnly day)
    {
        while (!calendar.IsWorkingDay(day)) day = day.AddDays(1);
        return calendar.AtLocal(day, calendar.ClosesAt);
    }
}

/// <summary>Who acts on inspections: the operations manager and service plan and inspect; owners report; every reader reads.</summary>
public static class InspectionRoles
{
    public static readonly string[] Inspectors = [Role.OpsManager, Role.Admin, Role.Service];

    /// <summary>Whoever may own a finding's rectification: every department's people (not the auditor, not an integration).</summary>
    public static readonly string[] Owners =
        [Role.OpsManager, Role.Admin, Role.Product, Role.Listing, Role.Service, Role.Logistics, Role.Finance, Role.Trainer, Role.Staff];

    public static readonly string[] Managers = [Role.OpsManager, Role.Admin];

    /// <summary>Whether the caller is a manager, who may inspect and verify for any inspector.</summary>
    public static bool IsManager(System.Security.Claims.ClaimsPrincipal user) => Managers.Any(user.IsInRole);
}
