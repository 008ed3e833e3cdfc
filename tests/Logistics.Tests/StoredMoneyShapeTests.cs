using System.Text.Json.Nodes;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Ops.Logistics;
using Ops.Logistics.Orders;
using Ops.Logistics.Reconciliation;
using Ops.Shared;
using Ops.Shared.Kpis;
using Logistics.Tests.Orders;
using static Logistics.Tests.Orders.OrderScenarios;

namespace Logistics.Tests;

/// <summary>
/// Issue 14: an order's prices and total and a reimbursement claim's amounts are served as <c>{amount, currency}</c>; and
/// those stored before that, with bare amounts and one <c>currency</c> beside them, still read (ADR 0025).
/// </summary>
public sealed class StoredMoneyShapeTests(LogisticsApp app) : LogisticsTest(app)
{
    private const string ReimbursementsUrl = "/api/logistics/reimbursements";

    /// <summary>Lines back to bare unit prices (SQL), for the old shape of a receipt or an order document at <c>path</c>.</summary>
    private static string OldLines(string path) =>
        $"(select jsonb_agg(l || jsonb_build_object('unitPrice', l#>'{{unitPrice,amount}}')) from jsonb_array_elements(data#>'{{{path}}}') l)";

    private async Task BackToTheOldShape(string sql, Guid id)
    {
        await using var session = Host.Services.GetRequiredService<ILogisticsStore>().LightweightSession();
        session.QueueSqlCommand(sql, id);
        await session.SaveChangesAsync();
    }

    private async Task<string> Table<T>()
    {
        await using var session = Host.Services.GetRequiredService<ILogisticsStore>().QuerySession();
        return await session.TableOfAsync<T>(CancellationToken.None);
    }

    private string Events => Host.Services.GetRequiredService<ILogisticsStore>().Options.Events.DatabaseSchemaName + ".mt_events";

    private async Task<JsonObject> Stored<T>(Guid id) where T : class
    {
        await using var session = Host.Services.GetRequiredService<ILogisticsStore>().QuerySession();
        return JsonNode.Parse((await session.Json.FindByIdAsync<T>(id))!)!.AsObject();
    }

    private static void ShouldBeMoney(JsonNode? node, decimal amount, string currency)
    {
        var money = node.ShouldBeOfType<JsonObject>();
        money.Select(p => p.Key).ShouldBe(["amount", "currency"], ignoreOrder: true);
        (money["amount"]!.GetValue<decimal>(), money["currency"]!.GetValue<string>()).ShouldBe((amount, currency));
    }

    [Fact]
    public async Task an_order_stored_with_bare_prices_and_one_currency_still_reads_as_money_and_is_the_same_order()
    {
        await App.Sellable();
        var received = (await App.Receive()).Result;
        // Back to the shape stored before issue 14: the event, and the read model projected from it then.
        await BackToTheOldShape($$"""
            update {{Events}} set data = jsonb_set(data, '{receipt}', (data->'receipt')
              || jsonb_build_object('currency', data#>>'{receipt,lines,0,unitPrice,currency}', 'lines', {{OldLines("receipt,lines")}}))
            where stream_id = ? and type = 'order_received'
            """, received.Id);
        await BackToTheOldShape($$"""
            update {{await Table<OrderDetails>()}} set data = data || jsonb_build_object('currency', data#>>'{total,currency}',
              'total', data#>'{total,amount}', 'lines', {{OldLines("lines")}})
            where id = ?
            """, received.Id);
        (await Stored<OrderDetails>(received.Id))["currency"]!.GetValue<string>().ShouldBe("USD");

        // The stored read model, the record rebuilt from its events, and the history all read it.
        Money[] expected = [new(19.99m, "USD"), new(39.98m, "USD")];
        foreach (var url in new[] { $"{OrdersUrl}/{received.Id}", $"{OrdersUrl}/{received.Id}?version=1" })
        {
            var order = await As(Role.Auditor, x => x.Get.Url(url)).Ok<OrderDetails>();
            new[] { order.Lines.Single().UnitPrice, order.Total }.ShouldBe(expected, url);
        }

        var history = JsonNode.Parse(await (await As(Role.Auditor, x => x.Get.Url($"{OrdersUrl}/{received.Id}/history"))).ReadAsTextAsync());
        var receipt = history!.AsArray().Single(e => e!["type"]!.GetValue<string>() == "order_received")!["data"]!["receipt"]!.AsObject();
        receipt.ContainsKey("currency").ShouldBeFalse("one currency beside bare amounts is the old shape");
        ShouldBeMoney(receipt["lines"]![0]!["unitPrice"], 19.99m, "USD");

        // The same order sent again is still recognised as the same order; decisions still run over the old event, and the
        // read model is stored in the current shape from then on.
        var again = (await App.Receive()).Result;
        (again.Id, again.Version).ShouldBe((received.Id, received.Version));
        var reviewed = await App.Post(received.Id, "review").Ok<OrderDetails>();
        reviewed.Total.ShouldBe(new Money(39.98m, "USD"));
        var stored = await Stored<OrderDetails>(received.Id);
        stored.ContainsKey("currency").ShouldBeFalse();
        ShouldBeMoney(stored["total"], 39.98m, "USD");
    }

