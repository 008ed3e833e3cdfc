using Ops.Listing.Keywords;
using Ops.Shared;
using Ops.Shared.Http;
using static Listing.Tests.Keywords.KeywordScenarios;

namespace Listing.Tests.Keywords;

public sealed class KeywordSetTests(ListingApp app) : ListingTest(app)
{
    [Fact]
    public async Task a_listing_without_keywords_has_an_empty_set_at_version_zero()
    {
        var listingId = await App.Listing();

        var result = await As(Role.Auditor, x => x.Get.Url(KeywordsOf(listingId)));

        await result.ShouldHaveStatus(200);
        result.ETag().ShouldBe("\"0\"");
        var set = (await result.ReadAsJsonAsync<KeywordSetView>())!;
        (set.Id, set.ListingId, set.Version, set.Keywords.Count).ShouldBe((KeywordSet.IdFor(listingId), listingId, 0, 0));
    }

    [Fact]
    public async Task keywords_are_tracked_with_their_research_figures_and_no_rank_yet()
    {
        var listingId = await App.Listing();

        var result = await App.Add(listingId, Keyword("  Wireless   Earbuds ", 90_000, KeywordRelevance.Core, 4),
            Keyword("earbuds for running", 3_500, KeywordRelevance.LongTail, 1));

        await result.ShouldHaveStatus(200);
        result.ETag().ShouldBe("\"3\""); // started, two keywords added
        var set = (await result.ReadAsJsonAsync<KeywordSetView>())!;
        set.Keywords.ShouldBe([
            new TrackedKeyword("Wireless Earbuds", 90_000, KeywordRelevance.Core, 4, null, null, null, OpsFixture.Start),
            new TrackedKeyword("earbuds for running", 3_500, KeywordRelevance.LongTail, 1, null, null, null, OpsFixture.Start),
        ]);
        (await App.KeywordSet(listingId)).ShouldBeEquivalentTo(set);
    }

    [Fact]
    public async Task a_keyword_already_tracked_is_refused_ignoring_case_and_spaces_and_nothing_is_added()
    {
        var (listingId, set) = await App.ListingWithKeywords();

        await App.Add(listingId, Keyword("running shoes"), Keyword(" WIRELESS  earbuds"))
            .ShouldBeProblem(409, KeywordRules.AlreadyInSetCode);

        (await App.KeywordSet(listingId)).ShouldBeEquivalentTo(set);
    }

    [Fact]
    public async Task the_same_keyword_twice_in_one_request_is_a_field_error()
    {
        var listingId = await App.Listing();

        await App.Add(listingId, Keyword("wireless earbuds"), Keyword("Wireless Earbuds ")).ShouldHaveFieldError("keywords");
    }

    [Fact]
    public async Task at_most_500_keywords_are_sent_at_a_time()
    {
        var listingId = await App.Listing();
        var keywords = Enumerable.Range(1, KeywordListValidator.MaxKeywordsPerRequest + 1).Select(n => Keyword($"earbuds {n}")).ToArray();

        await App.Replace(listingId, keywords).ShouldHaveFieldError("keywords");
        (await App.Replace(listingId, keywords[..^1]).Ok<KeywordSetView>()).Keywords.Count.ShouldBe(500);
    }

    [Fact]
    public async Task a_keyword_needs_text_a_relevance_and_figures_that_are_not_negative()
    {
        var listingId = await App.Listing();

        var problem = await As(Role.Listing, x => x.Post.Json(new
        {
            keywords = new object[]
            {
                new { keyword = " ", searchVolume = -1, relevance = "Core", entryPoints = -1 },
                new { keyword = new string('k', 201), searchVolume = 10 },
            },
        }).ToUrl(KeywordsOf(listingId))).ShouldHaveFieldError("keywords[0].keyword");

        problem.Errors!.Keys.ShouldBe(["keywords[0].keyword", "keywords[0].searchVolume", "keywords[0].entryPoints", "keywords[1].keyword",
            "keywords[1].relevance"], ignoreOrder: true);
    }

    [Fact]
    public async Task keywords_of_a_listing_that_does_not_exist_are_not_found()
    {
        var unknown = Guid.CreateVersion7();

        var problem = await App.Add(unknown, Keyword("wireless earbuds")).ShouldBeProblem(404, ProblemCodes.NotFound);
        problem.Detail.ShouldBe($"No listing with id {unknown}.");
        await As(Role.Auditor, x => x.Get.Url(KeywordsOf(unknown))).ShouldBeProblem(404, ProblemCodes.NotFound);
        await As(Role.Auditor, x => x.Get.Url($"{KeywordsOf(unknown)}/history")).ShouldBeProblem(404, ProblemCodes.NotFound);
        await App.Replace(unknown, Keyword("wireless earbuds")).ShouldBeProblem(404, ProblemCodes.NotFound);
        await As(Role.Listing, x => x.Delete.Url($"{KeywordsOf(unknown)}/wireless earbuds")).ShouldBeProblem(404, ProblemCodes.NotFound);
        await App.ObserveRank(unknown, "wireless earbuds", 3, null, new DateOnly(2030, 11, 4)).ShouldBeProblem(404, ProblemCodes.NotFound);
        await As(Role.Listing, x => x.Put.Json(new { searchVolume = 1, relevance = "Core", entryPoints = 1 }).ToUrl($"{KeywordsOf(unknown)}/wireless earbuds"))
            .ShouldBeProblem(404, ProblemCodes.NotFound);
        await As(Role.Auditor, x => x.Get.Url($"{KeywordsOf(unknown)}/wireless earbuds/ranks")).ShouldBeProblem(404, ProblemCodes.NotFound);
    }

