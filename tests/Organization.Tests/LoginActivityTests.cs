using Alba;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Ops.Organization;
using Ops.Organization.Users;
using Ops.Shared;

namespace Organization.Tests;

/// <summary>Login attempts go to the account's login activity, and the account's stream stays as small as its changes (ADR 0009).</summary>
public sealed class LoginActivityTests(OrganizationApp app) : OrganizationTest(app)
{
    private Task<IScenarioResult> LogIn(string email, string password) =>
        Anonymous(x => x.Post.Json(new LogInRequest(email, password)).ToUrl("/api/auth/token"));

    private Task<UserAccountView> Account(Guid id) => As(Role.Admin, x => x.Get.Url($"/api/org/users/{id}")).Ok<UserAccountView>();

    [Fact]
    public async Task logins_never_grow_the_accounts_stream_and_the_account_shows_their_summary()
    {
        var userId = (await LogIn("staff@demo.ops", OpsFixture.DemoPassword).Ok<TokenResponse>()).UserId;
        var before = await Account(userId);

        for (var i = 0; i < 10; i++)
        {
            App.Clock.Advance(TimeSpan.FromMinutes(1));
            await LogIn("staff@demo.ops", OpsFixture.DemoPassword).Ok<TokenResponse>();
        }
        await LogIn("staff@demo.ops", "wrong-password").ShouldBeProblem(401, UserRules.PasswordMustMatch.Code);
        await LogIn("staff@demo.ops", "wrong-password").ShouldBeProblem(401, UserRules.PasswordMustMatch.Code);

        var after = await Account(userId);
        after.Version.ShouldBe(before.Version);
        (after.LastLoginAt, after.ConsecutiveFailures, after.LockedUntil).ShouldBe((OpsFixture.Start.AddMinutes(10), 2, null));
        await using var session = Host.Services.GetRequiredService<IOrganizationStore>().QuerySession();
        (await session.Events.FetchStreamAsync(userId)).Count.ShouldBe((int)before.Version);
        (await session.Events.FetchStreamAsync(LoginActivity.IdFor(userId))).Select(e => e.Data.GetType())
            .ShouldBe([typeof(LoginSucceeded), .. Enumerable.Repeat(typeof(LoginSucceeded), 10), typeof(LoginFailed), typeof(LoginFailed)]);
    }

    [Fact]
    public async Task failures_recorded_on_the_accounts_stream_before_it_had_login_activity_still_count_towards_the_lockout()
    {
        var store = Host.Services.GetRequiredService<IOrganizationStore>();
        await using (var session = store.LightweightSession())
        {
            // An account that has not logged in since: four failures stored on its stream as the module did before ADR 0009.
            var account = await session.Query<UserAccountView>().SingleAsync(u => u.Email == "staff@demo.ops");
            session.Events.Append(account.Id, Enumerable.Range(1, 4).Select(n => (object)new UserLoginFailed(account.Id, n, OpsFixture.Start)).ToArray());
            await session.SaveChangesAsync();
        }

        await LogIn("staff@demo.ops", "wrong-password").ShouldBeProblem(401, UserRules.PasswordMustMatch.Code);

        await LogIn("staff@demo.ops", OpsFixture.DemoPassword).ShouldBeProblem(401, UserRules.LockedAccountCannotLogIn.Code);
    }
}
