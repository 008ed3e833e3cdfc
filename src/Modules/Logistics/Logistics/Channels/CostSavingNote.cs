using System.Linq.Expressions;
using FastEndpoints;
using FluentValidation;
using JasperFx.Events;
using JasperFx.Events.Projections;
using Marten;
using Marten.Events.Aggregation;
using Ops.Shared;
using Ops.Shared.Audit;
using Ops.Shared.Http;
using Ops.Shared.Modules;
using Ops.Shared.Outcomes;
using Ops.Shared.Paging;
using Wolverine;

namespace Ops.Logistics.Channels;

[History("Cost-saving note written", "已记录降本备注")]
public sealed record CostSavingNoteWritten(Guid NoteId, Guid ChannelId, string Month, string Text, string WrittenBy, DateTimeOffset WrittenAt);

public static class CostSavingNoteRules
{
    public static readonly Rule ChannelMustExist =
        new("cost_note.channel_must_exist", "The note's channel is not registered.", "备注所属的物流渠道未登记。");
}

/// <summary>A note on how a channel's cost in a month could be or was cut (logistics.md, "Logistics cost"). Written once.</summary>
public sealed record CostSavingNote(Guid Id)
{
    public static CostSavingNote Create(CostSavingNoteWritten e) => new(e.NoteId);

    public static Decision Write(Guid id, Guid channelId, string month, string text, bool channelKnown, string by, DateTimeOffset now) =>
        !channelKnown ? CostSavingNoteRules.ChannelMustExist : Decision.Accept(new CostSavingNoteWritten(id, channelId, month, text, by, now));

    internal static void Configure(StoreOptions options)
    {
        options.Projections.Add<CostSavingNoteProjection>(ProjectionLifecycle.Inline);
        options.Schema.For<CostSavingNoteView>().Index(n => n.Month).Index(n => n.ChannelId);
    }
}

public sealed record CostSavingNoteView : IVersionedView
{
    public Guid Id { get; init; }
    public long Version { get; set; }
    public Guid ChannelId { get; init; }

    /// <summary>The month the note is about, <c>yyyy-MM</c>.</summary>
    public required string Month { get; init; }

    public required string Text { get; init; }
    public required string WrittenBy { get; init; }
    public DateTimeOffset WrittenAt { get; init; }
}

public sealed class CostSavingNoteProjection : SingleStreamProjection<CostSavingNoteView, Guid>
{
    public override CostSavingNoteView? Evolve(CostSavingNoteView? note, Guid id, JasperFx.Events.IEvent e) => (note, e.Data) switch
    {
        (null, CostSavingNoteWritten w) => new CostSavingNoteView
        {
            Id = w.NoteId, ChannelId = w.ChannelId, Month = w.Month, Text = w.Text, WrittenBy = w.WrittenBy, WrittenAt = w.WrittenAt,
        },
        _ => note,
    };
}

public static class Months
{
    public const string Pattern = "^[0-9]{4}-(0[1-9]|1[0-2])$";

    public static string Of(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);

    public static IRuleBuilderOptions<T, string> Month<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().Matches(Pattern).WithMessage(_ => Bilingual.Pick("A month is written yyyy-MM, e.g. 2030-11.", "月份格式为 yyyy-MM，例如 2030-11。"));
}

public sealed record WriteCostSavingNoteRequest
{
    public Guid ChannelId { get; init; }

    /// <summary>The month the note is about, <c>yyyy-MM</c> (not after the current month).</summary>
    public string Month { get; init; } = "";

    public string Text { get; init; } = "";
}

public sealed class WriteCostSavingNoteValidator : Validator<WriteCostSavingNoteRequest>
{
    public WriteCostSavingNoteValidator()
    {
        RuleFor(r => r.ChannelId).NotEmpty();
        RuleFor(r => r.Month).Cascade(CascadeMode.Stop).Month()
            .Must(m => string.CompareOrdinal(m, Months.Of(Resolve<TimeProvider>().GetUtcNow())) <= 0)
            .WithMessage(_ => Bilingual.Pick("The month cannot be in the future.", "月份不能晚于本月。"));
        RuleFor(r => r.Text).NotEmpty().MaximumLength(2000);
    }
}

public sealed record WriteCostSavingNote(Guid NoteId, Guid ChannelId, string Month, string Text, IdempotencyKey? Idempotency);