    [Fact]
    public async Task replacing_the_set_adds_changes_and_removes_keywords_and_the_same_set_again_changes_nothing()
    {
        var (listingId, _) = await App.ListingWithKeywords();

        var replaced = await App.Replace(listingId, Keyword("Wireless earbuds", 95_000), Keyword("bluetooth headphones", 40_000, KeywordRelevance.Related, 2),
            Keyword("noise cancelling earbuds", 20_000, KeywordRelevance.Related, 2)).Ok<KeywordSetView>();
        var again = await App.Replace(listingId, Keyword("wireless earbuds", 95_000), Keyword("bluetooth headphones", 40_000, KeywordRelevance.Related, 2),
            Keyword("noise cancelling earbuds", 20_000, KeywordRelevance.Related, 2)).Ok<KeywordSetView>();

        replaced.Keywords.Select(k => (k.Keyword, k.SearchVolume)).ShouldBe([
            ("wireless earbuds", 95_000), ("bluetooth headphones", 40_000), ("noise cancelling earbuds", 20_000),
        ]);
        again.Version.ShouldBe(replaced.Version);
        (await App.KeywordHistory(listingId)).Skip(4).Select(e => e.Type)
            .ShouldBe(["keyword_removed", "keyword_changed", "keyword_added"]);
    }

    [Fact]
    public async Task an_empty_set_may_be_put_and_clears_the_keywords()
    {
        var (listingId, _) = await App.ListingWithKeywords();

        var cleared = await App.Replace(listingId).Ok<KeywordSetView>();

        cleared.Keywords.ShouldBeEmpty();
    }

    [Fact]
    public async Task a_tracked_keyword_gets_new_figures_addressed_in_any_case()
    {
        var (listingId, set) = await App.ListingWithKeywords();

        var changed = await As(Role.OpsManager, x => x.Put.Json(new { searchVolume = 110_000, relevance = "Core", entryPoints = 5 })
            .ToUrl($"{KeywordsOf(listingId)}/{Uri.EscapeDataString("WIRELESS Earbuds")}")).Ok<KeywordSetView>();
        var unchanged = await As(Role.OpsManager, x => x.Put.Json(new { searchVolume = 110_000, relevance = "Core", entryPoints = 5 })
            .ToUrl($"{KeywordsOf(listingId)}/wireless earbuds")).Ok<KeywordSetView>();

        changed.Keywords[0].ShouldBe(set.Keywords[0] with { SearchVolume = 110_000, EntryPoints = 5 });
        changed.Version.ShouldBe(set.Version + 1);
        unchanged.Version.ShouldBe(changed.Version);
    }

    [Fact]
    public async Task changing_a_keyword_needs_a_relevance_and_figures_that_are_not_negative()
    {
        var (listingId, _) = await App.ListingWithKeywords();

        var problem = await As(Role.Listing, x => x.Put.Json(new { searchVolume = -5, entryPoints = -1 })
            .ToUrl($"{KeywordsOf(listingId)}/wireless earbuds")).ShouldHaveFieldError("relevance");

        problem.Errors!.Keys.ShouldBe(["searchVolume", "relevance", "entryPoints"], ignoreOrder: true);
    }

    [Fact]
    public async Task a_keyword_the_listing_does_not_track_cannot_be_changed_removed_or_ranked()
    {
        var (listingId, _) = await App.ListingWithKeywords();

        await As(Role.Listing, x => x.Put.Json(new { searchVolume = 10, relevance = "Related", entryPoints = 1 })
            .ToUrl($"{KeywordsOf(listingId)}/phone case")).ShouldBeProblem(409, KeywordRules.NotInSetCode);
        await As(Role.Listing, x => x.Delete.Url($"{KeywordsOf(listingId)}/phone case")).ShouldBeProblem(409, KeywordRules.NotInSetCode);
        await App.ObserveRank(listingId, "phone case", 3, null, new DateOnly(2030, 11, 4)).ShouldBeProblem(409, KeywordRules.NotInSetCode);
        await As(Role.Auditor, x => x.Get.Url($"{KeywordsOf(listingId)}/phone case/ranks")).ShouldBeProblem(404, ProblemCodes.NotFound);
    }

