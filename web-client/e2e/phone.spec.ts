import { expect, test, type Page } from '@playwright/test';

import { logIn } from './support';

/** The page never scrolls sideways: whatever is wider (a table, the board) scrolls inside its own frame or stacks. */
async function expectNoSidewaysScroll(page: Page) {
  // A string: the e2e code is type-checked without the DOM's types.
  const overflow = (await page.evaluate(
    '({ scrollWidth: document.scrollingElement.scrollWidth, clientWidth: document.scrollingElement.clientWidth })',
  )) as { scrollWidth: number; clientWidth: number };
  expect(overflow.scrollWidth, `page ${page.url()} is ${overflow.scrollWidth} px wide on a ${overflow.clientWidth} px screen`).toBeLessThanOrEqual(
    overflow.clientWidth,
  );
}

/** Opens a screen from the drawer: the menu button, the module, then its entry; the drawer closes behind. */
async function openFromDrawer(page: Page, module: string, screen: string) {
  const menu = page.getByRole('navigation', { name: 'Main menu' });
  await page.getByRole('button', { name: 'Open the menu' }).click();
  await expect(menu).toBeVisible();
  const entry = menu.getByRole('menuitem', { name: screen, exact: true });
  if (!(await entry.isVisible())) await menu.getByText(module, { exact: true }).click();
  await entry.click();
  await expect(page.getByRole('heading', { name: screen, level: 3 })).toBeVisible();
  await expect(menu).toBeHidden();
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('a product manager finds suppliers and candidates through the drawer, opens one of each, and signs out from the header', async ({ page }) => {
    await logIn(page, 'product');
    await expectNoSidewaysScroll(page);
    // No side menu taking half the screen: the navigation waits in the drawer.
    await expect(page.getByRole('navigation', { name: 'Main menu' })).toBeHidden();
    const person = page.getByRole('button', { name: 'Demo product' });
    const box = await person.boundingBox();
    expect(box && box.x + box.width).toBeLessThanOrEqual(390);

    await openFromDrawer(page, 'Product selection', 'Suppliers');
    // Demo data: each supplier a card, its columns labelled.
    const supplier = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Ningbo Homeware Co.', exact: true }) });
    await expect(supplier.getByText('Grade A')).toBeVisible();
    await expect(page.getByRole('table')).toHaveCount(0);
    await expectNoSidewaysScroll(page);

    await supplier.getByRole('link', { name: 'Ningbo Homeware Co.', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Ningbo Homeware Co.', level: 3 })).toBeVisible();
    await expect(page.getByTestId('supplier-standing').getByText('Grade A')).toBeVisible();
    await expectNoSidewaysScroll(page);
    await page.getByRole('tab', { name: 'Evaluations' }).click();
    await expect(page.getByRole('listitem').filter({ hasText: 'Weighted score' }).first()).toBeVisible();
    await expectNoSidewaysScroll(page);

    await openFromDrawer(page, 'Product selection', 'Candidates');
    // The funnel's stages one under another, each as wide as the screen.
    const stages = ['Proposed', 'Screened', 'Sourcing'].map((stage) => page.getByRole('region', { name: `${stage} candidates` }));
    for (const stage of stages) await expect(stage.getByRole('listitem').first()).toBeVisible();
    const boxes = await Promise.all(stages.map((stage) => stage.boundingBox()));
    for (const [above, below] of [[boxes[0], boxes[1]], [boxes[1], boxes[2]]] as const) {
      expect(below?.x).toBe(above?.x);
      expect(below?.y).toBeGreaterThan((above?.y ?? 0) + (above?.height ?? 0) - 1);
    }
    expect(boxes[0]?.width).toBeGreaterThan(300);
    await expectNoSidewaysScroll(page);

    const proposed = stages[0]?.getByRole('link').first();
    const name = (await proposed?.textContent())?.trim() ?? '';
    await proposed?.click();
    await expect(page.getByRole('heading', { name, level: 3 })).toBeVisible();
    await expect(page.getByTestId('candidate-stage').getByText('Proposed', { exact: true })).toBeVisible();
    await expect(page.getByText('Profit estimate', { exact: true })).toBeVisible();
    await expectNoSidewaysScroll(page);

    await person.click();
    await page.getByText('Sign out').click();
    await expect(page.getByText('You have signed out.')).toBeVisible();
    await expectNoSidewaysScroll(page);
  });
});
