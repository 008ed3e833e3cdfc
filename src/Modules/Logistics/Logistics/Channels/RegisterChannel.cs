using FastEndpoints;
using FluentValidation;
using Marten;
using Ops.Shared;
using Ops.Shared.Http;
using Ops.Shared.Outcomes;
using Wolverine;

namespace Ops.Logistics.Channels;

public sealed record RegisterChannelRequest : IChannelFields
{
    /// <summary>Short, unique and fixed once registered, e.g. <c>DHL-EXP-US</c>.</summary>
    public string Code { get; init; } = "";
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

public sealed class RegisterChannelValidator : ChannelFieldsValidator<RegisterChannelRequest>
{
    public RegisterChannelValidator() =>
        RuleFor(r => r.Code).NotEmpty().MaximumLength(30).Matches("^[A-Z0-9][A-Z0-9-]*$").WithMessage(_ => Bilingual.Pick(
            "Code is upper-case letters, digits and hyphens, e.g. DHL-EXP-US.", "代码由大写字母、数字和连字符组成，例如 DHL-EXP-US。"));
}

public sealed record RegisterChannel(Guid ChannelId, string Code, ChannelProfile Profile, IdempotencyKey? Idempotency);

/// <summary><c>POST /api/logistics/channels</c>: registers a logistics channel, active from registration.</summary>
public sealed class RegisterChannelEndpoint(ILogisticsStore store, IMessageBus bus) : Endpoint<RegisterChannelRequest, ChannelView>
{
    public override void Configure()
    {
        Post("/channels");
        Group<LogisticsGroup>();
        Roles(Role.Logistics, Role.OpsManager);
    }

    public override Task HandleAsync(RegisterChannelRequest request, CancellationToken ct) =>
        this.CreateAsync<ChannelView>(bus, store, request, "logistics.register-channel",
            (id, key) => new RegisterChannel(id, request.Code, request.ToProfile(), key), id => $"/api/logistics/channels/{id}", ct);
}

public static class RegisterChannelHandler
{
    public static async Task<Outcome> Handle(RegisterChannel command, IDocumentSession session, IMessageContext context, TimeProvider time)
    {
        var codeTaken = await session.Query<ChannelView>().AnyAsync(c => c.Code == command.Code);
        var now = time.GetUtcNow();
        return session.StartStream<Channel>(command.ChannelId,
            Channel.Register(command.ChannelId, command.Code, command.Profile, codeTaken, context.Actor(), now), command.Idempotency, now);
    }
}
