using Alba;
using Ops.Logistics.Channels;
using Ops.Shared;

namespace Logistics.Tests.Channels;

/// <summary>Channels registered through the API, as a person does.</summary>
public static class ChannelScenarios
{
    public const string Url = "/api/logistics/channels";

    /// <summary>DHL Express to the US: 5 USD per shipment + 2 per kg + 0.5 per unit, 3–5 days, contract for 2030.</summary>
    public static RegisterChannelRequest DhlExpress(string code = "DHL-EXP-US") => new()
    {
        Code = code, Name = "DHL Express US", Type = ChannelType.InternationalExpress, Carrier = "DHL", ServiceLevel = "Express",
        CostModel = new CostModelRequest { PerShipment = 5m, PerKg = 2m, PerUnit = 0.5m, Currency = "USD" },
        TransitDaysMin = 3, TransitDaysMax = 5, DestinationCountries = ["US"],
        ContractStart = new DateOnly(2030, 1, 1), ContractEnd = new DateOnly(2030, 12, 31),
    };

    public static ChangeChannelRequest ChangeOf(RegisterChannelRequest r) => new()
    {
        Name = r.Name, Type = r.Type, Carrier = r.Carrier, ServiceLevel = r.ServiceLevel, CostModel = r.CostModel,
        TransitDaysMin = r.TransitDaysMin, TransitDaysMax = r.TransitDaysMax, DestinationCountries = r.DestinationCountries,
        ContractStart = r.ContractStart, ContractEnd = r.ContractEnd,
    };

    public static Task<IScenarioResult> RegisterChannel(this LogisticsApp app, RegisterChannelRequest request, string role = Role.Logistics) =>
        app.As(role, x => x.Post.Json(request).ToUrl(Url));

    public static Task<ChannelView> RegisteredChannel(this LogisticsApp app, RegisterChannelRequest request) =>
        app.RegisterChannel(request).Ok<ChannelView>(201);

    public static Task<IScenarioResult> Deactivate(this LogisticsApp app, Guid id, string reason = "Rates went up") =>
        app.As(Role.Logistics, x => x.Post.Json(new { reason }).ToUrl($"{Url}/{id}/deactivate"));

    public static Task<IScenarioResult> Reactivate(this LogisticsApp app, Guid id, DateOnly? newContractEnd = null) =>
        app.As(Role.Logistics, x => x.Post.Json(new ReactivateChannelRequest { Reason = "Back in use", NewContractEnd = newContractEnd })
            .ToUrl($"{Url}/{id}/reactivate"));

    public static Task<ChannelView> Channel(this LogisticsApp app, Guid id, string query = "") =>
        app.As(Role.Auditor, x => x.Get.Url($"{Url}/{id}{query}")).Ok<ChannelView>();
}
