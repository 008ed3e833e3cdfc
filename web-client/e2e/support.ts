import { expect, test, type Page } from '@playwright/test';

/** Demo logins (Development seeds one per role, password Demo!2345). */
export const demo = (role: string) => ({ email: `${role}@demo.ops`, password: 'Demo!2345' });

/** Makes names unique per run, so a journey never trips over another's records. */
export const runId = `${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;

// The production build must run without console errors or uncaught exceptions: every spec importing this file checks it.
const consoleErrors = new WeakMap<Page, string[]>();
test.beforeEach(({ page }) => {
  const errors: string[] = [];
  consoleErrors.set(page, errors);
  page.on('console', (message) => {
    // Chromium logs every 4xx answer as an error; those are refusals the screens show (a journey provokes some).
    // A 5xx, or any error from the code itself, still fails the test.
    if (message.type() === 'error' && !/^Failed to load resource: the server responded with a status of 4\d\d/.test(message.text())) {
      errors.push(message.text());
    }
  });
  page.on('pageerror', (error) => errors.push(error.message));
});
test.afterEach(({ page }) => {
  expect(consoleErrors.get(page), 'console errors').toEqual([]);
});

export async function logIn(page: Page, role = 'admin') {
  const { email, password } = demo(role);
  await page.goto('/');
  await expect(page).toHaveURL(/\/login/);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'Dashboard' })).toBeVisible();
}

/** Signs the current person out and someone else in; the app returns to the page they were on. */
export async function switchUser(page: Page, from: string, to: string) {
  await page.getByRole('button', { name: `Demo ${from}` }).click();
  await page.getByText('Sign out').click();
  await expect(page.getByText('You have signed out.')).toBeVisible();
  const { email, password } = demo(to);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('button', { name: `Demo ${to}` })).toBeVisible();
}

/** Switches the interface to Chinese from the header. */
export async function switchToChinese(page: Page) {
  // Retried until the Chinese menu shows: a click on an option still animating in can be lost on a busy machine.
  await expect(async () => {
    if (!(await page.getByRole('navigation', { name: '主菜单' }).isVisible())) {
      await page.getByRole('combobox', { name: 'Language' }).click();
      await page.getByRole('option', { name: '简体中文' }).click({ timeout: 2_000 });
    }
    await expect(page.getByRole('navigation', { name: '主菜单' })).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
}
