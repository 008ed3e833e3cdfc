using Alba;
using Ops.Service.Answers;
using Ops.Service.Inquiries;
using Ops.Shared;
using Ops.Shared.Audit;
using Ops.Shared.Http;
using Ops.Shared.Paging;
using static Service.Tests.InquiryScenarios;

namespace Service.Tests;

/// <summary>Given-states for the standard answer library, built through the API.</summary>
public static class AnswerScenarios
{
    public const string AnswersUrl = "/api/service/answers";

    public static object Words(string question = "Can I return the lamp?", InquiryTopic category = InquiryTopic.Return,
        string english = "Yes: returns are free within 30 days of delivery.", string chinese = "可以：签收后 30 天内免费退货。") =>
        new { question, category, englishText = english, chineseText = chinese };

    public static Task<StandardAnswerDetails> Draft(this ServiceApp app, object? words = null, string role = Role.Service) =>
        app.As(role, x => x.Post.Json(words ?? Words()).ToUrl(AnswersUrl)).Ok<StandardAnswerDetails>(201);

    public static Task<IScenarioResult> Edit(this ServiceApp app, Guid id, object words, string role = Role.Service) =>
        app.As(role, x => x.Put.Json(words).ToUrl($"{AnswersUrl}/{id}"));

    public static Task<IScenarioResult> ApproveAnswer(this ServiceApp app, Guid id, string role = Role.OpsManager) =>
        app.As(role, x => x.Post.Json(new { }).ToUrl($"{AnswersUrl}/{id}/approve"));

    public static Task<IScenarioResult> Retire(this ServiceApp app, Guid id, string reason = "Return policy changed.", string role = Role.OpsManager) =>
        app.As(role, x => x.Post.Json(new { reason }).ToUrl($"{AnswersUrl}/{id}/retire"));

    public static async Task<StandardAnswerDetails> Approved(this ServiceApp app, object? words = null)
    {
        var draft = await app.Draft(words);
        return await app.ApproveAnswer(draft.Id).Ok<StandardAnswerDetails>();
    }

    public static Task<StandardAnswerDetails> Answer(this ServiceApp app, Guid id) =>
        app.As(Role.Auditor, x => x.Get.Url($"{AnswersUrl}/{id}")).Ok<StandardAnswerDetails>();

    public static Task<Page<StandardAnswerDetails>> Library(this ServiceApp app, string query = "") =>
        app.As(Role.Service, x => x.Get.Url($"{AnswersUrl}{query}")).Ok<Page<StandardAnswerDetails>>();
}

/// <summary>
/// The standard answer library (service.md): <c>Draft → Approved → Retired</c>; editing an approved answer drafts a new
/// version while the approved one stays citable; the operations manager approves and retires.
/// </summary>
public sealed class StandardAnswerTests(ServiceApp app) : ServiceTest(app)
{
    [Fact]
    public async Task a_drafted_answer_is_version_one_and_not_yet_citable()
    {
        var result = await App.As(Role.Service, x => x.Post.Json(AnswerScenarios.Words(question: "  Can I return the lamp?  ")).ToUrl(AnswerScenarios.AnswersUrl));
        var draft = await Task.FromResult(result).Ok<StandardAnswerDetails>(201);

        result.Context.Response.Headers.Location.ToString().ShouldBe($"/api/service/answers/{draft.Id}");
        (draft.Status, draft.AnswerVersion, draft.Question, draft.Category, draft.ChineseText, draft.DraftedBy).ShouldBe(
            (StandardAnswerStatus.Draft, 1, "Can I return the lamp?", InquiryTopic.Return, "可以：签收后 30 天内免费退货。", "service@demo.ops"));
        draft.Citation().ShouldBeNull();
    }

    [Fact]
    public async Task the_operations_manager_approves_a_draft_and_a_service_agent_cannot()
    {
        var draft = await App.Draft();

        await App.ApproveAnswer(draft.Id, Role.Service).ShouldBeProblem(403, ProblemCodes.Forbidden);
        var approved = await App.ApproveAnswer(draft.Id).Ok<StandardAnswerDetails>();

        (approved.Status, approved.AnswerVersion, approved.ApprovedBy, approved.ApprovedAt).ShouldBe(
            (StandardAnswerStatus.Approved, 1, "ops-manager@demo.ops", OpsFixture.Start));
    }

