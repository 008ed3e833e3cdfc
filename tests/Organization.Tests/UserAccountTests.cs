using Alba;
using Ops.Organization.Users;
using Ops.Shared;
using Ops.Shared.Audit;
using Ops.Shared.Paging;

namespace Organization.Tests;

public sealed class UserAccountTests(OrganizationApp app) : OrganizationTest(app)
{
    private static CreateUserRequest NewUser(string email = "mei@shop.example") =>
        new(email, "Mei Chen", "Sup3r-secret", [Role.Product, Role.Listing]);

    private Task<IScenarioResult> Create(CreateUserRequest request, string? idempotencyKey = null) => As(Role.Admin, x =>
    {
        x.Post.Json(request).ToUrl("/api/org/users");
        if (idempotencyKey is not null) x.WithRequestHeader("Idempotency-Key", idempotencyKey);
    });

    [Fact]
    public async Task an_admin_creates_an_account_that_can_log_in_with_its_roles()
    {
        var result = await Create(NewUser());
        await result.ShouldHaveStatus(201);
        var user = (await result.ReadAsJsonAsync<UserAccountView>())!;

        result.Context.Response.Headers.Location.ToString().ShouldBe($"/api/org/users/{user.Id}");
        result.ETag().ShouldBe("\"1\"");
        user.Email.ShouldBe("mei@shop.example");
        user.Roles.ShouldBe([Role.Product, Role.Listing]);
        user.Status.ShouldBe(UserStatus.Active);

        var token = await App.LogInAsync("MEI@shop.example", "Sup3r-secret");
        token.ShouldNotBeNullOrEmpty();
    }

    [Fact]
    public async Task the_response_never_contains_the_password_or_its_hash()
    {
        var result = await Create(NewUser());
        var body = await result.ReadAsTextAsync();

        body.ShouldNotContain("Sup3r-secret");
        body.ShouldNotContain("password", Case.Insensitive);
    }

    [Fact]
    public async Task a_second_account_with_the_same_email_is_refused()
    {
        await Create(NewUser());

        await Create(NewUser("Mei@Shop.example ")).ShouldBeProblem(409, CreateUserRules.EmailMustBeUnique.Code);
    }

    [Fact]
    public async Task a_retry_with_the_same_idempotency_key_returns_the_first_result_and_writes_nothing()
    {
        var first = await Create(NewUser(), "create-mei-1");
        var firstBody = await first.ReadAsTextAsync();

        var retry = await Create(NewUser(), "create-mei-1");

        await retry.ShouldHaveStatus(201);
        (await retry.ReadAsTextAsync()).ShouldBe(firstBody);
        retry.Context.Response.Headers.Location.ToString().ShouldBe(first.Context.Response.Headers.Location.ToString());
        var users = await As(Role.Admin, x => x.Get.Url("/api/org/users?search=mei")).Ok<Page<UserAccountView>>();
        users.TotalItems.ShouldBe(1);
    }

    [Fact]
    public async Task the_same_idempotency_key_with_another_body_is_refused_with_422()
    {
        await Create(NewUser(), "create-mei-2");

        await Create(NewUser("other@shop.example"), "create-mei-2").ShouldBeProblem(422, "idempotency_key_reused");
    }

    [Fact]
    public async Task invalid_fields_are_named_in_the_problem()
    {
        var problem = await Create(new CreateUserRequest("nope", "", "short", ["wizard"])).ShouldHaveFieldError("email");

        problem.Errors!.Keys.ShouldBe(["email", "displayName", "password", "roles[0]"], ignoreOrder: true);
    }

    [Fact]
    public async Task only_an_admin_creates_accounts_and_the_auditor_writes_nothing()
    {
        await As(Role.OpsManager, x => x.Post.Json(NewUser()).ToUrl("/api/org/users")).ShouldBeProblem(403, "forbidden");
        await As(Role.Auditor, x => x.Post.Json(NewUser()).ToUrl("/api/org/users")).ShouldBeProblem(403, "forbidden");
        await Anonymous(x => x.Post.Json(NewUser()).ToUrl("/api/org/users")).ShouldBeProblem(401, "unauthenticated");
    }

