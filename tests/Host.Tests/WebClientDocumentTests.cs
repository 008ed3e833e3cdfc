using System.Text.Json.Nodes;

namespace Host.Tests;

/// <summary>
/// The web client's generated API client is built from its checked-in copy of the document
/// (web-client/openapi/v1.json, checked against the client by `npm run api:check`). This closes the loop: the copy
/// must be the document the host serves, so an API change without a regenerated client fails CI.
/// </summary>
public sealed class WebClientDocumentTests(HostApp app) : HostTest(app)
{
    [Fact]
    public async Task the_web_client_is_generated_from_the_document_the_host_serves()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root.GetFiles("Ops.sln").Length == 0) root = root.Parent ?? throw new InvalidOperationException("Ops.sln not found");
        var copy = Path.Combine(root.FullName, "web-client", "openapi", "v1.json");

        var served = JsonNode.Parse(await (await Anonymous(x => x.Get.Url(PublishedApi.DocumentUrl))).ReadAsTextAsync());
        var checkedIn = JsonNode.Parse(await File.ReadAllTextAsync(copy));

        JsonNode.DeepEquals(served, checkedIn).ShouldBeTrue(
            "web-client/openapi/v1.json is stale: run the host (./ops run) and `npm run api:fetch` in web-client, then commit both files.");
    }
}
