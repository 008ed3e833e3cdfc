using System.Text.Json;
using System.Text.Json.Nodes;
using Alba;
using JasperFx;
using JasperFx.Events;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;
using Ops.Host.Problems;
using Ops.Shared;
using Ops.Shared.Http;

namespace Host.Tests;

/// <summary>
/// The write path's refusals as a client sees them, whatever the module (ADR 0003): stale versions, races, bodies
/// that are null, missing, unknown or incomplete, and replays under an Idempotency-Key.
/// </summary>
public sealed class WritePathTests(HostApp app) : HostTest(app)
{
    private static readonly object NineToFive = new { opensAt = "09:00:00", closesAt = "17:00:00" };

    private async Task<(Guid Id, string ETag)> GivenStore(string sellerName = "Race Outdoor", string? idempotencyKey = null)
    {
        var created = await As(Role.Admin, x =>
        {
            x.Post.Json(new { sellerName }).ToUrl("/api/org/stores");
            if (idempotencyKey is not null) x.WithRequestHeader(Idempotency.Header, idempotencyKey);
        });
        await created.ShouldHaveStatus(201);
        var id = JsonDocument.Parse(await created.ReadAsTextAsync()).RootElement.GetProperty("id").GetGuid();
        return (id, created.ETag());
    }

    private Task<IScenarioResult> ChangeStore(Guid id, string sellerName, string? ifMatch) => As(Role.Admin, x =>
    {
        x.Put.Json(new { marketplace = "US", sellerName, currency = "USD", businessHours = NineToFive }).ToUrl($"/api/org/stores/{id}");
        if (ifMatch is not null) x.WithRequestHeader("If-Match", ifMatch);
    });

    private Task<IScenarioResult> SendJson(string method, string url, string json, string role = Role.Admin) => As(role, x =>
    {
        x.ConfigureHttpContext(http =>
        {
            http.Request.Method = method;
            http.Request.Path = url;
            http.Request.ContentType = "application/json";
            var bytes = System.Text.Encoding.UTF8.GetBytes(json);
            http.Request.Body = new MemoryStream(bytes);
            http.Request.ContentLength = bytes.Length;
        });
    });

    // --- If-Match and racing writers ---------------------------------------------------------------------------------

    [Fact]
    public async Task writers_racing_with_the_same_if_match_get_one_200_and_otherwise_412()
    {
        var (id, etag) = await GivenStore();

        var answers = await Task.WhenAll(Enumerable.Range(1, 10).Select(i => ChangeStore(id, $"Race Outdoor {i}", etag)));

        var statuses = answers.Select(a => a.Context.Response.StatusCode).ToList();
        statuses.Count(s => s == 200).ShouldBe(1, string.Join(", ", statuses));
        statuses.Count(s => s == 412).ShouldBe(9, string.Join(", ", statuses));
        foreach (var stale in answers.Where(a => a.Context.Response.StatusCode == 412))
        {
            var problem = (await stale.ReadAsJsonAsync<Problem>())!;
            problem.Code.ShouldBe(ProblemCodes.VersionMismatch);
            problem.Detail.ShouldNotBeNull().ShouldNotContain("Npgsql");
            problem.Detail.ShouldNotContain("pkey");
        }
    }

    [Fact]
    public async Task writers_racing_without_if_match_are_answered_200_or_409_never_412_or_500()
    {
        var (id, _) = await GivenStore();

        var answers = await Task.WhenAll(Enumerable.Range(1, 10).Select(i => ChangeStore(id, $"Race Outdoor {i}", ifMatch: null)));

        answers.Count(a => a.Context.Response.StatusCode == 200).ShouldBeGreaterThanOrEqualTo(1);
        foreach (var lost in answers.Where(a => a.Context.Response.StatusCode != 200))
        {
            await lost.ShouldHaveStatus(409);
            (await lost.ReadAsJsonAsync<Problem>())!.Code.ShouldBe(ProblemCodes.ConcurrentWrite);
        }
    }

    [Fact]
    public async Task settings_writers_racing_with_the_same_if_match_get_one_200_and_otherwise_412()
    {
        var current = await As(Role.Admin, x => x.Get.Url("/api/listing/settings"));
        var etag = current.ETag();
        var settings = JsonNode.Parse(await current.ReadAsTextAsync())!["settings"]!.ToJsonString();

        var answers = await Task.WhenAll(Enumerable.Range(1, 10).Select(_ => As(Role.Admin, x =>
        {
            x.Put.Text(settings).ToUrl("/api/listing/settings");
            x.WithRequestHeader("Content-Type", "application/json");
            x.WithRequestHeader("If-Match", etag);
        })));

        var statuses = answers.Select(a => a.Context.Response.StatusCode).ToList();
        statuses.Count(s => s == 200).ShouldBe(1, string.Join(", ", statuses));
        statuses.Count(s => s == 412).ShouldBe(9, string.Join(", ", statuses));
    }

