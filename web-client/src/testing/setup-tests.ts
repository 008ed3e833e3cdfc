import '@testing-library/jest-dom/vitest';
import '@/i18n';

import { cleanup, configure } from '@testing-library/react';

import { i18n } from '@/i18n';
import { sessionStore } from '@/lib/session';

import { resetDb } from './mocks/db';
import { resetFeatureMocks } from './mocks/handlers';
import { server } from './mocks/server';
import { desktopWidth, setScreenWidth } from './screen-width';

// Lazy routes compile on first use under Vitest: give findBy* queries time.
configure({ asyncUtilTimeout: 10_000 });

// jsdom lacks what AntD's responsive layout and overlays ask for. Width queries are answered for
// jsdom's window (1024 px wide: AntD's "lg", a desktop layout with the side menu open; a test may lay
// the app out for a phone with `setScreenWidth` from test-utils before rendering).
function matchesWidth(query: string): boolean {
  const bounds = [...query.matchAll(/\((min|max)-width:\s*(\d+(?:\.\d+)?)px\)/g)];
  return bounds.length > 0 && bounds.every(([, bound, px]) => (bound === 'min' ? window.innerWidth >= Number(px) : window.innerWidth <= Number(px)));
}
Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: (query: string): MediaQueryList => ({
    matches: matchesWidth(query),
    media: query,
    onchange: null,
    addListener: () => undefined,
    removeListener: () => undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    dispatchEvent: () => false,
  }),
});
if (!('ResizeObserver' in window)) {
  class ResizeObserverStub {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  }
  Object.defineProperty(window, 'ResizeObserver', { writable: true, value: ResizeObserverStub });
}
// jsdom does not implement pseudo-element styles and logs an error each time AntD asks.
const getComputedStyle = window.getComputedStyle.bind(window);
window.getComputedStyle = (element: Element) => getComputedStyle(element);

// Any request without a handler fails the test: mocks must cover exactly what the UI calls.
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(async () => {
  cleanup();
  setScreenWidth(desktopWidth);
  server.resetHandlers();
  resetDb();
  resetFeatureMocks();
  sessionStore.reset();
  localStorage.clear();
  await i18n.changeLanguage('en');
});
afterAll(() => server.close());
