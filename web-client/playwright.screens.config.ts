import { defineConfig } from '@playwright/test';

import e2e from './playwright.config';

/**
 * `npm run screens`: the e2e set-up (a fresh `_e2e` database, the built host serving the built SPA),
 * but the specs under screens/, which save a screenshot of every page into docs/screens/. Not part of
 * `npm run e2e` or `./ops test`.
 */
export default defineConfig({
  ...e2e,
  testDir: './screens',
  timeout: 300_000,
});