    [Fact]
    public async Task a_lost_race_is_412_with_if_match_and_409_without_in_our_own_words()
    {
        var race = Raised<EventStreamUnexpectedMaxEventIdException>();

        var stale = await Handle(race, ifMatch: "\"2\"");
        var conflict = await Handle(race, ifMatch: null);

        stale.Status.ShouldBe(412);
        stale.Body.ShouldContain("\"code\":\"version_mismatch\"");
        conflict.Status.ShouldBe(409);
        conflict.Body.ShouldContain("\"code\":\"concurrent_write\"");
        foreach (var body in new[] { stale.Body, conflict.Body })
        {
            body.ShouldNotContain(race.Message);
            body.ShouldNotContain("Exception");
        }
    }

    [Fact]
    public async Task a_conflict_detail_never_carries_the_exception_text()
    {
        var collision = Raised<DocumentAlreadyExistsException>();

        var answer = await Handle(collision, ifMatch: null);

        answer.Status.ShouldBe(409);
        answer.Body.ShouldNotContain(collision.Message);
    }

    /// <summary>The exception as Marten raises it, without depending on its constructor's shape.</summary>
    private static T Raised<T>() where T : Exception => (T)System.Runtime.CompilerServices.RuntimeHelpers.GetUninitializedObject(typeof(T));

    [Fact]
    public async Task an_unreachable_database_is_a_503_with_retry_after()
    {
        var refused = new Npgsql.NpgsqlException("Failed to connect to 127.0.0.1:5432", new System.Net.Sockets.SocketException(111));

        var answer = await Handle(refused, ifMatch: null);

        answer.Status.ShouldBe(503);
        answer.RetryAfter.ShouldBe("5");
        answer.Body.ShouldContain("\"code\":\"service_unavailable\"");
        answer.Body.ShouldNotContain("5432");
    }

    [Fact]
    public async Task an_error_the_database_answered_is_not_an_outage()
    {
        var answer = await Handle(new Npgsql.PostgresException("column x does not exist", "ERROR", "ERROR", "42703"), ifMatch: null);

        answer.Status.ShouldBe(500);
    }

    private static async Task<(int Status, string Body, string RetryAfter)> Handle(Exception exception, string? ifMatch)
    {
        var http = new DefaultHttpContext { Response = { Body = new MemoryStream() } };
        http.Request.Path = "/api/anything";
        if (ifMatch is not null) http.Request.Headers.IfMatch = ifMatch;
        await new ProblemExceptionHandler(NullLogger<ProblemExceptionHandler>.Instance).TryHandleAsync(http, exception, CancellationToken.None);
        http.Response.Body.Position = 0;
        return (http.Response.StatusCode, await new StreamReader(http.Response.Body).ReadToEndAsync(), http.Response.Headers.RetryAfter.ToString());
    }

    // --- null where an object or array belongs -----------------------------------------------------------------------

    [Theory]
    [InlineData("PUT", "/api/org/stores/{id}/calendar", """{"timeZone":"America/New_York","weekend":null,"holidays":[]}""", "weekend")]
    [InlineData("PUT", "/api/org/stores/{id}/calendar", """{"timeZone":"America/New_York","weekend":["Saturday"],"holidays":null}""", "holidays")]
    [InlineData("PUT", "/api/org/stores/{id}", """{"marketplace":"US","sellerName":"A","currency":"USD","businessHours":null}""", "businessHours")]
    [InlineData("PUT", "/api/org/stores/{id}", "", "businessHours")]
    [InlineData("PUT", "/api/listing/listings/{id}/content", """{"title":"T","bullets":null}""", "bullets")]
    [InlineData("PUT", "/api/listing/listings/{id}/content", """{"title":"T","images":null}""", "images")]
    [InlineData("PUT", "/api/listing/listings/{id}/content", """{"title":"T","images":[null]}""", "images[0]")]
    [InlineData("POST", "/api/listing/listings/{id}/review-result", """{"result":"Rejected","reasonCodes":null}""", "reasonCodes")]
    [InlineData("POST", "/api/org/api-clients", """{"name":"ERP","scopes":null}""", "scopes")]
    public async Task a_null_or_missing_object_or_array_is_a_field_error_not_a_500(string method, string url, string json, string field)
    {
        var (id, _) = await GivenStore();

        await SendJson(method, url.Replace("{id}", id.ToString()), json).ShouldHaveFieldError(field);
    }

    [Fact]
    public async Task a_null_list_in_settings_is_a_field_error()
    {
        var settings = JsonNode.Parse(await (await As(Role.Admin, x => x.Get.Url("/api/listing/settings"))).ReadAsTextAsync())!["settings"]!;
        settings["bannedWords"] = null;

        await SendJson("PUT", "/api/listing/settings", settings.ToJsonString()).ShouldHaveFieldError("bannedWords");
    }