    [Fact]
    public async Task editing_a_draft_changes_it_in_place()
    {
        var draft = await App.Draft();

        var edited = await App.Edit(draft.Id, AnswerScenarios.Words(english: "Yes, within 30 days.")).Ok<StandardAnswerDetails>();

        (edited.Status, edited.AnswerVersion, edited.EnglishText, edited.PendingDraft).ShouldBe((StandardAnswerStatus.Draft, 1, "Yes, within 30 days.", null));
    }

    [Fact]
    public async Task editing_an_approved_answer_drafts_a_new_version_and_the_approved_one_stays_citable_until_it_is_approved()
    {
        var approved = await App.Approved();
        App.Clock.Advance(TimeSpan.FromHours(1));

        var edited = await App.Edit(approved.Id, AnswerScenarios.Words(english: "Yes: returns are free within 60 days.")).Ok<StandardAnswerDetails>();

        (edited.Status, edited.AnswerVersion, edited.EnglishText).ShouldBe((StandardAnswerStatus.Approved, 1, approved.EnglishText));
        edited.PendingDraft.ShouldBe(new StandardAnswerDraft(2, "Can I return the lamp?", InquiryTopic.Return, "Yes: returns are free within 60 days.",
            "可以：签收后 30 天内免费退货。", "service@demo.ops", OpsFixture.Start.AddHours(1)));
        edited.Citation()!.Version.ShouldBe(1);

        var superseding = await App.ApproveAnswer(approved.Id).Ok<StandardAnswerDetails>();

        (superseding.AnswerVersion, superseding.EnglishText, superseding.PendingDraft).ShouldBe((2, "Yes: returns are free within 60 days.", null));
        (await App.As(Role.Auditor, x => x.Get.Url($"{AnswerScenarios.AnswersUrl}/{approved.Id}/history")).Ok<IReadOnlyList<HistoryEntry>>()).Last().Data.ToString()!.ShouldContain("\"supersededVersion\":1");
    }

    [Fact]
    public async Task editing_a_pending_draft_keeps_its_version_and_the_same_words_change_nothing()
    {
        var approved = await App.Approved();
        await App.Edit(approved.Id, AnswerScenarios.Words(english: "Sixty days.")).Ok<StandardAnswerDetails>();

        var again = await App.Edit(approved.Id, AnswerScenarios.Words(english: "Ninety days.")).Ok<StandardAnswerDetails>();
        var same = await App.Edit(approved.Id, AnswerScenarios.Words(english: "Ninety days.")).Ok<StandardAnswerDetails>();

        (again.PendingDraft!.AnswerVersion, again.PendingDraft.EnglishText).ShouldBe((2, "Ninety days."));
        same.Version.ShouldBe(again.Version);
    }

    [Fact]
    public async Task a_retired_answer_can_be_neither_edited_nor_approved()
    {
        var approved = await App.Approved();
        await App.Edit(approved.Id, AnswerScenarios.Words(english: "Sixty days.")).Ok<StandardAnswerDetails>();

        var retired = await App.Retire(approved.Id).Ok<StandardAnswerDetails>();

        (retired.Status, retired.PendingDraft, retired.RetirementReason, retired.RetiredBy).ShouldBe(
            (StandardAnswerStatus.Retired, null, "Return policy changed.", "ops-manager@demo.ops"));
        await App.Edit(approved.Id, AnswerScenarios.Words()).ShouldBeProblem(409, "answer.retired_cannot_be_edited");
        await App.ApproveAnswer(approved.Id).ShouldBeProblem(409, "answer.retired_cannot_be_approved");
    }

    [Fact]
    public async Task only_an_approved_answer_is_retired_and_only_by_the_operations_manager()
    {
        var draft = await App.Draft();

        await App.Retire(draft.Id).ShouldBeProblem(409, "answer.only_approved_can_be_retired");
        await App.ApproveAnswer(draft.Id).Ok<StandardAnswerDetails>();
        await App.Retire(draft.Id, role: Role.Service).ShouldBeProblem(403, ProblemCodes.Forbidden);
        await App.As(Role.OpsManager, x => x.Post.Json(new { reason = "" }).ToUrl($"{AnswerScenarios.AnswersUrl}/{draft.Id}/retire"))
            .ShouldHaveFieldError("reason");
        (await App.Answer(draft.Id)).Status.ShouldBe(StandardAnswerStatus.Approved);
    }