    [Fact]
    public async Task a_removed_keyword_is_no_longer_tracked()
    {
        var (listingId, _) = await App.ListingWithKeywords();

        var removed = await As(Role.Admin, x => x.Delete.Url($"{KeywordsOf(listingId)}/Bluetooth Headphones")).Ok<KeywordSetView>();

        removed.Keywords.Select(k => k.Keyword).ShouldBe(["wireless earbuds", "earbuds for running"]);
        await As(Role.Admin, x => x.Delete.Url($"{KeywordsOf(listingId)}/bluetooth headphones")).ShouldBeProblem(409, KeywordRules.NotInSetCode);
    }

    [Fact]
    public async Task a_stale_if_match_is_refused()
    {
        var (listingId, set) = await App.ListingWithKeywords();

        await As(Role.Listing, x =>
        {
            x.Post.Json(new { keywords = new[] { Keyword("running headphones") } }).ToUrl(KeywordsOf(listingId));
            x.WithRequestHeader("If-Match", $"\"{set.Version - 1}\"");
        }).ShouldBeProblem(412, ProblemCodes.VersionMismatch);
        await As(Role.Listing, x =>
        {
            x.Post.Json(new { keywords = new[] { Keyword("running headphones") } }).ToUrl(KeywordsOf(listingId));
            x.WithRequestHeader("If-Match", $"\"{set.Version}\"");
        }).Ok<KeywordSetView>();
    }

    [Fact]
    public async Task a_new_set_is_written_at_version_zero_only()
    {
        var listingId = await App.Listing();

        await As(Role.Listing, x =>
        {
            x.Post.Json(new { keywords = new[] { Keyword("wireless earbuds") } }).ToUrl(KeywordsOf(listingId));
            x.WithRequestHeader("If-Match", "\"2\"");
        }).ShouldBeProblem(412, ProblemCodes.VersionMismatch);
        await As(Role.Listing, x =>
        {
            x.Post.Json(new { keywords = new[] { Keyword("wireless earbuds") } }).ToUrl(KeywordsOf(listingId));
            x.WithRequestHeader("If-Match", "\"0\"");
        }).Ok<KeywordSetView>();
    }

    [Fact]
    public async Task history_lists_the_changes_with_who_made_them_and_is_empty_before_any()
    {
        var listingId = await App.Listing();
        (await App.KeywordHistory(listingId)).ShouldBeEmpty();
        await App.Add(listingId, Keyword("wireless earbuds")).Ok<KeywordSetView>();
        await As(Role.OpsManager, x => x.Delete.Url($"{KeywordsOf(listingId)}/wireless earbuds")).Ok<KeywordSetView>();

        var history = await App.KeywordHistory(listingId);

        history.Select(e => (e.Version, e.Type, e.Actor)).ShouldBe([
            (1, "keyword_set_started", "listing@demo.ops"),
            (2, "keyword_added", "listing@demo.ops"),
            (3, "keyword_removed", "ops-manager@demo.ops"),
        ]);
    }

    [Fact]
    public async Task the_set_is_read_as_it_was_at_an_earlier_version_or_time()
    {
        var (listingId, set) = await App.ListingWithKeywords();
        var addedAt = (await App.KeywordHistory(listingId))[^1].Timestamp;
        await As(Role.Listing, x => x.Delete.Url($"{KeywordsOf(listingId)}/wireless earbuds")).Ok<KeywordSetView>();

        var atVersion = await App.KeywordSet(listingId, "?version=2");
        var atTime = await App.KeywordSet(listingId, $"?asOf={Uri.EscapeDataString(addedAt.ToString("O"))}");
        var beforeAny = await App.KeywordSet(listingId, $"?asOf={Uri.EscapeDataString(addedAt.AddYears(-1).ToString("O"))}");

        atVersion.Keywords.Select(k => k.Keyword).ShouldBe(["wireless earbuds"]);
        atTime.ShouldBeEquivalentTo(set);
        (beforeAny.Version, beforeAny.Keywords.Count).ShouldBe((0, 0));
    }

    [Fact]
    public async Task listing_operators_managers_and_admins_write_keywords_the_auditor_reads_only()
    {
        var listingId = await App.Listing();

        foreach (var (role, keyword) in new[] { (Role.Listing, "a"), (Role.OpsManager, "b"), (Role.Admin, "c") })
            await As(role, x => x.Post.Json(new { keywords = new[] { Keyword(keyword) } }).ToUrl(KeywordsOf(listingId))).Ok<KeywordSetView>();
        await As(Role.Auditor, x => x.Post.Json(new { keywords = new[] { Keyword("d") } }).ToUrl(KeywordsOf(listingId)))
            .ShouldBeProblem(403, ProblemCodes.Forbidden);
        await As(Role.Product, x => x.Put.Json(new { keywords = new[] { Keyword("d") } }).ToUrl(KeywordsOf(listingId)))
            .ShouldBeProblem(403, ProblemCodes.Forbidden);
        await Anonymous(x => x.Get.Url(KeywordsOf(listingId))).ShouldBeProblem(401, ProblemCodes.Unauthenticated);
        (await App.KeywordSet(listingId)).Keywords.Count.ShouldBe(3);
    }
}