    [Fact]
    public async Task changing_roles_with_a_stale_version_is_refused_with_412()
    {
        var user = await Create(NewUser()).Ok<UserAccountView>(201);
        await As(Role.Admin, x => x.Put.Json(new { roles = new[] { Role.Finance } }).ToUrl($"/api/org/users/{user.Id}/roles"));

        await As(Role.Admin, x =>
        {
            x.Put.Json(new { roles = new[] { Role.Staff } }).ToUrl($"/api/org/users/{user.Id}/roles");
            x.WithRequestHeader("If-Match", "\"1\"");
        }).ShouldBeProblem(412, "version_mismatch");
    }

    [Fact]
    public async Task changing_roles_with_the_current_version_succeeds_and_returns_the_next_etag()
    {
        var user = await Create(NewUser()).Ok<UserAccountView>(201);

        var result = await As(Role.Admin, x =>
        {
            x.Put.Json(new { roles = new[] { Role.Finance } }).ToUrl($"/api/org/users/{user.Id}/roles");
            x.WithRequestHeader("If-Match", "\"1\"");
        });

        await result.ShouldHaveStatus(200);
        result.ETag().ShouldBe("\"2\"");
        (await result.ReadAsJsonAsync<UserAccountView>())!.Roles.ShouldBe([Role.Finance]);
    }

    [Fact]
    public async Task a_deactivated_account_cannot_log_in_or_change()
    {
        var user = await Create(NewUser()).Ok<UserAccountView>(201);
        await As(Role.Admin, x => x.Post.Json(new { reason = "left the company" }).ToUrl($"/api/org/users/{user.Id}/deactivate"))
            .Ok<UserAccountView>();

        await Anonymous(x => x.Post.Json(new LogInRequest("mei@shop.example", "Sup3r-secret")).ToUrl("/api/auth/token"))
            .ShouldBeProblem(401, UserRules.DeactivatedAccountCannotLogIn.Code);
        await As(Role.Admin, x => x.Put.Json(new { roles = new[] { Role.Staff } }).ToUrl($"/api/org/users/{user.Id}/roles"))
            .ShouldBeProblem(409, UserRules.DeactivatedAccountCannotChange.Code);
    }

    [Fact]
    public async Task history_lists_every_change_in_order_with_who_made_it_and_the_correlation_id()
    {
        var user = await Create(NewUser()).Ok<UserAccountView>(201);
        await As(Role.Admin, x =>
        {
            x.Put.Json(new { roles = new[] { Role.Finance } }).ToUrl($"/api/org/users/{user.Id}/roles");
            x.WithRequestHeader("X-Correlation-Id", "erp-batch-42");
        });

        var history = await As(Role.Auditor, x => x.Get.Url($"/api/org/users/{user.Id}/history")).Ok<List<HistoryEntry>>();

        history.Select(h => h.Version).ShouldBe([1L, 2L]);
        history.Select(h => h.Type).ShouldBe(["user_account_created", "user_roles_changed"]);
        history.Select(h => h.Actor).ShouldBe(["admin@demo.ops", "admin@demo.ops"]);
        history[1].CorrelationId.ShouldBe("erp-batch-42");
        history[0].Timestamp.ShouldNotBe(default);
    }

    [Fact]
    public async Task history_says_what_happened_in_words_and_never_carries_the_password_hash()
    {
        var user = await Create(NewUser()).Ok<UserAccountView>(201);
        await As(Role.Admin, x => x.Put.Json(new { roles = new[] { Role.Finance } }).ToUrl($"/api/org/users/{user.Id}/roles"));

        var raw = await (await As(Role.Auditor, x => x.Get.Url($"/api/org/users/{user.Id}/history"))).ReadAsTextAsync();
        raw.ShouldNotContain("hash", Case.Insensitive);
        raw.ShouldNotContain("AQAAAA"); // how every ASP.NET Core password hash begins, whatever its property is called

        var history = await As(Role.Auditor, x => x.Get.Url($"/api/org/users/{user.Id}/history")).Ok<List<HistoryEntry>>();
        history.Select(h => h.Title).ShouldBe(["Account created", "Roles changed"]);
        var chinese = await As(Role.Auditor, x =>
        {
            x.Get.Url($"/api/org/users/{user.Id}/history");
            x.WithRequestHeader("Accept-Language", "zh-CN");
        }).Ok<List<HistoryEntry>>();
        chinese.Select(h => h.Title).ShouldBe(["账号已创建", "角色已修改"]);
    }

