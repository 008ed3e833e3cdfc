using FastEndpoints;
using JasperFx.Events;
using Ops.Shared;
using Ops.Shared.Http;
using Ops.Shared.Outcomes;
using Wolverine;
using Wolverine.Marten;

namespace Ops.Logistics.Channels;

public sealed record ChangeChannelRequest : IChannelFields
{
    public Guid Id { get; init; }
    public string Name { get; init; } = "";
    public ChannelType? Type { get; init; }
    public string Carrier { get; init; } = "";
    public string ServiceLevel { get; init; } = "";
    public CostModelRequest CostModel { get; init; } = new();
    public int TransitDaysMin { get; init; }
    public int TransitDaysMax { get; init; }
    public IReadOnlyList<string>? DestinationCountries { get; init; }
    public DateOnly ContractStart { get; init; }
    public DateOnly? ContractEnd { get; init; }
}

public sealed class ChangeChannelValidator : ChannelFieldsValidator<ChangeChannelRequest>;

public sealed record ChangeChannel(Guid ChannelId, ChannelProfile Profile, long? ExpectedVersion);

/// <summary><c>PUT /api/logistics/channels/{id}</c> (<c>If-Match</c>): everything but the code, on an active channel.</summary>
public sealed class ChangeChannelEndpoint(ILogisticsStore store, IMessageBus bus) : Endpoint<ChangeChannelRequest, ChannelView>
{
    public override void Configure()
    {
        Put("/channels/{id}");
        Group<LogisticsGroup>();
        Roles(Role.Logistics, Role.OpsManager);
    }

    public override Task HandleAsync(ChangeChannelRequest request, CancellationToken ct) =>
        this.UpdateAsync<ChannelView>(bus, store, expected => new ChangeChannel(request.Id, request.ToProfile(), expected), ct);
}

public static class ChangeChannelHandler
{
    public static Outcome Handle(ChangeChannel command, [WriteAggregate(Required = false)] IEventStream<Channel> stream,
        IMessageContext context, TimeProvider time) =>
        stream.Decide(command.ChannelId, command.ExpectedVersion, c => c.Change(command.Profile, context.Actor(), time.GetUtcNow()));
}
