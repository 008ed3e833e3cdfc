namespace Ops.Selection.Suppliers;

/// <summary>What a supplier went through, for the list filter <c>?activity=&amp;from=&amp;to=</c> and the KPIs over a period.</summary>
public enum SupplierActivity
{
    /// <summary>Registered.</summary>
    Registered,

    /// <summary>Evaluated, any evaluation of it.</summary>
    Evaluated,

    /// <summary>Goods received from it (a logistics receipt, on time or late).</summary>
    Delivered,
}

/// <summary>
/// When a supplier went through each <see cref="SupplierActivity"/>, as SQL over its document's <c>data</c> (a delivery:
/// over the rows of <see cref="RecordedDelivery"/>): the list filter and the KPIs read the same instants.
/// </summary>
internal static class SupplierActivities
{
    /// <summary>When a recorded delivery's goods were received, over the delivery row's <c>data</c>.</summary>
    public const string ReceivedAt = "(data->'receipt'->>'receivedAt')::timestamptz";

    /// <summary>SQL: the instants of <paramref name="activity"/>, one row each, in a column <c>at</c>.</summary>
    public static string Instants(SupplierActivity activity, string deliveries) => activity switch
    {
        SupplierActivity.Registered => "select (data->>'registeredAt')::timestamptz as at",
        SupplierActivity.Evaluated => "select (e->>'evaluatedAt')::timestamptz as at from jsonb_array_elements(coalesce(data->'evaluations', '[]')) e",
        // The supplier's own row is Marten's alias d; the delivery rows have a data column of their own.
        SupplierActivity.Delivered =>
            $"select (r.data->'receipt'->>'receivedAt')::timestamptz as at from {deliveries} r where (r.data->>'supplierId')::uuid = d.id",
        _ => throw new ArgumentOutOfRangeException(nameof(activity), activity, null),
    };
}
