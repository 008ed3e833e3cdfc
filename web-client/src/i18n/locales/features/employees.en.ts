/** English texts of the employees screens (typed for zh by en.ts). */
export const employees = {
  title: 'Employees',
} as const;
