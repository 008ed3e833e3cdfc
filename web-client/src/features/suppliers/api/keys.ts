import type { DocumentWarningsQuery } from './get-document-warnings';
import type { SuppliersQuery } from './get-suppliers';

/** Query keys of the suppliers screens: one root, so a write can invalidate every list. */
export const supplierKeys = {
  all: ['selection', 'suppliers'] as const,
  lists: () => [...supplierKeys.all, 'list'] as const,
  list: (query: SuppliersQuery) => [...supplierKeys.lists(), query] as const,
  allWarnings: () => [...supplierKeys.all, 'document-warnings'] as const,
  warnings: (query: DocumentWarningsQuery) => [...supplierKeys.allWarnings(), query] as const,
  detail: (id: string) => [...supplierKeys.all, 'detail', id] as const,
  history: (id: string) => [...supplierKeys.all, 'history', id] as const,
};
