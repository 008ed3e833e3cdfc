import type { components } from '@/lib/api/schema';

export type HistoryEntry = components['schemas']['HistoryEntry'];
export type HistoryChange = components['schemas']['HistoryChange'];
export type HistoryActor = components['schemas']['HistoryActor'];

/** How the host names a stored actor: API clients by their name, timers and the system by a label, people by name. */
export function historyActor(actor: string, displayName?: string): HistoryActor {
  if (actor.startsWith('api-client:')) return { kind: 'ApiClient', id: actor, name: actor.slice('api-client:'.length) };
  if (actor === 'ops:deadline') return { kind: 'System', id: actor, name: 'system: deadline timer' };
  if (actor === 'system' || actor === 'seed') return { kind: 'System', id: actor, name: 'system' };
  return { kind: 'Person', id: actor, name: displayName ?? actor };
}

/**
 * A history entry as the host answers it: the event store's alias as its type (SupplierRegistered → supplier_registered)
 * and a title in words (the host's own titles are declared per event; here the name in words stands in for them), the
 * actor by name and the changes the event made (none unless given).
 */
export function historyEntry(
  version: number,
  event: string,
  data: unknown,
  timestamp: string,
  actor: string,
  more: { changes?: HistoryChange[]; by?: HistoryActor } = {},
): HistoryEntry {
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
    by: more.by ?? historyActor(actor),
    changes: more.changes ?? [],
  };
}
