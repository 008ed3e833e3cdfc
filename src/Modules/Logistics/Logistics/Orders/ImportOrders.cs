using System.Globalization;
using System.Linq.Expressions;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Text.Json;
using FastEndpoints;
using FluentValidation;
using FluentValidation.Results;
using Marten;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Ops.Shared;
using Ops.Shared.Calendar;
using Ops.Shared.Http;
using Ops.Shared.Imports;
using Ops.Shared.Outcomes;
using Ops.Shared.Paging;
using Wolverine;

namespace Ops.Logistics.Orders;

/// <summary>
/// Orders in bulk (docs/adr/0020): a CSV with a header row and one row per order line (consecutive rows with the same
/// marketplace and order number are one order; the order's own columns are read from its first row), or a JSON array of
/// orders shaped as <c>POST /api/logistics/orders</c> takes them (without <c>storeId</c>: the file's store is given once).
/// The CSV keeps flat columns: its <c>currency</c> column is the order's and each row's <c>unitPrice</c> is in it (ADR 0025).
/// Every record is checked exactly as the API checks one order; a record already received (same marketplace and number,
/// same content) is skipped, one with the same number and different content is refused.
/// </summary>
public sealed class OrderImport(Guid storeId) : IImportDefinition<OrderReceipt>
{
    public const string KindName = "orders";

    /// <summary>The CSV columns, in the order the template lists them.</summary>
    public static readonly IReadOnlyList<string> Columns =
    [
        "marketplace", "orderNumber", "purchasedAt", "shipBy", "paymentStatus", "currency", "buyerName", "buyerEmail", "buyerPhone",
        "addressLine1", "addressLine2", "city", "region", "postalCode", "country", "sku", "quantity", "unitPrice",
    ];

    private static readonly ReceiveOrderValidator Validator = new();

    public string Kind => KindName;

    public IAsyncEnumerable<ImportRecord<OrderReceipt>> ReadAsync(Stream file, ImportFormat format, ImportPass pass, CancellationToken ct) =>
        format == ImportFormat.Csv ? ReadCsvAsync(file, pass, ct) : ReadJsonAsync(file, pass, ct);

    private async IAsyncEnumerable<ImportRecord<OrderReceipt>> ReadCsvAsync(Stream file, ImportPass pass, [EnumeratorCancellation] CancellationToken ct)
    {
        var group = new List<CsvRow>();
        await foreach (var row in CsvRows.ReadAsync(file, ct))
        {
            if (group.Count > 0 && (row["marketplace"], row["orderNumber"]) != (group[0]["marketplace"], group[0]["orderNumber"]))
            {
                yield return FromCsv(group, pass);
                group = [];
            }

            group.Add(row);
        }

        if (group.Count > 0) yield return FromCsv(group, pass);
    }

