using Npgsql;
using Ops.Shared;
using Ops.Shared.Http;

namespace Host.Tests;

/// <summary>A host of its own, reaching PostgreSQL through a relay the tests cut (see <see cref="DatabaseProxy"/>).</summary>
public sealed class OutageApp : OpsFixture
{
    public DatabaseProxy Database { get; } = new();

    protected override string Suite => "host_outage";

    protected override string ConnectThrough(string connectionString)
    {
        var direct = new NpgsqlConnectionStringBuilder(connectionString);
        Database.Start(direct.Host!, direct.Port);
        return new NpgsqlConnectionStringBuilder(connectionString) { Host = "127.0.0.1", Port = Database.Port, Timeout = 3 }.ConnectionString;
    }
}

[CollectionDefinition(Name)]
public sealed class OutageCollection : ICollectionFixture<OutageApp>
{
    public const string Name = "outage";
}

[Collection(OutageCollection.Name)]
public sealed class DatabaseOutageTests(OutageApp app) : OpsTest<OutageApp>(app)
{
    [Fact]
    public async Task while_postgresql_is_unreachable_requests_are_503_with_retry_after_and_answered_again_once_it_is_back()
    {
        await As(Role.Admin, x => x.Get.Url("/api/org/stores")).Ok<object>();

        App.Database.Cut();
        try
        {
            var read = await As(Role.Admin, x => x.Get.Url("/api/org/stores"));
            await read.ShouldHaveStatus(503);
            read.Context.Response.Headers.RetryAfter.ToString().ShouldBe("5");
            var problem = (await read.ReadAsJsonAsync<Problem>())!;
            problem.Code.ShouldBe(ProblemCodes.ServiceUnavailable);
            problem.Detail.ShouldNotBeNull().ShouldNotContain("Npgsql");

            await As(Role.Admin, x => x.Post.Json(new { sellerName = "Outage Outdoor" }).ToUrl("/api/org/stores"))
                .ShouldBeProblem(503, ProblemCodes.ServiceUnavailable);
        }
        finally
        {
            App.Database.Restore();
        }

        // Connections the pool still held were dropped with the relay; the first use of each finds that out.
        var status = 0;
        for (var attempt = 0; attempt < 5 && status != 200; attempt++)
            status = (await As(Role.Admin, x => x.Get.Url("/api/org/stores"))).Context.Response.StatusCode;
        status.ShouldBe(200);
    }
}