/// <summary><c>POST /api/logistics/costs/notes</c>: a cost-saving note on a channel's month.</summary>
public sealed class WriteCostSavingNoteEndpoint(ILogisticsStore store, IMessageBus bus) : Endpoint<WriteCostSavingNoteRequest, CostSavingNoteView>
{
    public override void Configure()
    {
        Post("/costs/notes");
        Group<LogisticsGroup>();
        Roles(Role.Logistics, Role.OpsManager);
    }

    public override Task HandleAsync(WriteCostSavingNoteRequest request, CancellationToken ct) =>
        this.CreateAsync<CostSavingNoteView>(bus, store, request, "logistics.write-cost-saving-note",
            (id, key) => new WriteCostSavingNote(id, request.ChannelId, request.Month, request.Text.Trim(), key),
            id => $"/api/logistics/costs/notes/{id}", ct);
}

public static class WriteCostSavingNoteHandler
{
    public static async Task<Outcome> Handle(WriteCostSavingNote command, IDocumentSession session, IMessageContext context, TimeProvider time)
    {
        var channelKnown = await session.LoadAsync<ChannelView>(command.ChannelId) is not null;
        var now = time.GetUtcNow();
        return session.StartStream<CostSavingNote>(command.NoteId,
            CostSavingNote.Write(command.NoteId, command.ChannelId, command.Month, command.Text, channelKnown, context.Actor(), now),
            command.Idempotency, now);
    }
}

/// <summary><c>GET /api/logistics/costs/notes/{id}</c>.</summary>
public sealed class GetCostSavingNoteEndpoint(ILogisticsStore store) : GetRecordEndpoint<CostSavingNoteView, ILogisticsStore>(store, "cost-saving note")
{
    public override void Configure()
    {
        Get("/costs/notes/{id}");
        Group<LogisticsGroup>();
        Roles(Role.Readers);
    }
}

public sealed record ListCostSavingNotesRequest : PageRequest
{
    [QueryParam] public Guid? ChannelId { get; init; }

    /// <summary>First month (<c>yyyy-MM</c>, inclusive).</summary>
    [QueryParam] public string? From { get; init; }

    /// <summary>Last month (<c>yyyy-MM</c>, inclusive).</summary>
    [QueryParam] public string? To { get; init; }
}

public sealed class ListCostSavingNotesValidator : Validator<ListCostSavingNotesRequest>
{
    public ListCostSavingNotesValidator()
    {
        this.IncludePaging(ListCostSavingNotesEndpoint.Sort);
        RuleFor(r => r.From!).Month().When(r => r.From is not null);
        RuleFor(r => r.To!).Month().When(r => r.To is not null);
    }
}

/// <summary><c>GET /api/logistics/costs/notes</c>: paged, newest month first, by channel and months.</summary>
public sealed class ListCostSavingNotesEndpoint(ILogisticsStore store, StoreResults counts) : Endpoint<ListCostSavingNotesRequest, Page<CostSavingNoteView>>
{
    internal static readonly SortFields<CostSavingNoteView> Sort = new("-month", new Dictionary<string, Expression<Func<CostSavingNoteView, object>>>
    {
        ["month"] = n => n.Month,
        ["writtenAt"] = n => n.WrittenAt,
    }, n => n.WrittenAt);

    public override void Configure()
    {
        Get("/costs/notes");
        Group<LogisticsGroup>();
        Roles(Role.Readers);
    }

    public override async Task HandleAsync(ListCostSavingNotesRequest request, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        IQueryable<CostSavingNoteView> notes = session.Query<CostSavingNoteView>();
        if (request.ChannelId is { } channelId) notes = notes.Where(n => n.ChannelId == channelId);
        if (request.From is { } from) notes = notes.Where(n => n.Month.CompareTo(from) >= 0);
        if (request.To is { } to) notes = notes.Where(n => n.Month.CompareTo(to) <= 0);
        await Send.OkAsync(await notes.ToPageAsync(session, request, Sort, counts, ct), ct);
    }
}

public sealed class CostSavingNoteHistoryEndpoint(ILogisticsStore store) : HistoryEndpoint<CostSavingNote, CostSavingNoteView, ILogisticsStore>(store)
{
    public override void Configure()
    {
        Get("/costs/notes/{id}/history");
        Group<LogisticsGroup>();
        Roles(Role.Readers);
    }
}
