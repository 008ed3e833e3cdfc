using System.Collections.Concurrent;
using Alba;
using Marten;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Ops.Organization.Auth;
using Ops.Selection;
using Ops.Selection.Suppliers;
using Ops.Shared;
using Ops.Shared.Calendar;
using JasperFx.CodeGeneration;
using Wolverine;
using Wolverine.Util;

namespace Deployment.Tests;

/// <summary>
/// Two hosts in Balanced durability (the Production setting) on one database, as behind a load balancer: a deadline
/// scheduled through one of them fires once when it falls due, and still fires when that host is gone; an account
/// deactivated through one is refused by the other.
/// </summary>
public sealed class TwoHostDeadlineTests : IAsyncLifetime
{
    private static readonly TimeSpan Due = TimeSpan.FromSeconds(30);

    private readonly TestClock _clock = new(OpsFixture.Start);
    private readonly DeadlinesHandled _handled = new();
    private string _connectionString = "";
    private IAlbaHost? _first;
    private IAlbaHost? _second;

    public async Task InitializeAsync()
    {
        _connectionString = await TestDatabase.FreshAsync("host_two_hosts");
        // One after the other: the first creates the schema, the second finds it (two creating it at once would race).
        _first = await StartAsync("first");
        _second = await StartAsync("second");
    }

    public async Task DisposeAsync()
    {
        if (_second is not null) await _second.DisposeAsync();
        if (_first is not null) await _first.DisposeAsync();
    }

    [Fact]
    public async Task a_deadline_fires_once_with_two_hosts_running_and_on_the_other_host_once_the_one_that_scheduled_it_is_gone()
    {
        // Filed through the first host: both timers of the document go into the shared durable inbox.
        var supplier = await RegisterSupplierWithALicenceThrough(_first!);

        await FallDue<WarnQualificationDocumentExpiring>();
        await TestHost.Eventually(() => _handled.Of<WarnQualificationDocumentExpiring>().Count > 0, Due, "the warning fires");

        await _first!.DisposeAsync();
        _first = null;
        await FallDue<ExpireQualificationDocument>();
        await TestHost.Eventually(() => _handled.Of<ExpireQualificationDocument>().Count > 0, Due, "the expiry fires on the host left");

        // Both hosts poll for due timers; give the other one its chance to fire each a second time before counting.
        await Task.Delay(PollingTime * 5);
        _handled.Of<WarnQualificationDocumentExpiring>().Count.ShouldBe(1);
        _handled.Of<ExpireQualificationDocument>().ShouldBe(["second"]);
        var events = await EventsOf(supplier);
        events.Count(e => e is QualificationDocumentExpiring).ShouldBe(1);
        events.Count(e => e is QualificationDocumentExpired).ShouldBe(1);
    }

    [Fact]
    public async Task an_account_deactivated_through_one_host_is_refused_by_the_other_once_its_stamp_is_read_again()
    {
        var staff = await TokenThrough(_second!, Role.Staff);
        var me = await _second!.Scenario(x =>
        {
            x.Get.Url("/api/org/me");
            x.WithRequestHeader("Authorization", $"Bearer {staff}");
        });
        var account = (await me.ReadAsJsonAsync<IdOnly>())!; // the second host now holds the account as active

        var admin = await TokenThrough(_first!, Role.Admin);
        await _first!.Scenario(x =>
        {
            x.WithRequestHeader("Authorization", $"Bearer {admin}");
            x.Post.Json(new { reason = "Contract ended" }).ToUrl($"/api/org/users/{account.Id}/deactivate");
            x.StatusCodeShouldBeOk();
        });

        // The second host saw no commit of its own: it reads the organisation's stamp again after ActiveAccounts.StampInterval.
        _clock.Advance(ActiveAccounts.StampInterval);
        await _second.Scenario(x =>
        {
            x.Get.Url("/api/org/me");
            x.WithRequestHeader("Authorization", $"Bearer {staff}");
            x.StatusCodeShouldBe(401);
        });
    }

    private static async Task<string> TokenThrough(IAlbaHost host, string role)
    {
        var login = await host.Scenario(x => x.Post.Json(new { email = $"{role}@demo.ops", password = TestHost.DemoPassword }).ToUrl("/api/auth/token"));
        return (await login.ReadAsJsonAsync<TokenBody>())!.AccessToken;
    }

