using Alba;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Ops.Organization;
using Ops.Organization.Users;
using Ops.Shared;
using Ops.Shared.Http;

namespace Organization.Tests;

public sealed class LoginTests(OrganizationApp app) : OrganizationTest(app)
{
    private Task<Alba.IScenarioResult> LogIn(string email, string password) =>
        Anonymous(x => x.Post.Json(new LogInRequest(email, password)).ToUrl("/api/auth/token"));

    [Fact]
    public async Task demo_user_logs_in_and_gets_a_bearer_token_with_its_roles()
    {
        var token = await LogIn("product@demo.ops", OpsFixture.DemoPassword).Ok<TokenResponse>();

        token.TokenType.ShouldBe("Bearer");
        token.Roles.ShouldBe([Role.Product]);
        token.ExpiresAt.ShouldBe(OpsFixture.Start.AddMinutes(60));

        var me = await Host.Scenario(x =>
        {
            x.Get.Url("/api/org/me");
            x.WithRequestHeader("Authorization", $"Bearer {token.AccessToken}");
        });
        (await me.ReadAsJsonAsync<UserAccountView>())!.Email.ShouldBe("product@demo.ops");
    }

    [Fact]
    public async Task wrong_password_is_refused_without_saying_which_part_was_wrong()
    {
        await LogIn("product@demo.ops", "wrong-password").ShouldBeProblem(401, UserRules.PasswordMustMatch.Code);
        await LogIn("nobody@demo.ops", "wrong-password").ShouldBeProblem(401, UserRules.PasswordMustMatch.Code);
    }

    [Fact]
    public async Task five_failed_logins_lock_the_account_for_fifteen_minutes_and_the_refusal_says_until_when()
    {
        for (var i = 0; i < 4; i++)
            (await LogIn("staff@demo.ops", "wrong-password").ShouldBeProblem(401, UserRules.PasswordMustMatch.Code)).LockedUntil.ShouldBeNull();
        var unlocks = App.Clock.GetUtcNow().AddMinutes(15);
        (await LogIn("staff@demo.ops", "wrong-password").ShouldBeProblem(401, UserRules.PasswordMustMatch.Code)).LockedUntil.ShouldBe(unlocks);

        (await LogIn("staff@demo.ops", OpsFixture.DemoPassword).ShouldBeProblem(401, UserRules.LockedAccountCannotLogIn.Code))
            .LockedUntil.ShouldBe(unlocks);

        App.Clock.Advance(TimeSpan.FromMinutes(14));
        (await LogIn("staff@demo.ops", OpsFixture.DemoPassword).ShouldBeProblem(401, UserRules.LockedAccountCannotLogIn.Code))
            .LockedUntil.ShouldBe(unlocks);

        App.Clock.Advance(TimeSpan.FromMinutes(1));
        await LogIn("staff@demo.ops", OpsFixture.DemoPassword).Ok<TokenResponse>();
    }

    [Fact]
    public async Task four_failed_logins_then_a_good_one_start_the_count_again()
    {
        for (var i = 0; i < 4; i++) await LogIn("staff@demo.ops", "wrong-password");
        await LogIn("staff@demo.ops", OpsFixture.DemoPassword).Ok<TokenResponse>();
        for (var i = 0; i < 4; i++) await LogIn("staff@demo.ops", "wrong-password");

        await LogIn("staff@demo.ops", OpsFixture.DemoPassword).Ok<TokenResponse>();
    }

    [Fact]
    public async Task the_lockout_threshold_is_a_setting()
    {
        await As(Role.Admin, x =>
        {
            x.Put.Json(new Ops.Organization.OrganizationSettings { MaxFailedLogins = 2 }).ToUrl("/api/org/settings");
            x.StatusCodeShouldBeOk();
        });

        await LogIn("staff@demo.ops", "wrong-password");
        await LogIn("staff@demo.ops", "wrong-password");

        await LogIn("staff@demo.ops", OpsFixture.DemoPassword).ShouldBeProblem(401, UserRules.LockedAccountCannotLogIn.Code);
    }

    /// <summary>Status and problem code (null on a success) of each answer, for assertions that say what went wrong.</summary>
    private static async Task<(int Status, string? Code)[]> Answers(IEnumerable<Alba.IScenarioResult> results) =>
        await Task.WhenAll(results.Select(async r => r.Context.Response.StatusCode == 200
            ? (200, (string?)null)
            : (r.Context.Response.StatusCode, (await r.ReadAsJsonAsync<Problem>())?.Code)));

