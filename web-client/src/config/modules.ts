/**
 * The nine modules of the policy, in menu order. `api` is the module's name on the server (route
 * segment and API-key scope prefix); `live` says whether the web client has its screens yet.
 */
export const modules = [
  { key: 'organization', api: 'org', live: true },
  { key: 'selection', api: 'selection', live: true },
  { key: 'listing', api: 'listing', live: true },
  { key: 'logistics', api: 'logistics', live: true },
  { key: 'service', api: 'service', live: true },
  { key: 'data', api: 'data', live: false },
  { key: 'risk', api: 'risk', live: false },
  { key: 'performance', api: 'performance', live: false },
  { key: 'training', api: 'training', live: false },
] as const;

export type ModuleKey = (typeof modules)[number]['key'];

/** Modules the host serves today, so API clients can be scoped to them (the host refuses others). */
export const modulesWithApi: readonly ModuleKey[] = ['organization', 'selection', 'listing', 'logistics', 'service'];