    [Fact]
    public async Task bad_words_are_refused_with_an_error_on_each_field()
    {
        var problem = await App.As(Role.Service, x => x.Post.Json(new { question = new string('?', 501) }).ToUrl(AnswerScenarios.AnswersUrl))
            .ShouldHaveFieldError("question");

        problem.Errors!.Keys.ShouldBe(["question", "category", "englishText", "chineseText"], ignoreOrder: true);
        (await App.Library()).TotalItems.ShouldBe(0);
    }

    [Fact]
    public async Task the_library_is_filtered_by_status_category_and_a_search_in_either_language_and_paged()
    {
        var returns = await App.Approved();
        var shipping = await App.Draft(AnswerScenarios.Words("How long does shipping take?", InquiryTopic.Shipping, "Three to five days.", "三到五天。"));
        var product = await App.Draft(AnswerScenarios.Words("Is the lamp dimmable?", InquiryTopic.Product, "Yes, in three steps.", "可以，三档调光。"));

        (await App.Library("?status=Approved")).Items.Select(a => a.Id).ShouldBe([returns.Id]);
        (await App.Library("?category=Shipping")).Items.Select(a => a.Id).ShouldBe([shipping.Id]);
        (await App.Library("?search=LAMP")).Items.Select(a => a.Id).ShouldBe([returns.Id, product.Id]);
        (await App.Library("?search=五天")).Items.Select(a => a.Id).ShouldBe([shipping.Id]);
        (await App.Library("?search=five days")).Items.Select(a => a.Id).ShouldBe([shipping.Id]);
        (await App.Library("?pageSize=2&page=2")).ShouldSatisfyAllConditions(
            p => p.Items.Select(a => a.Id).ShouldBe([product.Id]), p => p.TotalItems.ShouldBe(3), p => p.TotalPages.ShouldBe(2));
        await App.As(Role.Service, x => x.Get.Url($"{AnswerScenarios.AnswersUrl}?sort=text")).ShouldHaveFieldError("sort");
    }

    [Fact]
    public async Task history_says_what_each_step_changed_before_and_after()
    {
        var approved = await App.Approved();
        await App.Edit(approved.Id, AnswerScenarios.Words(english: "Sixty days.")).Ok<StandardAnswerDetails>();
        await App.ApproveAnswer(approved.Id).Ok<StandardAnswerDetails>();

        var history = await App.As(Role.Auditor, x => x.Get.Url($"{AnswerScenarios.AnswersUrl}/{approved.Id}/history")).Ok<IReadOnlyList<HistoryEntry>>();

        history.Select(h => h.Type).ShouldBe(["standard_answer_drafted", "standard_answer_approved", "standard_answer_edited", "standard_answer_approved"]);
        var status = history[1].Changes.Single(c => c.Field == "status");
        (status.Before!.Value.GetString(), status.After!.Value.GetString()).ShouldBe(("Draft", "Approved"));
        var text = history[3].Changes.Single(c => c.Field == "englishText");
        (text.Before!.Value.GetString(), text.After!.Value.GetString()).ShouldBe(("Yes: returns are free within 30 days of delivery.", "Sixty days."));
    }

    [Fact]
    public async Task the_auditor_reads_the_library_but_writes_nothing()
    {
        var draft = await App.Draft();

        await App.As(Role.Auditor, x => x.Post.Json(AnswerScenarios.Words()).ToUrl(AnswerScenarios.AnswersUrl)).ShouldBeProblem(403, ProblemCodes.Forbidden);
        await App.Edit(draft.Id, AnswerScenarios.Words(), Role.Auditor).ShouldBeProblem(403, ProblemCodes.Forbidden);
        await App.ApproveAnswer(draft.Id, Role.Auditor).ShouldBeProblem(403, ProblemCodes.Forbidden);
        (await App.As(Role.Auditor, x => x.Get.Url(AnswerScenarios.AnswersUrl)).Ok<Page<StandardAnswerDetails>>()).TotalItems.ShouldBe(1);
    }
}
