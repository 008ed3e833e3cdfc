using Ops.Logistics.Channels;
using Ops.Shared;
using Ops.Shared.Audit;
using Ops.Shared.Http;
using Ops.Shared.Paging;
using static Logistics.Tests.Channels.ChannelScenarios;

namespace Logistics.Tests.Channels;

public sealed class ChannelTests(LogisticsApp app) : LogisticsTest(app)
{
    [Fact]
    public async Task logistics_registers_a_channel_active_with_its_cost_model_and_transit()
    {
        var result = await App.RegisterChannel(DhlExpress());

        await result.ShouldHaveStatus(201);
        var channel = (await result.ReadAsJsonAsync<ChannelView>())!;
        channel.ShouldSatisfyAllConditions(
            c => c.Code.ShouldBe("DHL-EXP-US"),
            c => c.Type.ShouldBe(ChannelType.InternationalExpress),
            c => c.CostModel.ShouldBe(new ChannelCostModel(5m, 2m, 0.5m, "USD")),
            c => (c.TransitDaysMin, c.TransitDaysMax).ShouldBe((3, 5)),
            c => c.DestinationCountries.ShouldBe(["US"]),
            c => c.ContractEnd.ShouldBe(new DateOnly(2030, 12, 31)),
            c => c.Active.ShouldBeTrue(),
            c => c.Version.ShouldBe(1));
        result.Context.Response.Headers.Location.ToString().ShouldBe($"{Url}/{channel.Id}");
    }

    [Fact]
    public async Task a_code_is_used_once()
    {
        await App.RegisteredChannel(DhlExpress());

        await App.RegisterChannel(DhlExpress() with { Name = "Other" }).ShouldBeProblem(409, ChannelRules.CodeMustBeUnique.Code);
    }

    [Theory]
    [InlineData("transitDaysMax")]
    [InlineData("contractEnd")]
    [InlineData("costModel.currency")]
    [InlineData("costModel.perKg")]
    [InlineData("type")]
    [InlineData("code")]
    [InlineData("destinationCountries[0]")]
    public async Task bad_fields_are_field_errors(string field)
    {
        var good = DhlExpress();
        var request = field switch
        {
            "transitDaysMax" => good with { TransitDaysMin = 6, TransitDaysMax = 5 },
            "contractEnd" => good with { ContractEnd = new DateOnly(2029, 12, 31) },
            "costModel.currency" => good with { CostModel = good.CostModel with { Currency = "usd" } },
            "costModel.perKg" => good with { CostModel = good.CostModel with { PerKg = -1m } },
            "type" => good with { Type = null },
            "code" => good with { Code = "dhl exp" },
            _ => good with { DestinationCountries = ["USA"] },
        };

        await App.RegisterChannel(request).ShouldHaveFieldError(field);
    }

    [Fact]
    public async Task the_shortest_transit_may_equal_the_longest()
    {
        await (await App.RegisterChannel(DhlExpress() with { TransitDaysMin = 5, TransitDaysMax = 5 })).ShouldHaveStatus(201);
    }

    [Fact]
    public async Task a_change_needs_the_current_version_and_an_inactive_channel_changes_only_once_reactivated()
    {
        var channel = await App.RegisteredChannel(DhlExpress());
        App.Clock.Advance(TimeSpan.FromHours(1));
        var change = ChangeOf(DhlExpress()) with { ServiceLevel = "Express Saver", TransitDaysMax = 6 };

        await App.As(Role.Logistics, x =>
        {
            x.Put.Json(change).ToUrl($"{Url}/{channel.Id}");
            x.WithRequestHeader("If-Match", "\"7\"");
        }).ShouldBeProblem(412, ProblemCodes.VersionMismatch);
        var changed = await App.As(Role.Logistics, x =>
        {
            x.Put.Json(change).ToUrl($"{Url}/{channel.Id}");
            x.WithRequestHeader("If-Match", "\"1\"");
        }).Ok<ChannelView>();
        (changed.ServiceLevel, changed.TransitDaysMax, changed.Version).ShouldBe(("Express Saver", 6, 2L));

        (await App.Deactivate(channel.Id).Ok<ChannelView>()).Active.ShouldBeFalse();
        await App.As(Role.Logistics, x => x.Put.Json(change with { Name = "Renamed" }).ToUrl($"{Url}/{channel.Id}"))
            .ShouldBeProblem(409, ChannelRules.InactiveChannelCannotChange.Code);
        await App.Deactivate(channel.Id).ShouldBeProblem(409, ChannelRules.AlreadyInactive.Code);

        (await App.Reactivate(channel.Id).Ok<ChannelView>()).Active.ShouldBeTrue();
        await App.Reactivate(channel.Id).ShouldBeProblem(409, ChannelRules.NotInactive.Code);
        (await App.As(Role.Logistics, x => x.Put.Json(change with { Name = "Renamed" }).ToUrl($"{Url}/{channel.Id}")).Ok<ChannelView>())
            .Name.ShouldBe("Renamed");

        var history = await App.As(Role.Auditor, x => x.Get.Url($"{Url}/{channel.Id}/history")).Ok<IReadOnlyList<HistoryEntry>>();
        history.Select(e => e.Title).ShouldBe(["Channel registered", "Channel changed", "Channel deactivated", "Channel reactivated", "Channel changed"]);
        (await App.Channel(channel.Id, "?version=2")).ShouldSatisfyAllConditions(c => c.ServiceLevel.ShouldBe("Express Saver"), c => c.Active.ShouldBeTrue());
        (await App.Channel(channel.Id, "?version=3")).Active.ShouldBeFalse();
        (await App.Channel(channel.Id, $"?asOf={Uri.EscapeDataString(history[0].Timestamp.ToString("O"))}")).Name.ShouldBe("DHL Express US");
    }

