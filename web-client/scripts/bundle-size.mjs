// Measures what the browser loads before the first lazy route: the entry script, the chunks
// index.html preloads (Vite lists every static import of the entry) and the style sheets,
// gzipped. Fails the build above the budget. Lazy chunks are listed for information.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 500;
const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const initial = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]);

const gz = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
const kb = (bytes) => (bytes / 1024).toFixed(1).padStart(8);

let total = 0;
console.log('initial (gzipped):');
for (const file of initial) {
  const size = gz(file);
  total += size;
  console.log(`${kb(size)} KB  ${file}`);
}
console.log(`${kb(total)} KB  total initial (budget ${BUDGET_KB} KB)`);

const lazy = readdirSync(join(dist, 'assets'))
  .map((f) => `assets/${f}`)
  .filter((f) => /\.(js|css)$/.test(f) && !initial.includes(f))
  .map((f) => [f, gz(f)])
  .sort((a, b) => b[1] - a[1]);
console.log('lazy chunks (gzipped, largest first):');
for (const [file, size] of lazy.slice(0, 8)) console.log(`${kb(size)} KB  ${file}`);

if (total > BUDGET_KB * 1024) {
  console.error(`bundle-size: the initial bundle is ${(total / 1024).toFixed(1)} KB gzipped, over the ${BUDGET_KB} KB budget`);
  process.exit(1);
}
