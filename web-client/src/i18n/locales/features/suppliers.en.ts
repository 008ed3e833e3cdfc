/** English texts of the suppliers screens (typed for zh by en.ts). */
export const suppliers = {
  title: 'Suppliers',
  detail: 'Supplier',
} as const;
