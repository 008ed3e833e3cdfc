using System.Globalization;
using Ops.Selection.Contracts;

namespace Ops.Logistics.Inventory;

/// <summary>How Amazon stores a SKU at a fulfilment centre; each type has its own capacity limit (<see cref="FbaCapacity"/>).</summary>
public enum StorageType { Standard, Oversize, Apparel, Footwear, Flammable, Aerosol }

public static class StorageTypes
{
    // Amazon's standard size: the longest side, the median side, the shortest side (inches) and the weight (lb) at most.
    private const decimal LongestIn = 18, MedianIn = 14, ShortestIn = 8, WeightLb = 20;

    /// <summary>
    /// From the package size of the product approval: oversize beyond Amazon's standard size (longest side 18 in, median
    /// 14 in, shortest 8 in, 20 lb), otherwise standard; unknown size counts as standard.
    /// </summary>
    public static StorageType Of(ProductSize? size)
    {
        if (size is null) return StorageType.Standard;
        decimal[] sides = [size.LengthIn, size.WidthIn, size.HeightIn];
        Array.Sort(sides);
        return sides[2] > LongestIn || sides[1] > MedianIn || sides[0] > ShortestIn || size.WeightLb > WeightLb
            ? StorageType.Oversize : StorageType.Standard;
    }

    /// <summary>
    /// <see cref="Of"/> in SQL over <paramref name="size"/>, a JSON expression of the product's size (null when unknown):
    /// the storage type's name as the store writes it, so capacity is summed per storage type in the database.
    /// </summary>
    public static string Sql(string size)
    {
        string Side(string name) => $"({size}->>'{name}')::numeric";
        string N(decimal value) => value.ToString(CultureInfo.InvariantCulture);
        var (l, w, h) = (Side("lengthIn"), Side("widthIn"), Side("heightIn"));
        var (longest, shortest) = ($"greatest({l}, {w}, {h})", $"least({l}, {w}, {h})");
        return $"""
            case when {longest} > {N(LongestIn)} or {l} + {w} + {h} - {longest} - {shortest} > {N(MedianIn)} or {shortest} > {N(ShortestIn)}
                      or {Side("weightLb")} > {N(WeightLb)}
                 then '{StorageType.Oversize}' else '{StorageType.Standard}' end
            """;
    }
}