    private ImportRecord<OrderReceipt> FromCsv(IReadOnlyList<CsvRow> rows, ImportPass pass)
    {
        var first = rows[0];
        var errors = new List<ImportRowError>();
        DateTimeOffset? Time(string column)
        {
            if (first[column] is not { } text) return null;
            if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value)) return value;
            errors.Add(Malformed(first.Number, column, "an ISO 8601 date and time, e.g. 2026-12-01T14:30:00Z"));
            return null;
        }

        T Number<T>(CsvRow row, string column) where T : struct, INumberBase<T>
        {
            if (row[column] is { } text && T.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value)) return value;
            if (row[column] is not null) errors.Add(Malformed(row.Number, column, "a number, with a point for decimals"));
            return T.Zero;
        }

        PaymentStatus? payment = null;
        if (first["paymentStatus"] is { } paymentText)
        {
            if (Enum.TryParse<PaymentStatus>(paymentText, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)) payment = parsed;
            else errors.Add(Malformed(first.Number, "paymentStatus", string.Join(", ", Enum.GetNames<PaymentStatus>())));
        }

        var request = new ReceiveOrderRequest
        {
            StoreId = storeId,
            Marketplace = first["marketplace"] ?? "",
            OrderNumber = first["orderNumber"] ?? "",
            PurchasedAt = Time("purchasedAt"),
            ShipBy = Time("shipBy"),
            PaymentStatus = payment,
            Buyer = new BuyerRequest
            {
                Name = first["buyerName"] ?? "", Email = first["buyerEmail"], Phone = first["buyerPhone"],
                Address = new BuyerAddressRequest
                {
                    Line1 = first["addressLine1"] ?? "", Line2 = first["addressLine2"], City = first["city"] ?? "",
                    Region = first["region"], PostalCode = first["postalCode"] ?? "", Country = first["country"] ?? "",
                },
            },
            Lines =
            [
                .. rows.Select(r => new OrderLineRequest
                {
                    Sku = r["sku"] ?? "", Quantity = Number<int>(r, "quantity"), UnitPrice = new Money(Number<decimal>(r, "unitPrice"), first["currency"] ?? ""),
                }),
            ],
        };

        if (pass == ImportPass.Write) return Record(first.Number, request, errors);

        // A field that could not be read is reported as such, not again as "must not be empty".
        var unreadable = errors.Select(e => (e.Row, e.Field)).ToHashSet();
        // The currency is the order's column, copied to each line: a wrong one is named once, on the order's first row.
        errors.AddRange(Validator.Validate(request).Errors
            .Select(e => CsvError(rows, e))
            .Where(e => !unreadable.Contains((e.Row, e.Field)))
            .DistinctBy(e => (e.Row, e.Field, e.Message)));
        return Record(first.Number, request, errors);
    }

    private async IAsyncEnumerable<ImportRecord<OrderReceipt>> ReadJsonAsync(Stream file, ImportPass pass, [EnumeratorCancellation] CancellationToken ct)
    {
        var element = 0;
        // Element by element: an order that is not shaped as the API takes one is that order's error, not the file's end.
        var orders = JsonSerializer.DeserializeAsyncEnumerable<JsonElement?>(file, JsonSerializerOptionsProvider.Options, ct)
            .GetAsyncEnumerator(ct);
        try
        {
            while (true)
            {
                JsonElement? order;
                JsonException? malformed = null;
                try
                {
                    if (!await orders.MoveNextAsync()) yield break;
                    order = orders.Current;
                }
                catch (JsonException e)
                {
                    order = null;
                    malformed = e;
                }

                if (malformed is not null)
                {
                    // The rest of the file cannot be read past malformed JSON: the job stops here, refused.
                    yield return ImportRecord<OrderReceipt>.Refused(element + 1, $"#{element + 1}",
                        [new ImportRowError(element + 1, malformed.Path, ProblemCodes.MalformedRequest,
                            Bilingual.Pick($"The file is not a JSON array of orders: {malformed.Message}", $"文件不是订单的 JSON 数组：{malformed.Message}"))]);
                    yield break;
                }

                element++;
                if (order is not { ValueKind: not JsonValueKind.Null } value)
                {
                    yield return ImportRecord<OrderReceipt>.Refused(element, $"#{element}",
                        [new ImportRowError(element, null, ProblemCodes.ValidationFailed, Bilingual.Pick("An order is null.", "订单为空。"))]);
                    continue;
                }

                var (read, unreadable) = Read(value, element);
                if (read is not { } request)
                {
                    yield return ImportRecord<OrderReceipt>.Refused(element, $"#{element}", [unreadable!]);
                    continue;
                }

                request = request with { StoreId = storeId };
                if (pass == ImportPass.Write)
                {
                    yield return Record(element, request, []);
                    continue;
                }

                var errors = Validator.Validate(request).Errors
                    .Select(e => new ImportRowError(element, JsonField(e.PropertyName), ProblemCodes.ValidationFailed, e.ErrorMessage)).ToList();
                yield return Record(element, request, errors);
            }
        }
        finally
        {
            await orders.DisposeAsync();
        }
    }

    /// <summary>One order of a JSON file, read as the API reads one.</summary>
    private static (ReceiveOrderRequest? Request, ImportRowError? Error) Read(JsonElement order, int element)
    {
        try
        {
            return (order.Deserialize<ReceiveOrderRequest>(JsonSerializerOptionsProvider.Options), null);
        }
        catch (JsonException e)
        {
            return (null, new ImportRowError(element, e.Path, ProblemCodes.MalformedRequest, Bilingual.Pick(
                $"The order is not shaped as the API takes one: {e.Message}", $"订单的格式与接口要求不符：{e.Message}")));
        }
    }

    private static ImportRecord<OrderReceipt> Record(int row, ReceiveOrderRequest request, List<ImportRowError> errors)
    {
        var key = $"{request.Marketplace}/{request.OrderNumber.Trim()}";
        return errors.Count > 0 ? ImportRecord<OrderReceipt>.Refused(row, key, errors) : new(row, key, request.ToReceipt(), []);
    }

    /// <summary>A validator's error named by the CSV column and the row it came from (a line's field: that line's row).</summary>
    private static ImportRowError CsvError(IReadOnlyList<CsvRow> rows, ValidationFailure error)
    {
        var name = JsonField(error.PropertyName);
        var row = rows[0].Number;
        if (name.StartsWith("lines[", StringComparison.Ordinal) && int.TryParse(name[6..name.IndexOf(']')], out var line) && line < rows.Count)
            row = rows[line].Number;
        var column = name switch
        {
            _ when name.EndsWith(".sku", StringComparison.Ordinal) => "sku",
            _ when name.EndsWith(".quantity", StringComparison.Ordinal) => "quantity",
            _ when name.EndsWith(".unitPrice", StringComparison.Ordinal) || name.EndsWith(".unitPrice.amount", StringComparison.Ordinal) => "unitPrice",
            _ when name.EndsWith(".unitPrice.currency", StringComparison.Ordinal) => "currency",
            "lines" => "sku",
            "buyer.name" => "buyerName",
            "buyer.email" => "buyerEmail",
            "buyer.phone" => "buyerPhone",
            "buyer.address.line1" => "addressLine1",
            "buyer.address.line2" => "addressLine2",
            "buyer.address.city" => "city",
            "buyer.address.region" => "region",
            "buyer.address.postalCode" => "postalCode",
            "buyer.address.country" => "country",
            _ => name,
        };
        if (column == "currency") row = rows[0].Number;
        return new ImportRowError(row, column, ProblemCodes.ValidationFailed, error.ErrorMessage);
    }

    private static string JsonField(string propertyName) =>
        string.Join('.', propertyName.Split('.').Select(part => part.Length == 0 ? part : char.ToLowerInvariant(part[0]) + part[1..]));

    private static ImportRowError Malformed(int row, string column, string expected) =>
        new(row, column, ProblemCodes.ValidationFailed, Bilingual.Pick($"Expected {expected}.", $"格式应为：{expected}。"));

    /// <summary>An order already received under the same marketplace and number must be the same order (it is then skipped).</summary>
    public async Task<IReadOnlyList<ImportRowError>> CheckAsync(IServiceProvider services, IReadOnlyList<ImportRecord<OrderReceipt>> batch, CancellationToken ct)
    {
        await using var session = services.GetRequiredService<ILogisticsStore>().QuerySession();
        var known = await ReceivedAlreadyAsync(session, batch.Select(r => r.Value!), ct);
        var errors = new List<ImportRowError>();
        foreach (var record in batch.Where(r => known.Contains(Order.IdFor(r.Value!.Marketplace, r.Value.OrderNumber))))
        {
            var order = await session.Events.AggregateStreamAsync<Order>(Order.IdFor(record.Value!.Marketplace, record.Value.OrderNumber), token: ct);
            if (order!.ReceiveAgain(record.Value).Refusal is { } rule)
                errors.Add(new ImportRowError(record.Row, "orderNumber", rule.Code, rule.MessageFor(CultureInfo.CurrentUICulture)));
        }

        return errors;
    }

    /// <summary>Which of these orders logistics has received already (their ids).</summary>
    public static async Task<HashSet<Guid>> ReceivedAlreadyAsync(IQuerySession session, IEnumerable<OrderReceipt> orders, CancellationToken ct)
    {
        var ids = orders.Select(o => Order.IdFor(o.Marketplace, o.OrderNumber)).ToArray();
        return [.. await session.Query<OrderDetails>().Where(o => ids.Contains(o.Id)).Select(o => o.Id).ToListAsync(ct)];
    }

    /// <summary>Writes a batch through <see cref="ReceiveOrderBatch"/>: one transaction, each order as the API receives it.</summary>
    public async Task<ImportBatchResult> WriteAsync(IServiceProvider services, ImportJob job, IReadOnlyList<OrderReceipt> batch, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var bus = scope.ServiceProvider.GetRequiredService<IMessageBus>();
        return await bus.InvokeAsync<ImportBatchResult>(new ReceiveOrderBatch(job.Id, [.. batch], job.StartedBy), ct);
    }
}

