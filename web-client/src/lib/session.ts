/**
 * The signed-in person's token, kept in memory and in sessionStorage (so a reload keeps the session,
 * a new tab or a closed browser does not). There is no refresh endpoint yet: when the API answers
 * 401 the session ends and the person signs in again.
 */
export type Session = {
  accessToken: string;
  expiresAt: string;
  userId: string;
  email: string;
  displayName: string;
  roles: readonly string[];
};

export type SessionEnd = 'expired' | 'signedOut';

export type SessionState = { session: Session | null; ended: SessionEnd | null };

const storageKey = 'ops.session';

const isSession = (value: unknown): value is Session => {
  if (typeof value !== 'object' || value === null) return false;
  const s = value as Record<string, unknown>;
  return typeof s.accessToken === 'string' && typeof s.expiresAt === 'string' && typeof s.userId === 'string'
    && typeof s.email === 'string' && typeof s.displayName === 'string' && Array.isArray(s.roles);
};

function storage(): Storage | undefined {
  try {
    return globalThis.sessionStorage;
  } catch {
    return undefined;
  }
}

function load(): SessionState {
  try {
    const parsed: unknown = JSON.parse(storage()?.getItem(storageKey) ?? 'null');
    if (!isSession(parsed)) return { session: null, ended: null };
    if (Date.parse(parsed.expiresAt) <= Date.now()) {
      storage()?.removeItem(storageKey);
      return { session: null, ended: 'expired' };
    }
    return { session: parsed, ended: null };
  } catch {
    return { session: null, ended: null };
  }
}

let state: SessionState = load();
const listeners = new Set<() => void>();

function set(next: SessionState): void {
  state = next;
  for (const listener of listeners) listener();
}

export const sessionStore = {
  getState: (): SessionState => state,
  token: (): string | undefined => state.session?.accessToken,

  start(session: Session): void {
    storage()?.setItem(storageKey, JSON.stringify(session));
    set({ session, ended: null });
  },

  /** Ends the session; `ended` tells the login page what to say. Ending twice keeps the first reason. */
  end(reason: SessionEnd): void {
    storage()?.removeItem(storageKey);
    if (state.session === null && state.ended !== null) return;
    set({ session: null, ended: reason });
  },

  /** Forgets why the last session ended (once the login page has said it). */
  acknowledgeEnd(): void {
    if (state.ended !== null) set({ ...state, ended: null });
  },

  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },

  /** Tests: start from a clean slate, optionally as someone. */
  reset(session: Session | null = null): void {
    storage()?.removeItem(storageKey);
    if (session) storage()?.setItem(storageKey, JSON.stringify(session));
    set({ session, ended: null });
  },
};