    [Fact]
    public async Task a_claim_stored_with_bare_amounts_and_one_currency_still_reads_as_money_and_guards_the_reimbursement()
    {
        await App.Deliver(StockScenarios.Approved("SKU-L", unitCost: 3.50m), othersMayRefuse: true);
        var fba = await App.AWarehouse();
        await App.Receive(fba.Id, "SKU-L", 20);
        var opened = await As(Role.Logistics, x => x.Post.Json(new OpenReimbursementCaseRequest
        {
            WarehouseId = fba.Id, Sku = "SKU-L", Quantity = 4, Kind = ReimbursementCaseKind.Lost, Evidence = "Ledger shows 4 units misplaced",
        }).ToUrl(ReimbursementsUrl)).Ok<ReimbursementCaseView>(201);
        const string oldClaim = """
            jsonb_build_object('quantity', data#>'{claim,quantity}', 'unitCost', data#>'{claim,unitCost,amount}',
              'currency', data#>>'{claim,unitCost,currency}', 'amountClaimed', data#>'{claim,amountClaimed,amount}')
            """;
        await BackToTheOldShape($"update {Events} set data = jsonb_set(data, '{{claim}}', {oldClaim}) where stream_id = ? and type = 'reimbursement_case_opened'",
            opened.Id);
        await BackToTheOldShape($"update {await Table<ReimbursementCaseView>()} set data = jsonb_set(data, '{{claim}}', {oldClaim}) where id = ?", opened.Id);
        (await Stored<ReimbursementCaseView>(opened.Id))["claim"]!["currency"]!.GetValue<string>().ShouldBe("USD");

        var claim = new ReimbursementClaim(4, new Money(3.50m, "USD"), new Money(14.00m, "USD"));
        (await As(Role.Auditor, x => x.Get.Url($"{ReimbursementsUrl}/{opened.Id}")).Ok<ReimbursementCaseView>()).Claim.ShouldBe(claim);
        (await As(Role.Auditor, x => x.Get.Url($"{ReimbursementsUrl}/{opened.Id}?version=1")).Ok<ReimbursementCaseView>()).Claim.ShouldBe(claim);
        var history = JsonNode.Parse(await (await As(Role.Auditor, x => x.Get.Url($"{ReimbursementsUrl}/{opened.Id}/history"))).ReadAsTextAsync());
        var stored = history!.AsArray()[0]!["data"]!["claim"]!.AsObject();
        stored.ContainsKey("currency").ShouldBeFalse();
        ShouldBeMoney(stored["unitCost"], 3.50m, "USD");
        ShouldBeMoney(stored["amountClaimed"], 14.00m, "USD");

        // The claim's currency, read from the old event, still decides which reimbursement is accepted.
        await As(Role.Logistics, x => x.Post.Json(new { }).ToUrl($"{ReimbursementsUrl}/{opened.Id}/submit")).Ok<ReimbursementCaseView>();
        await As(Role.Logistics, x => x.Post.Json(new RecordReimbursementRequest { Amount = new Money(14m, "EUR") }).ToUrl($"{ReimbursementsUrl}/{opened.Id}/reimburse"))
            .ShouldBeProblem(409, ReimbursementRules.CurrencyMustMatchClaim.Code);
        (await As(Role.Logistics, x => x.Post.Json(new RecordReimbursementRequest { Amount = new Money(14m, "USD") }).ToUrl($"{ReimbursementsUrl}/{opened.Id}/reimburse"))
            .Ok<ReimbursementCaseView>()).Claim.ShouldBe(claim);
    }
}
