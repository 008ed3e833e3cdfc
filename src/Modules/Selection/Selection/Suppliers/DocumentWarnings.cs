using System.Linq.Expressions;
using FastEndpoints;
using JasperFx.Events.Projections;
using Marten;
using Marten.Events.Projections;
using Ops.Shared;
using Ops.Shared.Modules;
using Ops.Shared.Paging;
using Ops.Shared.Settings;

namespace Ops.Selection.Suppliers;

/// <summary>One qualification document on file, one row per document, so lists across suppliers page in the database.</summary>
public sealed record QualificationDocumentOnFile
{
    public Guid Id { get; init; }
    public Guid SupplierId { get; init; }
    public required QualificationDocument Document { get; init; }

    internal static void Configure(StoreOptions options)
    {
        options.Projections.Add(new QualificationDocumentOnFileProjection(), ProjectionLifecycle.Inline);
        options.Schema.For<QualificationDocumentOnFile>().Index(d => d.Document.ExpiresOn);
    }
}

/// <summary>Filing a document adds its row; replacing it removes the row. (Partial: Marten's generator registers the row type.)</summary>
public sealed partial class QualificationDocumentOnFileProjection : EventProjection
{
    public override ValueTask ApplyAsync(IDocumentOperations operations, JasperFx.Events.IEvent e, CancellationToken ct)
    {
        switch (e.Data)
        {
            case QualificationDocumentAdded added:
                operations.Store(new QualificationDocumentOnFile { Id = added.Document.DocumentId, SupplierId = added.SupplierId, Document = added.Document });
                break;
            case QualificationDocumentReplaced replaced:
                operations.Delete<QualificationDocumentOnFile>(replaced.DocumentId);
                break;
        }
        return ValueTask.CompletedTask;
    }
}

/// <summary>A document that expires within <c>warnDaysBeforeExpiry</c> of now, or has expired.</summary>
public sealed record DocumentWarning(
    Guid SupplierId, string SupplierName, Guid DocumentId, QualificationDocumentKind Kind, string Name, string Number,
    DateOnly ExpiresOn, bool Expired);

public sealed record ListDocumentWarningsRequest : PageRequest;

public sealed class ListDocumentWarningsValidator : Validator<ListDocumentWarningsRequest>
{
    public ListDocumentWarningsValidator() => this.IncludePaging(ListDocumentWarningsEndpoint.Sort);
}

/// <summary>
/// <c>GET /api/selection/suppliers/document-warnings</c>: documents on file across suppliers that expire within
/// <c>warnDaysBeforeExpiry</c> days of now (the UTC day, like the scheduled warnings), expired ones included;
/// soonest first.
/// </summary>
public sealed class ListDocumentWarningsEndpoint(ISelectionStore store, TimeProvider time, StoreResults counts)
    : Endpoint<ListDocumentWarningsRequest, Page<DocumentWarning>>
{
    internal static readonly SortFields<QualificationDocumentOnFile> Sort = new("expiresOn",
        new Dictionary<string, Expression<Func<QualificationDocumentOnFile, object>>> { ["expiresOn"] = d => d.Document.ExpiresOn });

    public override void Configure()
    {
        Get("/suppliers/document-warnings");
        Group<SelectionGroup>();
        Roles(Role.Readers);
    }

    public override async Task HandleAsync(ListDocumentWarningsRequest request, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        var policy = (await session.CurrentAsync<SelectionSettings>(ct)).Settings;
        var now = time.GetUtcNow();
        var lastDayWarned = DateOnly.FromDateTime(now.UtcDateTime).AddDays(policy.WarnDaysBeforeExpiry);

        var rows = await session.Query<QualificationDocumentOnFile>().Where(d => d.Document.ExpiresOn <= lastDayWarned).ToPageAsync(session, request, Sort, counts, ct);
        var supplierIds = rows.Items.Select(d => d.SupplierId).Distinct().ToArray();
        var names = (await session.Query<SupplierDetails>().Where(s => supplierIds.Contains(s.Id)).Select(s => new { s.Id, s.Name }).ToListAsync(ct))
            .ToDictionary(s => s.Id, s => s.Name);

        var warnings = rows.Items.Select(row => new DocumentWarning(row.SupplierId, names.GetValueOrDefault(row.SupplierId, ""),
            row.Id, row.Document.Kind, row.Document.Name, row.Document.Number, row.Document.ExpiresOn, row.Document.IsExpiredAt(now))).ToList();
        await Send.OkAsync(new Page<DocumentWarning>(warnings, rows.PageNumber, rows.PageSize, rows.TotalItems, rows.TotalPages), ct);
    }
}
