import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { defineConfig } from '@playwright/test';

import { e2eConnectionString, recreateDatabase } from './e2e/database';

/**
 * End-to-end tests against the real host and a real database: the host built by `./ops build`
 * serves the built SPA (`npm run build`) and the API on one origin.
 */
// OPS_E2E_PORT: another port, when two checkouts run their journeys at once.
const port = Number(process.env.OPS_E2E_PORT ?? 5090);
const baseURL = `http://127.0.0.1:${port}`;
const hostDir = fileURLToPath(new URL('../src/Host/', import.meta.url));
const hostDll = 'bin/Release/net10.0/Ops.Host.dll';
const { connectionString, database } = e2eConnectionString();

// Here rather than in a globalSetup: Playwright starts the webServer before globalSetup runs, and
// the host needs its database at start. The flag keeps worker processes from doing it again.
if (!process.env.OPS_E2E_READY) {
  if (!existsSync(fileURLToPath(new URL('./dist/index.html', import.meta.url)))) {
    throw new Error('e2e: no dist/index.html: run `npm run build` first (the host serves the built SPA).');
  }
  if (!existsSync(`${hostDir}${hostDll}`)) throw new Error(`e2e: no ${hostDll} in src/Host: run \`./ops build\` first.`);
  recreateDatabase(connectionString, database);
  process.env.OPS_E2E_READY = '1';
}

export default defineConfig({
  testDir: './e2e',
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 90_000,
  expect: { timeout: 20_000 },
  reporter: 'list',
  use: {
    baseURL,
    locale: 'en-US',
    viewport: { width: 1280, height: 800 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      // Browsers cannot be downloaded here: Debian's chromium (apt-get install chromium).
      executablePath: '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  webServer: {
    command: `dotnet ${hostDll} --urls ${baseURL}`,
    cwd: hostDir,
    url: `${baseURL}/health/ready`,
    env: { ASPNETCORE_ENVIRONMENT: 'Development', ConnectionStrings__Ops: connectionString },
    // Never someone else's host: it would run on another database than the one just recreated.
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
