import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The client shows what the server's read models and history titles say; it never decides anything from a stored
 * event's internal name (issue 11: the listing's review loop comes from the listing's read model). The names are
 * the history entries' discriminator values in the API document, so a new event is covered without editing this test.
 */
/** The web client's folder: vitest runs from it (`npm test`, `./ops test`). */
const root = process.cwd();

interface Schema {
  discriminator?: { propertyName?: string; mapping?: Record<string, string> };
}

function eventNames(): string[] {
  const document = JSON.parse(readFileSync(join(root, 'openapi', 'v1.json'), 'utf8')) as {
    components: { schemas: Record<string, Schema> };
  };
  return Object.entries(document.components.schemas)
    .filter(([name, schema]) => name.endsWith('HistoryEntry') && schema.discriminator?.propertyName === 'type')
    .flatMap(([, schema]) => Object.keys(schema.discriminator?.mapping ?? {}));
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    const generated = entry.name === 'schema.d.ts';
    const isTest = /\.test\.tsx?$/.test(entry.name);
    return /\.tsx?$/.test(entry.name) && !generated && !isTest ? [path] : [];
  });
}

test('no code of the client matches a stored event by its internal name', () => {
  const names = eventNames();
  expect(names).toContain('listing_submitted');

  const files = sourceFiles(join(root, 'src'));
  expect(files.length).toBeGreaterThan(50);
  const found = files.flatMap((file) => {
    const text = readFileSync(file, 'utf8');
    return names.filter((name) => new RegExp(`["'\`]${name}["'\`]`).test(text)).map((name) => `${file}: ${name}`);
  });

  expect(found).toEqual([]);
});
