using System.Text;
using Ops.Shared.Imports;

namespace Shared.Tests;

public sealed class CsvRowsTests
{
    private static async Task<List<CsvRow>> Read(string csv, bool byteOrderMark = false)
    {
        var bytes = Encoding.UTF8.GetBytes(csv);
        if (byteOrderMark) bytes = [.. Encoding.UTF8.Preamble, .. bytes];
        var rows = new List<CsvRow>();
        await foreach (var row in CsvRows.ReadAsync(new MemoryStream(bytes))) rows.Add(row);
        return rows;
    }

    [Fact]
    public async Task fields_are_read_by_column_name_whatever_its_case_and_trimmed()
    {
        var rows = await Read("orderNumber,SKU,quantity\n 111-1 ,LUM-1,2\n111-2,LUM-2,\n");

        rows.Select(r => (r.Number, r["ordernumber"], r["sku"], r["Quantity"])).ShouldBe([(1, "111-1", "LUM-1", "2"), (2, "111-2", "LUM-2", null)]);
        rows[0]["missing"].ShouldBeNull();
    }

    [Fact]
    public async Task quoted_fields_keep_commas_quotes_and_line_breaks()
    {
        var rows = await Read("name,address\r\n\"Lee, Ann\",\"12 \"\"Elm\"\" St\r\nApt 4\"\r\nBo,\"\"\r\n");

        rows.Select(r => (r.Number, r["name"], r["address"])).ShouldBe([(1, "Lee, Ann", "12 \"Elm\" St\r\nApt 4"), (2, "Bo", null)]);
    }

    [Fact]
    public async Task blank_lines_a_byte_order_mark_and_a_missing_last_line_break_are_ignored()
    {
        var rows = await Read("a,b\n\n1,2\r\n\r\n3,4", byteOrderMark: true);

        rows.Select(r => (r.Number, r["a"], r["b"])).ShouldBe([(1, "1", "2"), (2, "3", "4")]);
    }

    [Fact]
    public async Task a_file_with_only_a_header_has_no_rows()
    {
        (await Read("a,b\r\n")).ShouldBeEmpty();
        (await Read("")).ShouldBeEmpty();
    }
}
