using Ops.Shared.Audit;
using Ops.Shared.Outcomes;

namespace Ops.Logistics.Warehouses;

/// <summary>Where stock is kept (logistics.md, "Warehouse").</summary>
public enum WarehouseType { FbaFulfilmentCentre, OwnWarehouse, ThirdParty, Overseas }

/// <summary>What a warehouse is: its name, kind, the store whose stock it holds, its country and its time zone.</summary>
public sealed record WarehouseProfile(string Name, WarehouseType Type, Guid StoreId, string Country, string TimeZone);

[History("Warehouse registered", "仓库已登记")]
public sealed record WarehouseRegistered(Guid WarehouseId, string Code, WarehouseProfile Profile, string RegisteredBy, DateTimeOffset RegisteredAt);

[History("Warehouse changed", "仓库已修改")]
public sealed record WarehouseChanged(Guid WarehouseId, WarehouseProfile Profile, string ChangedBy, DateTimeOffset ChangedAt);

[History("Warehouse closed", "仓库已停用")]
public sealed record WarehouseClosed(Guid WarehouseId, string Reason, string ClosedBy, DateTimeOffset ClosedAt);

[History("Warehouse reopened", "仓库已重新启用")]
public sealed record WarehouseReopened(Guid WarehouseId, string Reason, string ReopenedBy, DateTimeOffset ReopenedAt);

public static class WarehouseRules
{
    public static readonly Rule CodeMustBeUnique =
        new("warehouse.code_must_be_unique", "Another warehouse already uses this code.", "该仓库代码已被其他仓库使用。");
    public static readonly Rule StoreMustExist =
        new("warehouse.store_must_exist", "The warehouse's store is not known to logistics.", "物流模块中不存在该仓库所属的店铺。");
    public static readonly Rule StoreIsFixed =
        new("warehouse.store_is_fixed", "A warehouse keeps the store it was registered for: its stock belongs to that store.",
            "仓库所属店铺登记后不能更改：其库存属于该店铺。");
    public static readonly Rule ClosedWarehouseCannotChange =
        new("warehouse.closed_warehouse_cannot_change", "This warehouse is closed; reopen it first.", "该仓库已停用，请先重新启用。");
    public static readonly Rule AlreadyClosed =
        new("warehouse.already_closed", "This warehouse is already closed.", "该仓库已停用。");
    public static readonly Rule NotClosed =
        new("warehouse.not_closed", "This warehouse is open; only a closed warehouse can be reopened.", "该仓库未停用，无需重新启用。");
}

/// <summary>What a warehouse's decisions need. A closed warehouse takes no stock and no changes until it is reopened.</summary>
public sealed record Warehouse(Guid Id, WarehouseProfile Profile, bool Closed)
{
    public static Warehouse Create(WarehouseRegistered e) => new(e.WarehouseId, e.Profile, false);
    public Warehouse Apply(WarehouseChanged e) => this with { Profile = e.Profile };
    public Warehouse Apply(WarehouseClosed _) => this with { Closed = true };
    public Warehouse Apply(WarehouseReopened _) => this with { Closed = false };

    public static Decision Register(Guid id, string code, WarehouseProfile profile, bool codeTaken, bool storeKnown, string by, DateTimeOffset now) =>
        codeTaken ? WarehouseRules.CodeMustBeUnique
        : !storeKnown ? WarehouseRules.StoreMustExist
        : Decision.Accept(new WarehouseRegistered(id, code, profile, by, now));

    /// <summary>The same profile again changes nothing.</summary>
    public Decision Change(WarehouseProfile profile, string by, DateTimeOffset now) =>
        Closed ? WarehouseRules.ClosedWarehouseCannotChange
        : profile.StoreId != Profile.StoreId ? WarehouseRules.StoreIsFixed
        : profile == Profile ? Decision.Accept()
        : Decision.Accept(new WarehouseChanged(Id, profile, by, now));

    public Decision Close(string reason, string by, DateTimeOffset now) =>
        Closed ? WarehouseRules.AlreadyClosed : Decision.Accept(new WarehouseClosed(Id, reason, by, now));

    public Decision Reopen(string reason, string by, DateTimeOffset now) =>
        !Closed ? WarehouseRules.NotClosed : Decision.Accept(new WarehouseReopened(Id, reason, by, now));
}