    [Fact]
    public async Task twenty_sign_ins_of_one_user_at_once_all_get_a_token()
    {
        // An ERP running parallel jobs under one service user: every attempt is recorded on the account's login
        // activity, and that bookkeeping must never turn a right password away.
        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => LogIn("staff@demo.ops", OpsFixture.DemoPassword))));

        (await Answers(results)).Where(a => a.Status != 200).ShouldBeEmpty("a right password always signs in");
        var tokens = await Task.WhenAll(results.Select(r => r.ReadAsJsonAsync<TokenResponse>()));
        tokens.ShouldAllBe(t => t!.TokenType == "Bearer" && t.AccessToken.Length > 0);
        var userId = tokens[0]!.UserId;
        await using var session = Host.Services.GetRequiredService<IOrganizationStore>().QuerySession();
        (await session.Events.FetchStreamAsync(LoginActivity.IdFor(userId))).Select(e => e.Data.GetType())
            .ShouldBe(Enumerable.Repeat(typeof(LoginSucceeded), 20), "every sign-in is on the account's login activity");
    }

    [Fact]
    public async Task wrong_passwords_at_once_are_each_counted_and_lock_the_account_at_the_threshold()
    {
        await As(Role.Admin, x =>
        {
            x.Put.Json(new Ops.Organization.OrganizationSettings { MaxFailedLogins = 10 }).ToUrl("/api/org/settings");
            x.StatusCodeShouldBeOk();
        });

        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => LogIn("staff@demo.ops", "wrong-password"))));

        // The first ten count as failures, the tenth locks the account, and the ten after it meet the lock: no attempt is lost
        // to the race, none answered with anything else.
        var answers = await Answers(results);
        answers.Where(a => a.Status != 401).ShouldBeEmpty();
        answers.Count(a => a.Code == UserRules.PasswordMustMatch.Code).ShouldBe(10);
        answers.Count(a => a.Code == UserRules.LockedAccountCannotLogIn.Code).ShouldBe(10);
        (await LogIn("staff@demo.ops", OpsFixture.DemoPassword).ShouldBeProblem(401, UserRules.LockedAccountCannotLogIn.Code))
            .LockedUntil.ShouldBe(App.Clock.GetUtcNow().AddMinutes(15));

        await using var session = Host.Services.GetRequiredService<IOrganizationStore>().QuerySession();
        var staff = await session.Query<UserAccountView>().SingleAsync(u => u.Email == "staff@demo.ops");
        (await session.Events.FetchStreamAsync(LoginActivity.IdFor(staff.Id))).Select(e => e.Data)
            .OfType<LoginFailed>().Select(f => f.ConsecutiveFailures).ShouldBe(Enumerable.Range(1, 10));
    }

    [Fact]
    public async Task an_expired_token_is_refused()
    {
        var token = await App.TokenFor(Role.Product);
        App.Clock.Advance(TimeSpan.FromMinutes(61));

        await Anonymous(x =>
        {
            x.Get.Url("/api/org/me");
            x.WithRequestHeader("Authorization", $"Bearer {token}");
        }).ShouldBeProblem(401, "unauthenticated");
    }

    [Fact]
    public async Task a_token_stops_working_once_its_account_is_deactivated()
    {
        var staff = await App.TokenFor(Role.Staff);
        var me = await Host.Scenario(x =>
        {
            x.Get.Url("/api/org/me");
            x.WithRequestHeader("Authorization", $"Bearer {staff}");
        });
        var account = (await me.ReadAsJsonAsync<UserAccountView>())!;

        await As(Role.Admin, x =>
        {
            x.Post.Json(new { reason = "Contract ended" }).ToUrl($"/api/org/users/{account.Id}/deactivate");
            x.StatusCodeShouldBeOk();
        });

        await Anonymous(x =>
        {
            x.Get.Url("/api/org/me");
            x.WithRequestHeader("Authorization", $"Bearer {staff}");
        }).ShouldBeProblem(401, "unauthenticated");
    }

    [Fact]
    public async Task login_validates_its_fields()
    {
        var problem = await LogIn("not-an-email", "").ShouldHaveFieldError("email");
        problem.Errors!.Keys.ShouldContain("password");
    }
}