/// <summary>A batch of an import job's orders, received in one transaction as the API receives each.</summary>
public sealed record ReceiveOrderBatch(Guid JobId, IReadOnlyList<OrderReceipt> Orders, string By);

public static class ReceiveOrderBatchHandler
{
    public static async Task<(ImportBatchResult, OutgoingMessages)> Handle(ReceiveOrderBatch command, IDocumentSession session,
        LogisticsSettings policy, TimeProvider time, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var messages = new OutgoingMessages();
        int imported = 0, skipped = 0;
        var received = new List<OrderReceived>(command.Orders.Count);
        var known = await OrderImport.ReceivedAlreadyAsync(session, command.Orders, ct);
        // One file is one store's: its calendar is read once per batch, not once per order.
        var calendars = (await session.LoadManyAsync<StoreCalendarCopy>(ct, command.Orders.Select(o => o.StoreId).Distinct()))
            .ToDictionary(c => c.Id);
        foreach (var receipt in command.Orders)
        {
            if (known.Contains(Order.IdFor(receipt.Marketplace, receipt.OrderNumber)))
            {
                skipped++;
                continue;
            }

            if (!calendars.TryGetValue(receipt.StoreId, out var calendar))
                throw new InvalidOperationException($"Order {receipt.OrderNumber} was refused after its check: {OrderRules.StoreMustExist.Code}");
            var appended = OrderIntake.Start(session, receipt, calendar, policy, command.By, now).Appended();
            OrderAnnouncements.PublishedBy(null, appended, messages);
            received.AddRange(appended.OfType<OrderReceived>());
            imported++;
        }

        OrderDeadlines.ScheduleTogether(received, messages);

        return (new ImportBatchResult(imported, skipped), messages);
    }
}

