using System.Globalization;
using Ops.Shared.Kpis;

namespace Shared.Tests;

public sealed class KpiTests
{
    [Theory]
    [InlineData(1, 3, 33.3)]
    [InlineData(2, 3, 66.7)]
    [InlineData(1, 8, 12.5)]
    [InlineData(1, 16, 6.3)] // 6.25 rounds half away from zero
    [InlineData(5, 5, 100)]
    public void a_rate_is_a_percentage_rounded_to_one_decimal(int part, int whole, decimal expected) =>
        Kpi.Percent(part, whole).ShouldBe(expected);

    [Fact]
    public void a_rate_over_nothing_is_unknown_not_zero() => Kpi.Percent(0, 0).ShouldBeNull();

    [Fact]
    public void an_average_is_rounded_to_one_decimal_half_away_from_zero_and_unknown_over_nothing()
    {
        Kpi.Average([1m, 2m, 2m, 2m]).ShouldBe(1.8m); // 1.75
        Kpi.Average([]).ShouldBeNull();
    }

    [Fact]
    public void a_kpi_is_named_in_the_requests_language()
    {
        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = new CultureInfo("zh-CN");
            Kpi.Of("x", "Pass rate", "通过率", 1, KpiUnit.Percent).Name.ShouldBe("通过率");
            CultureInfo.CurrentUICulture = new CultureInfo("en-US");
            Kpi.Of("x", "Pass rate", "通过率", 1, KpiUnit.Percent).Name.ShouldBe("Pass rate");
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }
}
