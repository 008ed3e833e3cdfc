/** Query keys of inventory: one root, so a receipt or an inbound announcement invalidates every figure. */
export const inventoryKeys = {
  all: ['logistics', 'inventory'] as const,
  lists: () => [...inventoryKeys.all, 'list'] as const,
  replenishment: (query: unknown) => [...inventoryKeys.all, 'replenishment', query] as const,
  sku: (sku: string) => [...inventoryKeys.all, 'sku', sku] as const,
  movements: (sku: string, query: unknown) => [...inventoryKeys.sku(sku), 'movements', query] as const,
  warehouses: () => ['logistics', 'warehouses', 'choices'] as const,
  receipts: () => ['logistics', 'receipts'] as const,
};