/// <summary>
/// The file is the body, sent as <c>text/csv</c> or <c>application/json</c>; the store it belongs to and its name (shown on
/// the job) come in the query.
/// </summary>
[FileUpload("text/csv", "application/json")]
public sealed record ImportOrdersRequest
{
    /// <summary>The store whose orders the file holds.</summary>
    [QueryParam] public Guid StoreId { get; init; }

    /// <summary>The file's name, shown on the job (e.g. <c>orders-2026-12-01.csv</c>).</summary>
    [QueryParam] public string? FileName { get; init; }
}

public sealed class ImportOrdersValidator : Validator<ImportOrdersRequest>
{
    public ImportOrdersValidator()
    {
        RuleFor(r => r.StoreId).NotEmpty();
        RuleFor(r => r.FileName).MaximumLength(200);
    }
}

/// <summary>
/// <c>POST /api/logistics/orders/import?storeId=</c>: a file of orders (CSV or JSON, docs/adr/0020) becomes an import job,
/// answered at once with 202 and the job's <c>Location</c>; poll it until it is finished. Every row is checked before any
/// order is written: a file with a refused row imports nothing and its job names every such row. The same file imported
/// again (same store and content) answers the job that imported it, 200, and changes nothing.
/// </summary>
public sealed class ImportOrdersEndpoint(ILogisticsStore store, ImportRunner runner) : Endpoint<ImportOrdersRequest, ImportJob>
{
    public override void Configure()
    {
        Post("/orders/import");
        Group<LogisticsGroup>();
        Roles(Role.Logistics, Role.OpsManager);
        RequestBinder(new QueryOnlyBinder<ImportOrdersRequest>());
        Validator<ImportOrdersValidator>();
        Description(d => d.Accepts<ImportOrdersRequest>("text/csv", "application/json").Produces<ImportJob>(202));
    }

