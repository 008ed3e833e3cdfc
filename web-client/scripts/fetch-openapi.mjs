// Refreshes openapi/v1.json from a running host (`./ops run`), pretty-printed so diffs stay readable.
// Usage: npm run api:fetch            (then `npm run api` regenerates the client; api:fetch does both)
//        OPS_API_URL=http://host:port npm run api:fetch
import { writeFile } from 'node:fs/promises';

const base = process.env.OPS_API_URL ?? 'http://127.0.0.1:5080';
const url = `${base}/openapi/v1.json`;
const response = await fetch(url).catch((error) => {
  console.error(`api:fetch: cannot reach ${url} (${error.cause?.code ?? error.message}). Is the host running (./ops run)?`);
  process.exit(1);
});
if (!response.ok) {
  console.error(`api:fetch: ${url} answered ${response.status}`);
  process.exit(1);
}
const document = await response.json();
await writeFile(new URL('../openapi/v1.json', import.meta.url), `${JSON.stringify(document, null, 2)}\n`);
console.log(`api:fetch: wrote openapi/v1.json from ${url}`);
