// CI staleness check: regenerates the client from openapi/v1.json into a temp file and fails
// when it differs from the checked-in src/lib/api/schema.d.ts. Fix with `npm run api`.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const checkedIn = join(root, 'src/lib/api/schema.d.ts');
const dir = mkdtempSync(join(tmpdir(), 'ops-api-'));
const fresh = join(dir, 'schema.d.ts');
try {
  execFileSync(process.execPath, [join(root, 'node_modules/openapi-typescript/bin/cli.js'), 'openapi/v1.json', '-o', fresh],
    { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  let current = '';
  try {
    current = readFileSync(checkedIn, 'utf8');
  } catch {
    // missing: reported below as stale
  }
  if (current !== readFileSync(fresh, 'utf8')) {
    console.error('api:check: src/lib/api/schema.d.ts is stale: it does not match openapi/v1.json. Run `npm run api` and commit.');
    process.exit(1);
  }
  console.log('api:check: generated client matches openapi/v1.json');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
