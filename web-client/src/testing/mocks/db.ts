import { admin, type ApiClient, type User } from './data';

/** The mock server's state: what the handlers read and write. Reset after every test. */
export const db = {
  users: [] as User[],
  apiClients: [] as ApiClient[],
  /** Who GET /api/org/me answers with (tests sign in as someone else by changing it). */
  me: admin,
};

export function resetDb(): void {
  db.users = [admin];
  db.apiClients = [];
  db.me = admin;
}

resetDb();
