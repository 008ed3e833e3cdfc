using FastEndpoints;
using JasperFx.Events;
using Ops.Shared;
using Ops.Shared.Http;
using Ops.Shared.Outcomes;
using Wolverine;
using Wolverine.Marten;

namespace Ops.Logistics.Channels;

public sealed record DeactivateChannel(Guid ChannelId, string Reason, long? ExpectedVersion);

/// <summary><c>POST /api/logistics/channels/{id}/deactivate</c> (<c>If-Match</c>): no longer recommended nor changed until reactivated.</summary>
public sealed class DeactivateChannelEndpoint(ILogisticsStore store, IMessageBus bus) : Endpoint<ReasonRequest, ChannelView>
{
    public override void Configure()
    {
        Post("/channels/{id}/deactivate");
        Group<LogisticsGroup>();
        Roles(Role.Logistics, Role.OpsManager);
        Validator<ReasonValidator>();
    }

    public override Task HandleAsync(ReasonRequest request, CancellationToken ct) =>
        this.UpdateAsync<ChannelView>(bus, store, expected => new DeactivateChannel(request.Id, request.Reason.Trim(), expected), ct);
}

public static class DeactivateChannelHandler
{
    public static Outcome Handle(DeactivateChannel command, [WriteAggregate(Required = false)] IEventStream<Channel> stream,
        IMessageContext context, TimeProvider time) =>
        stream.Decide(command.ChannelId, command.ExpectedVersion, c => c.Deactivate(command.Reason, context.Actor(), time.GetUtcNow()));
}
