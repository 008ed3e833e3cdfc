using System.Text;
using Marten;
using Weasel.Postgresql;

namespace Ops.Selection.Candidates;

/// <summary>
/// Company-unique SKUs, <c>&lt;CATEGORY3&gt;-&lt;YYMM&gt;-&lt;NNNNN&gt;</c>, e.g. <c>HOM-3011-00042</c>: the first three
/// ASCII letters or digits of the category in upper case (padded with <c>X</c>; a category without any is
/// <c>XXX</c>), the year and month of approval (UTC), and a running number of at least five digits.
/// </summary>
/// <remarks>
/// Uniqueness is the database's job, not the handler's: the running number comes from a PostgreSQL sequence in the
/// selection schema. <c>nextval</c> never returns a number twice however many approvals run at once, on however many
/// nodes, and is not rolled back — so concurrent approvals cannot collide, and a refused or failed one leaves a gap
/// (harmless: SKUs need to be unique, not consecutive). The number runs company-wide, across categories and months,
/// so the prefix only helps people read the SKU. A unique index on <see cref="CandidateDetails.Sku"/> stands behind it.
/// </remarks>
public static class Skus
{
    private const string SequenceName = "candidate_sku_number";

    internal static void Configure(StoreOptions options) =>
        options.Storage.ExtendedSchemaObjects.Add(new Sequence($"{options.DatabaseSchemaName}.{SequenceName}"));

    public static async Task<long> NextNumberAsync(IQuerySession session, CancellationToken ct) =>
        (await session.QueryAsync<long>($"select nextval('{session.DocumentStore.Options.DatabaseSchemaName}.{SequenceName}')", ct)).Single();

    public static string Format(string category, DateTimeOffset approvedAt, long number) =>
        $"{Prefix(category)}-{approvedAt.UtcDateTime:yyMM}-{number:D5}";

    public static string Prefix(string category)
    {
        var prefix = new StringBuilder(3);
        foreach (var c in category.Where(char.IsAsciiLetterOrDigit).Take(3)) prefix.Append(char.ToUpperInvariant(c));
        return prefix.ToString().PadRight(3, 'X');
    }
}