    private sealed record IdOnly(Guid Id);

    /// <summary>Wolverine's polling, shortened from seconds so that the test takes seconds too.</summary>
    private static readonly TimeSpan PollingTime = TimeSpan.FromMilliseconds(200);

    private Task<IAlbaHost> StartAsync(string name) => TestHost.StartAsync(_connectionString, _clock, builder =>
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Ops:Messaging:Durability", "Balanced");
        builder.UseSetting("Ops:Database:ApplyChangesOnStart", "true");
        builder.ConfigureServices(services =>
        {
            services.AddSingleton(_handled);
            services.AddSingleton(new HostName(name));
            services.ConfigureWolverine(options =>
            {
                options.Durability.ScheduledJobFirstExecution = TimeSpan.Zero;
                options.Durability.ScheduledJobPollingTime = PollingTime;
                options.Durability.FirstHealthCheckExecution = TimeSpan.Zero;
                options.Durability.HealthCheckPollingTime = PollingTime;
                options.Durability.CheckAssignmentPeriod = PollingTime;
                options.Policies.AddMiddleware(typeof(DeadlineProbe), DeadlineMessages.Applies);
                // The probe changes the deadline handlers' code: generated here, not the code compiled into the host (ADR 0014).
                options.CodeGeneration.TypeLoadMode = TypeLoadMode.Dynamic;
            });
        });
    });

    private async Task<Guid> RegisterSupplierWithALicenceThrough(IAlbaHost host)
    {
        var token = await TokenThrough(host, Role.Product);
        var registered = await host.Scenario(x =>
        {
            x.WithRequestHeader("Authorization", $"Bearer {token}");
            x.Post.Json(new RegisterSupplierRequest
            {
                Name = "Shenzhen Bright Electronics",
                Contact = new SupplierContact("Li Wei", "li.wei@bright.example", null),
                Country = "CN",
                MonthlyCapacityUnits = 20_000,
                Documents = [new() { Kind = QualificationDocumentKind.BusinessLicence, Name = "Business licence", Number = "BL-001",
                    IssuedOn = new DateOnly(2024, 1, 1), ExpiresOn = new DateOnly(2031, 6, 30) }],
            }).ToUrl("/api/selection/suppliers");
            x.StatusCodeShouldBe(201);
        });
        return (await registered.ReadAsJsonAsync<SupplierDetails>())!.Id;
    }

    /// <summary>
    /// Wolverine fires a stored timer by the wall clock, which the test cannot move: the timer is made due now, as the
    /// passing of time would make it. Its row is the one the API stored; nothing else about it changes.
    /// </summary>
    private async Task FallDue<TMessage>()
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "update wolverine.wolverine_incoming_envelopes set execution_time = now() where status = 'Scheduled' and message_type = @type",
            connection);
        command.Parameters.AddWithValue("type", typeof(TMessage).ToMessageTypeName());
        (await command.ExecuteNonQueryAsync()).ShouldBe(1, $"one stored {typeof(TMessage).Name} timer");
    }

    private async Task<IReadOnlyList<object>> EventsOf(Guid supplierId)
    {
        await using var session = _second!.Services.GetRequiredService<ISelectionStore>().QuerySession();
        return [.. (await session.Events.FetchStreamAsync(supplierId)).Select(e => e.Data)];
    }

    private sealed record TokenBody(string AccessToken);
}

public sealed record HostName(string Value);

/// <summary>Which host handled which deadline message, across both hosts of the test.</summary>
public sealed class DeadlinesHandled
{
    private readonly ConcurrentQueue<(Type Message, string Host)> _handled = new();

    public void Add(Type message, string host) => _handled.Enqueue((message, host));

    public IReadOnlyList<string> Of<TMessage>() => [.. _handled.Where(h => h.Message == typeof(TMessage)).Select(h => h.Host)];
}

/// <summary>Test-only middleware on the deadline handlers: notes each handling, by host.</summary>
public static class DeadlineProbe
{
    public static void Before(Envelope envelope, HostName host, DeadlinesHandled handled) => handled.Add(envelope.Message!.GetType(), host.Value);
}
