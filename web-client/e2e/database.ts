import { execFileSync } from 'node:child_process';

const fallback = 'Host=127.0.0.1;Port=5432;Database=ops_test;Username=ops;Password=ops';

/** Npgsql connection-string pairs, keys lower-cased. */
function parse(connectionString: string): Map<string, string> {
  return new Map(
    connectionString
      .split(';')
      .map((pair) => pair.split('='))
      .filter((kv): kv is [string, string] => kv.length >= 2 && (kv[0] ?? '').trim() !== '')
      .map(([key, ...value]) => [key.trim().toLowerCase(), value.join('=').trim()] as [string, string]),
  );
}

/**
 * The e2e database: OPS_TEST_DB (what `./ops test` exports) with `_e2e` after the database name,
 * so e2e runs never touch the data of the .NET suites or of `./ops run`.
 */
export function e2eConnectionString(base = process.env.OPS_TEST_DB || fallback): { connectionString: string; database: string } {
  const pairs = parse(base);
  const key = ['database', 'db', 'initial catalog'].find((k) => pairs.has(k)) ?? 'database';
  const database = `${pairs.get(key) ?? 'ops_test'}_e2e`;
  if (!/^[A-Za-z0-9_]+$/.test(database)) throw new Error(`e2e: unexpected database name ${database}`);
  const connectionString = base.replace(/(^|;)\s*(database|db|initial catalog)\s*=[^;]*/i, `$1Database=${database}`);
  return { connectionString: pairs.has(key) ? connectionString : `${base};Database=${database}`, database };
}

/**
 * Drops and creates the database (psql against the `postgres` database), so every run starts from the
 * demo data alone: the journeys can rely on its records (a candidate in sampling, a draft listing) and
 * never on what an earlier run left. The host makes its schemas and seeds the demo data at start.
 */
export function recreateDatabase(connectionString: string, database: string): void {
  const pairs = parse(connectionString);
  const env = { ...process.env, PGPASSWORD: pairs.get('password') ?? '', PGCONNECT_TIMEOUT: '10' };
  const psql = (sql: string) =>
    execFileSync(
      'psql',
      ['-X', '-q', '-t', '-A', '-v', 'ON_ERROR_STOP=1', '-h', pairs.get('host') ?? '127.0.0.1', '-p', pairs.get('port') ?? '5432',
        '-U', pairs.get('username') ?? pairs.get('user id') ?? 'ops', '-d', 'postgres', '-c', sql],
      { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
    ).trim();
  psql(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
  psql(`CREATE DATABASE "${database}"`);
}
