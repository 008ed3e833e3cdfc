import type { components } from '@/lib/api/schema';

export type HistoryEntry = components['schemas']['HistoryEntry'];

/**
 * A history entry as the host answers it: the event store's alias as its type (SupplierRegistered → supplier_registered)
 * and a title in words (the host's own titles are declared per event; here the name in words stands in for them).
 */
export function historyEntry(version: number, event: string, data: unknown, timestamp: string, actor: string): HistoryEntry {
  const words = event.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return {
    version,
    type: event.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase(),
    title: words.charAt(0).toUpperCase() + words.slice(1),
    data,
    timestamp,
    actor,
    correlationId: null,
    causationId: null,
  };
}
