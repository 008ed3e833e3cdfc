/**
 * The client shows what the server's read models and history titles say; it never decides anything from a stored
 * event's internal name (issue 11: the listing's review loop comes from the listing's read model). The names are
 * the history entries' discriminator values in the API document, so a new event is covered without editing this test.
 */
const documents = import.meta.glob<string>('/openapi/v1.json', { query: '?raw', import: 'default', eager: true });
const sources = import.meta.glob<string>(['/src/**/*.{ts,tsx}', '!/src/**/*.test.{ts,tsx}', '!/src/lib/api/schema.d.ts'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

interface Schema {
  discriminator?: { propertyName?: string; mapping?: Record<string, string> };
}

function eventNames(): string[] {
  const text = Object.values(documents)[0] ?? '{"components":{"schemas":{}}}';
  const document = JSON.parse(text) as { components: { schemas: Record<string, Schema> } };
  return Object.entries(document.components.schemas)
    .filter(([name, schema]) => name.endsWith('HistoryEntry') && schema.discriminator?.propertyName === 'type')
    .flatMap(([, schema]) => Object.keys(schema.discriminator?.mapping ?? {}));
}

test('no code of the client matches a stored event by its internal name', () => {
  const names = eventNames();
  expect(names).toContain('listing_submitted');
  expect(Object.keys(sources).length).toBeGreaterThan(50);

  const found = Object.entries(sources).flatMap(([file, text]) =>
    names.filter((name) => new RegExp(`["'\`]${name}["'\`]`).test(text)).map((name) => `${file}: ${name}`),
  );

  expect(found).toEqual([]);
});
