using Alba;
using Ops.Organization.Users;
using Ops.Shared;

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
