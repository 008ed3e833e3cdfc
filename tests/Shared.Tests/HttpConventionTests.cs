using Microsoft.AspNetCore.Http;
using Ops.Shared;
using Ops.Shared.Http;

namespace Shared.Tests;

public sealed class HttpConventionTests
{
    [Theory]
    [InlineData("\"3\"", 3L)]
    [InlineData("W/\"7\"", 7L)]
    [InlineData("12", 12L)]
    public void if_match_names_a_version(string header, long expected)
    {
        var request = new DefaultHttpContext().Request;
        request.Headers.IfMatch = header;

        request.TryReadIfMatch(out var version).ShouldBeTrue();
        version.ShouldBe(expected);
    }

    [Theory]
    [InlineData("")]
    [InlineData("*")]
    public void no_if_match_or_a_star_means_no_version_check(string header)
    {
        var request = new DefaultHttpContext().Request;
        request.Headers.IfMatch = header;

        request.TryReadIfMatch(out var version).ShouldBeTrue();
        version.ShouldBeNull();
    }

    [Theory]
    [InlineData("\"abc\"")]
    [InlineData("\"-1\"")]
    public void an_if_match_that_ops_never_issued_is_refused(string header)
    {
        var request = new DefaultHttpContext().Request;
        request.Headers.IfMatch = header;

        request.TryReadIfMatch(out _).ShouldBeFalse();
    }

    [Fact]
    public void a_write_scope_allows_reading_and_writing_its_module_only()
    {
        string[] granted = ["selection:write"];
        ApiScopes.Allows(granted, "selection", "POST").ShouldBeTrue();
        ApiScopes.Allows(granted, "selection", "GET").ShouldBeTrue();
        ApiScopes.Allows(granted, "listing", "GET").ShouldBeFalse();
    }

    [Fact]
    public void a_read_scope_allows_only_get_and_head()
    {
        string[] granted = ["selection:read"];
        ApiScopes.Allows(granted, "selection", "GET").ShouldBeTrue();
        ApiScopes.Allows(granted, "selection", "HEAD").ShouldBeTrue();
        ApiScopes.Allows(granted, "selection", "PUT").ShouldBeFalse();
    }

    [Theory]
    [InlineData("selection:read", true)]
    [InlineData("selection:write", true)]
    [InlineData("selection:admin", false)]
    [InlineData("unknown:read", false)]
    [InlineData("selection", false)]
    public void scopes_name_a_known_module_and_read_or_write(string scope, bool valid)
    {
        ApiScopes.IsValid(scope, ["selection", "org"]).ShouldBe(valid);
    }

    [Fact]
    public void deterministic_ids_are_stable_and_distinct()
    {
        DeterministicGuid.From("ops.settings.selection").ShouldBe(DeterministicGuid.From("ops.settings.selection"));
        DeterministicGuid.From("ops.settings.selection").ShouldNotBe(DeterministicGuid.From("ops.settings.listing"));
        DeterministicGuid.From("x").Version.ShouldBe(5);
    }
}
