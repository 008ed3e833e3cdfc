import { fileURLToPath } from 'node:url';

import { expect, test, type Locator, type Page } from '@playwright/test';

import { logIn } from '../e2e/support';

/** Where the pictures go: docs/screens/<page>-<width>.png (see docs/screens/README.md). */
const folder = fileURLToPath(new URL('../../docs/screens/', import.meta.url));

/**
 * Waits until nothing on the page is loading, then saves it as `<name>-<width>.png`: the whole page, or
 * (for a dialog or the drawer, which cover the screen only) what the screen shows.
 */
async function shoot(page: Page, name: string, { fullPage = true } = {}) {
  await page.waitForLoadState('networkidle');
  await expect(page.locator('.ant-spin-spinning, .ant-skeleton-active')).toHaveCount(0);
  const width = page.viewportSize()?.width ?? 0;
  // Whatever the width, the page itself never scrolls sideways (a string: no DOM types in this project).
  const overflow = (await page.evaluate('document.scrollingElement.scrollWidth - document.scrollingElement.clientWidth')) as number;
  expect(overflow, `${name} at ${width} px scrolls sideways`).toBeLessThanOrEqual(0);
  await page.screenshot({ path: `${folder}${name}-${width}.png`, fullPage, animations: 'disabled', caret: 'hide' });
}

/** Opens `path` and waits for what the page shows first. */
async function open(page: Page, path: string, shown: Locator = page.getByRole('heading', { level: 3 }).first()) {
  await page.goto(path);
  await expect(shown).toBeVisible();
}

/** Opens the first record a list links to. */
async function openFirst(page: Page, list: string) {
  await open(page, list);
  await page.locator(`main a[href^="${list}/"], .ant-layout-content a[href^="${list}/"]`).first().click();
  await expect(page).toHaveURL(new RegExp(`${list}/[^/]+$`));
  await expect(page.getByRole('heading', { level: 3 }).first()).toBeVisible();
}

/** Opens a dialog with the page's button, saves it, and closes it again. */
async function shootDialog(page: Page, button: string, name: string) {
  await page.getByRole('button', { name: button }).first().click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await shoot(page, name, { fullPage: false });
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
}

for (const width of [1366, 390]) {
  test.describe(`${width} px wide`, () => {
    test.use({ viewport: { width, height: width > 768 ? 800 : 844 } });

    test(`every page at ${width} px`, async ({ page }) => {
      await page.goto('/login');
      await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
      await shoot(page, 'login');

      await logIn(page);
      await shoot(page, 'dashboard');
      if (width < 768) {
        await page.getByRole('button', { name: 'Open the menu' }).click();
        await expect(page.getByRole('navigation', { name: 'Main menu' })).toBeVisible();
        await shoot(page, 'menu', { fullPage: false });
        await page.keyboard.press('Escape');
        await expect(page.getByRole('navigation', { name: 'Main menu' })).toBeHidden();
      }

      for (const [name, path] of [
        ['employees', '/org/employees'],
        ['users', '/org/users'],
        ['api-clients', '/org/api-clients'],
        ['listings', '/listing/listings'],
      ] as const) {
        await open(page, path);
        await shoot(page, name);
      }
      await open(page, '/logistics', page.getByText('Logistics is coming soon'));
      await shoot(page, 'coming-soon');

      await open(page, '/selection/suppliers');
      await shoot(page, 'suppliers');
      await shootDialog(page, 'Register a supplier', 'supplier-register');
      await open(page, '/selection/candidates');
      await shoot(page, 'candidates');
      await shootDialog(page, 'Propose a candidate', 'candidate-propose');

      await openFirst(page, '/selection/suppliers');
      await shoot(page, 'supplier');
      await openFirst(page, '/selection/candidates');
      await shoot(page, 'candidate');
      await openFirst(page, '/listing/listings');
      await shoot(page, 'listing');
    });
  });
}