    [Fact]
    public async Task a_record_can_be_read_as_it_was_at_a_version_or_a_time()
    {
        var user = await Create(NewUser()).Ok<UserAccountView>(201);
        await Task.Delay(50); // event timestamps come from PostgreSQL's clock, not the test clock
        var between = DateTimeOffset.UtcNow;
        await Task.Delay(50);
        await As(Role.Admin, x => x.Put.Json(new { roles = new[] { Role.Finance } }).ToUrl($"/api/org/users/{user.Id}/roles"));

        var atVersion1 = await As(Role.Auditor, x => x.Get.Url($"/api/org/users/{user.Id}?version=1")).Ok<UserAccountView>();
        var atTime = await As(Role.Auditor, x => x.Get.Url($"/api/org/users/{user.Id}?asOf={Uri.EscapeDataString(between.ToString("O"))}"))
            .Ok<UserAccountView>();
        var now = await As(Role.Auditor, x => x.Get.Url($"/api/org/users/{user.Id}")).Ok<UserAccountView>();

        atVersion1.Roles.ShouldBe([Role.Product, Role.Listing]);
        atVersion1.Version.ShouldBe(1);
        atTime.Roles.ShouldBe([Role.Product, Role.Listing]);
        now.Roles.ShouldBe([Role.Finance]);
        now.Version.ShouldBe(2);
    }

    [Fact]
    public async Task an_unknown_user_is_a_404_problem()
    {
        await As(Role.Admin, x => x.Get.Url($"/api/org/users/{Guid.NewGuid()}")).ShouldBeProblem(404, "not_found");
        await As(Role.Admin, x => x.Get.Url($"/api/org/users/{Guid.NewGuid()}/history")).ShouldBeProblem(404, "not_found");
        await As(Role.Admin, x => x.Put.Json(new { roles = new[] { Role.Staff } }).ToUrl($"/api/org/users/{Guid.NewGuid()}/roles"))
            .ShouldBeProblem(404, "not_found");
    }

    [Fact]
    public async Task users_are_listed_in_pages_filtered_and_sorted()
    {
        var page = await As(Role.Admin, x => x.Get.Url("/api/org/users?pageSize=3&sort=-email")).Ok<Page<UserAccountView>>();

        page.TotalItems.ShouldBe(10); // one demo user per role but integration
        page.TotalPages.ShouldBe(4);
        page.Items.Count.ShouldBe(3);
        page.Items.Select(u => u.Email).ShouldBe(["trainer@demo.ops", "staff@demo.ops", "service@demo.ops"]);

        var finance = await As(Role.Admin, x => x.Get.Url("/api/org/users?role=finance")).Ok<Page<UserAccountView>>();
        finance.Items.Single().Email.ShouldBe("finance@demo.ops");
    }

    [Fact]
    public async Task list_parameters_out_of_range_are_field_errors()
    {
        var problem = await As(Role.Admin, x => x.Get.Url("/api/org/users?page=0&pageSize=500&sort=password")).ShouldHaveFieldError("page");
        problem.Errors!.Keys.ShouldBe(["page", "pageSize", "sort"], ignoreOrder: true);
    }

    [Fact]
    public async Task refusals_and_validation_messages_speak_chinese_when_asked()
    {
        await Create(NewUser());

        var refusal = await As(Role.Admin, x =>
        {
            x.Post.Json(NewUser()).ToUrl("/api/org/users");
            x.WithRequestHeader("Accept-Language", "zh-CN");
        }).ShouldBeProblem(409, CreateUserRules.EmailMustBeUnique.Code);
        refusal.Title.ShouldBe("请求违反业务规则");
        refusal.Detail.ShouldBe(CreateUserRules.EmailMustBeUnique.ChineseMessage);

        var invalid = await As(Role.Admin, x =>
        {
            x.Post.Json(new CreateUserRequest("mei@shop.example", "", "Sup3r-secret", ["wizard"])).ToUrl("/api/org/users");
            x.WithRequestHeader("Accept-Language", "zh-CN");
        }).ShouldHaveFieldError("displayName");
        invalid.Errors!["displayName"].Single().ShouldBe("'displayName' 不能为空。");
        invalid.Errors["roles[0]"].Single().ShouldStartWith("角色必须是以下之一");
    }

    [Fact]
    public async Task english_is_the_default_language_of_messages()
    {
        var invalid = await Create(new CreateUserRequest("mei@shop.example", "", "Sup3r-secret", [Role.Staff])).ShouldHaveFieldError("displayName");

        invalid.Title.ShouldBe("The request is not valid");
        invalid.Errors!["displayName"].Single().ShouldBe("'displayName' must not be empty.");
    }
}
