/** Counted − system, and its share of the system quantity (100 % when the system held none and some were counted), as the server computes them. */
export function variance(system: number, counted: number | null | undefined): { units: number; percent: number } | null {
  if (counted == null) return null;
  const units = counted - system;
  return { units, percent: system === 0 ? (counted === 0 ? 0 : 100) : (units * 100) / system };
}

/** Whether the line needs a reason before submission: its variance is more than `reviewPercent` of the system quantity. */
export const needsReason = (system: number, counted: number | null | undefined, reviewPercent: number | undefined): boolean => {
  const v = variance(system, counted);
  return v !== null && reviewPercent !== undefined && Math.abs(v.percent) > reviewPercent;
};
