import type { components } from '@/lib/api/schema';

export type SupplierScores = components['schemas']['SupplierScores'];
export type ScoreName = keyof SupplierScores;

/** The seven evaluation scores, in the spec's order. */
export const scoreNames: readonly ScoreName[] = ['qualification', 'reputation', 'capacity', 'quality', 'price', 'leadTime', 'afterSales'];