    [Fact]
    public async Task a_null_body_is_a_field_error_on_the_body()
    {
        var (id, _) = await GivenStore();

        await SendJson("PUT", $"/api/org/stores/{id}", "null").ShouldHaveFieldError("body");
    }

    // --- writes without a body -------------------------------------------------------------------------------------

    [Fact]
    public async Task a_write_without_a_body_that_needs_one_names_the_missing_fields()
    {
        await As(Role.Admin, x => x.Post.Url($"/api/listing/listings/{Guid.NewGuid()}/delist")).ShouldHaveFieldError("reason");
    }

    [Fact]
    public async Task an_action_that_needs_no_body_accepts_none()
    {
        // A listing that does not exist: the request got past reading its (absent) body.
        await As(Role.Admin, x => x.Post.Url($"/api/listing/listings/{Guid.NewGuid()}/submit")).ShouldBeProblem(404, ProblemCodes.NotFound);
    }

    [Fact]
    public async Task a_body_without_a_content_type_is_a_415_problem()
    {
        await As(Role.Admin, x =>
        {
            x.ConfigureHttpContext(http =>
            {
                http.Request.Method = "POST";
                http.Request.Path = $"/api/listing/listings/{Guid.NewGuid()}/delist";
                http.Request.Body = new MemoryStream("{\"reason\":\"x\"}"u8.ToArray());
            });
        }).ShouldBeProblem(415, ProblemCodes.UnsupportedMediaType);
    }

    [Fact]
    public async Task a_body_of_another_media_type_is_a_415_problem()
    {
        await As(Role.Admin, x => x.Post.Text("reason=because").ToUrl($"/api/listing/listings/{Guid.NewGuid()}/delist"))
            .ShouldBeProblem(415, ProblemCodes.UnsupportedMediaType);
    }

    // --- unknown fields ----------------------------------------------------------------------------------------------

    [Fact]
    public async Task an_unknown_field_is_refused_by_name()
    {
        await SendJson("POST", $"/api/selection/candidates/{Guid.NewGuid()}/approve", """{"sku":"ABC-1"}""").ShouldHaveFieldError("sku");
    }

    [Fact]
    public async Task an_unknown_field_inside_a_list_is_refused_by_its_path()
    {
        var (id, _) = await GivenStore();

        await SendJson("PUT", $"/api/org/stores/{id}/calendar",
                """{"timeZone":"America/New_York","weekend":["Saturday"],"holidays":[{"date":"2030-12-25","name":"Christmas","paid":true}]}""")
            .ShouldHaveFieldError("holidays[0].paid");
    }

    // --- settings are replaced whole ---------------------------------------------------------------------------------

    [Theory]
    [InlineData("/api/listing/settings")]
    [InlineData("/api/selection/settings")]
    [InlineData("/api/org/settings")]
    public async Task settings_without_their_fields_are_refused_field_by_field(string url)
    {
        var current = JsonNode.Parse(await (await As(Role.Admin, x => x.Get.Url(url))).ReadAsTextAsync())!["settings"]!.AsObject();

        var problem = await SendJson("PUT", url, "{}").ShouldHaveFieldError(current.First().Key);
        problem.Errors!.Keys.ShouldBe(current.Select(p => p.Key), ignoreOrder: true);
        await SendJson("PUT", url, "null").ShouldHaveFieldError("body");
    }

    // --- Idempotency-Key replays -------------------------------------------------------------------------------------

    [Fact]
    public async Task a_retry_with_the_same_idempotency_key_gets_the_first_response_not_the_current_state()
    {
        var first = await As(Role.Admin, x =>
        {
            x.Post.Json(new { sellerName = "First Outdoor" }).ToUrl("/api/org/stores");
            x.WithRequestHeader(Idempotency.Header, "erp-store-1");
        });
        await first.ShouldHaveStatus(201);
        var firstBody = await first.ReadAsTextAsync();
        var id = JsonDocument.Parse(firstBody).RootElement.GetProperty("id").GetGuid();
        await ChangeStore(id, "Renamed Outdoor", first.ETag()).Ok<object>();

        var retry = await As(Role.Admin, x =>
        {
            x.Post.Json(new { sellerName = "First Outdoor" }).ToUrl("/api/org/stores");
            x.WithRequestHeader(Idempotency.Header, "erp-store-1");
        });

        await retry.ShouldHaveStatus(201);
        (await retry.ReadAsTextAsync()).ShouldBe(firstBody);
        retry.ETag().ShouldBe(first.ETag());
        retry.Context.Response.Headers.Location.ToString().ShouldBe(first.Context.Response.Headers.Location.ToString());
    }
}