    public override async Task HandleAsync(ImportOrdersRequest request, CancellationToken ct)
    {
        if (ImportFile.FormatOf(HttpContext.Request.ContentType) is not { } format)
        {
            await Problems.WriteAsync(HttpContext, StatusCodes.Status415UnsupportedMediaType, ProblemCodes.UnsupportedMediaType,
                "Send text/csv or application/json", "The body is the file of orders, sent as text/csv or application/json.", ct: ct);
            return;
        }

        await using (var session = store.QuerySession())
            if (await session.LoadAsync<StoreCalendarCopy>(request.StoreId, ct) is null)
            {
                await Problems.RefusedAsync(HttpContext, OrderRules.StoreMustExist, ct);
                return;
            }

        var name = request.FileName is { Length: > 0 } given ? given : $"orders.{format.ToString().ToLowerInvariant()}";
        var file = await ImportFile.ReceiveAsync(HttpContext.Request, format, name, ct);
        var (job, started) = await runner.StartAsync<ILogisticsStore, OrderReceipt>(new OrderImport(request.StoreId), file,
            request.StoreId.ToString(), HttpContext.User.Identity?.Name ?? "anonymous", ct);
        HttpContext.Response.Headers.Location = $"/api/logistics/orders/imports/{job.Id}";
        await Send.ResponseAsync(job, started ? StatusCodes.Status202Accepted : StatusCodes.Status200OK, ct);
    }
}

public sealed record GetImportJobRequest
{
    public Guid Id { get; init; }
}

/// <summary><c>GET /api/logistics/orders/imports/{id}</c>: an order import job — its status, progress and row errors.</summary>
public sealed class GetOrderImportEndpoint(ILogisticsStore store) : Endpoint<GetImportJobRequest, ImportJob>
{
    public override void Configure()
    {
        Get("/orders/imports/{id}");
        Group<LogisticsGroup>();
        Roles(Role.Readers);
    }

    public override async Task HandleAsync(GetImportJobRequest request, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        if (await session.LoadAsync<ImportJob>(request.Id, ct) is { Kind: OrderImport.KindName } job) await Send.OkAsync(job, ct);
        else await Problems.NotFoundAsync(HttpContext, "Import job", request.Id, ct);
    }
}

public sealed record ListImportJobsRequest : PageRequest;

public sealed class ListImportJobsValidator : Validator<ListImportJobsRequest>
{
    public ListImportJobsValidator() => this.IncludePaging(ListOrderImportsEndpoint.Sort);
}

/// <summary><c>GET /api/logistics/orders/imports</c>: the order import jobs, newest first (row errors left out: read the job for them).</summary>
public sealed class ListOrderImportsEndpoint(ILogisticsStore store) : Endpoint<ListImportJobsRequest, Page<ImportJob>>
{
    internal static readonly SortFields<ImportJob> Sort = new("-startedAt", new Dictionary<string, Expression<Func<ImportJob, object>>>
    {
        ["startedAt"] = j => j.StartedAt,
    });

    public override void Configure()
    {
        Get("/orders/imports");
        Group<LogisticsGroup>();
        Roles(Role.Readers);
    }

    public override async Task HandleAsync(ListImportJobsRequest request, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        // Jobs are documents written without events: their count is taken each time (no cached counts).
        var page = await session.Query<ImportJob>().Where(j => j.Kind == OrderImport.KindName).ToPageAsync(session, request, Sort, null, ct);
        await Send.OkAsync(page with { Items = [.. page.Items.Select(j => j with { Errors = [] })] }, ct);
    }
}
