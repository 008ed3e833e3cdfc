using Ops.Selection.Contracts;

namespace Ops.Logistics.Inventory;

/// <summary>How Amazon stores a SKU at a fulfilment centre; each type has its own capacity limit (<see cref="FbaCapacity"/>).</summary>
public enum StorageType { Standard, Oversize, Apparel, Footwear, Flammable, Aerosol }

public static class StorageTypes
{
    /// <summary>
    /// From the package size of the product approval: oversize beyond Amazon's standard size (longest side 18 in, median
    /// 14 in, shortest 8 in, 20 lb), otherwise standard; unknown size counts as standard.
    /// </summary>
    public static StorageType Of(ProductSize? size)
    {
        if (size is null) return StorageType.Standard;
        decimal[] sides = [size.LengthIn, size.WidthIn, size.HeightIn];
        Array.Sort(sides);
        return sides[2] > 18 || sides[1] > 14 || sides[0] > 8 || size.WeightLb > 20 ? StorageType.Oversize : StorageType.Standard;
    }
}