    [Fact]
    public async Task the_same_profile_again_changes_nothing()
    {
        var channel = await App.RegisteredChannel(DhlExpress());

        (await App.As(Role.Logistics, x => x.Put.Json(ChangeOf(DhlExpress())).ToUrl($"{Url}/{channel.Id}")).Ok<ChannelView>()).Version.ShouldBe(1);
    }

    [Fact]
    public async Task a_channel_whose_contract_ended_is_reactivated_only_with_its_new_contract_end()
    {
        var channel = await App.RegisteredChannel(DhlExpress() with { ContractEnd = new DateOnly(2030, 11, 3) });
        await App.Deactivate(channel.Id).Ok<ChannelView>();

        await App.Reactivate(channel.Id).ShouldBeProblem(409, ChannelRules.ContractEndedCannotReactivate.Code);
        await App.Reactivate(channel.Id, new DateOnly(2030, 11, 3)).ShouldBeProblem(409, ChannelRules.ContractEndedCannotReactivate.Code);

        // The new contract may end today (UTC): it still runs.
        var renewed = await App.Reactivate(channel.Id, new DateOnly(2030, 11, 4)).Ok<ChannelView>();
        renewed.ShouldSatisfyAllConditions(c => c.Active.ShouldBeTrue(), c => c.ContractEnd.ShouldBe(new DateOnly(2030, 11, 4)), c => c.Version.ShouldBe(4));
    }

    [Fact]
    public async Task the_list_filters_by_kind_state_and_carrier_and_pages()
    {
        await App.RegisteredChannel(DhlExpress());
        var fba = await App.RegisteredChannel(DhlExpress("FBA-SEA") with { Name = "FBA by sea", Type = ChannelType.Fba, Carrier = "Matson" });
        await App.RegisteredChannel(DhlExpress("POST-EUB") with { Name = "China Post ePacket", Type = ChannelType.Postal, Carrier = "China Post" });
        await App.Deactivate(fba.Id).Ok<ChannelView>();

        (await List("?type=Postal")).ShouldBe(["POST-EUB"]);
        (await List("?active=false")).ShouldBe(["FBA-SEA"]);
        (await List("?carrier=dhl")).ShouldBe(["DHL-EXP-US"]);
        (await List("?search=sea")).ShouldBe(["FBA-SEA"]);
        (await List("?sort=-code&pageSize=2")).ShouldBe(["POST-EUB", "FBA-SEA"]);
        var page2 = await App.As(Role.Auditor, x => x.Get.Url($"{Url}?pageSize=2&page=2")).Ok<Page<ChannelView>>();
        (page2.TotalItems, page2.Items.Single().Code).ShouldBe((3L, "POST-EUB"));
        await App.As(Role.Staff, x => x.Get.Url($"{Url}?sort=price")).ShouldHaveFieldError("sort");
    }

    [Fact]
    public async Task only_logistics_and_the_operations_manager_write_channels_and_auditors_read_them()
    {
        await App.RegisterChannel(DhlExpress(), Role.Listing).ShouldBeProblem(403, ProblemCodes.Forbidden);
        await App.RegisterChannel(DhlExpress(), Role.Auditor).ShouldBeProblem(403, ProblemCodes.Forbidden);
        var channel = await App.RegisterChannel(DhlExpress("DHL-2"), Role.OpsManager).Ok<ChannelView>(201);
        (await App.Channel(channel.Id)).Code.ShouldBe("DHL-2");
    }

    private async Task<IReadOnlyList<string>> List(string query) =>
        (await App.As(Role.Staff, x => x.Get.Url(Url + query)).Ok<Page<ChannelView>>()).Items.Select(c => c.Code).ToList();
}
