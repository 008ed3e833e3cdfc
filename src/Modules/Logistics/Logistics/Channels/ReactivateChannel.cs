using FastEndpoints;
using FluentValidation;
using JasperFx.Events;
using Ops.Shared;
using Ops.Shared.Http;
using Ops.Shared.Outcomes;
using Wolverine;
using Wolverine.Marten;

namespace Ops.Logistics.Channels;

public sealed record ReactivateChannelRequest
{
    public Guid Id { get; init; }
    public string Reason { get; init; } = "";

    /// <summary>The end of a renewed contract (inclusive), when the one on record has ended.</summary>
    public DateOnly? NewContractEnd { get; init; }
}

public sealed class ReactivateChannelValidator : Validator<ReactivateChannelRequest>
{
    public ReactivateChannelValidator() => RuleFor(r => r.Reason).NotEmpty().MaximumLength(500);
}

public sealed record ReactivateChannel(Guid ChannelId, string Reason, DateOnly? NewContractEnd, long? ExpectedVersion);

/// <summary>
/// <c>POST /api/logistics/channels/{id}/reactivate</c> (<c>If-Match</c>): refused while the contract has ended (UTC date),
/// unless the new contract's end is given.
/// </summary>
public sealed class ReactivateChannelEndpoint(ILogisticsStore store, IMessageBus bus) : Endpoint<ReactivateChannelRequest, ChannelView>
{
    public override void Configure()
    {
        Post("/channels/{id}/reactivate");
        Group<LogisticsGroup>();
        Roles(Role.Logistics, Role.OpsManager);
    }

    public override Task HandleAsync(ReactivateChannelRequest request, CancellationToken ct) =>
        this.UpdateAsync<ChannelView>(bus, store,
            expected => new ReactivateChannel(request.Id, request.Reason.Trim(), request.NewContractEnd, expected), ct);
}

public static class ReactivateChannelHandler
{
    public static Outcome Handle(ReactivateChannel command, [WriteAggregate(Required = false)] IEventStream<Channel> stream,
        IMessageContext context, TimeProvider time)
    {
        var now = time.GetUtcNow();
        return stream.Decide(command.ChannelId, command.ExpectedVersion,
            c => c.Reactivate(command.Reason, command.NewContractEnd, DateOnly.FromDateTime(now.UtcDateTime), context.Actor(), now));
    }
}
