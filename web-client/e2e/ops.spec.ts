import { expect, test } from '@playwright/test';

import { logIn, runId, switchToChinese } from './support';

test('an admin signs in and switches the interface to Chinese', async ({ page }) => {
  await logIn(page);
  const menu = page.getByRole('navigation', { name: 'Main menu' });
  await expect(menu.getByText('Organisation')).toBeVisible();

  await switchToChinese(page);

  const chineseMenu = page.getByRole('navigation', { name: '主菜单' });
  await expect(chineseMenu.getByText('组织架构')).toBeVisible();
  await expect(chineseMenu.getByText('选品')).toBeVisible();
  await expect(page.getByRole('heading', { name: '工作台' })).toBeVisible();

  // The choice survives a reload.
  await page.reload();
  await expect(page.getByRole('navigation', { name: '主菜单' }).getByText('组织架构')).toBeVisible();
});

test('an admin creates a user and finds it in the list', async ({ page }) => {
  const email = `e2e-${runId}@demo.ops`;
  await logIn(page);
  await page.getByRole('navigation', { name: 'Main menu' }).getByText('Organisation').click();
  await page.getByRole('menuitem', { name: 'Users' }).click();
  await expect(page.getByRole('heading', { name: 'Users' })).toBeVisible();

  await page.getByRole('button', { name: 'New user' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Email').fill(email);
  await dialog.getByLabel('Name').fill(`E2E ${runId}`);
  await dialog.getByLabel('Initial password').fill('E2e-password-1');
  // Type to filter and pick with Enter, then wait for the chosen tag: a click on an option still animating in
  // can be lost on a busy machine.
  const roles = dialog.getByRole('combobox', { name: 'Roles' });
  await roles.click();
  await roles.fill('Staff');
  await expect(page.getByRole('option', { name: 'Staff' })).toBeVisible();
  await roles.press('Enter');
  await expect(dialog.locator('.ant-select-selection-item', { hasText: 'Staff' })).toBeVisible();
  await dialog.getByLabel('Name').click(); // close the role list
  await dialog.getByRole('button', { name: 'New user' }).click();

  await expect(page.getByText(`User ${email} created`)).toBeVisible();
  await expect(dialog).toBeHidden();
  await page.getByRole('searchbox', { name: 'Search email or name' }).fill(email);
  await page.getByRole('searchbox', { name: 'Search email or name' }).press('Enter');
  const row = page.getByRole('row', { name: new RegExp(email) });
  await expect(row).toBeVisible();
  await expect(row.getByText('Staff')).toBeVisible();
  await expect(row.getByText('Active')).toBeVisible();
});

test('an admin registers an API client and sees its key exactly once', async ({ page }) => {
  const name = `E2E ERP ${runId}`;
  await logIn(page);
  await page.goto('/org/api-clients');
  await expect(page.getByRole('heading', { name: 'API clients' })).toBeVisible();

  await page.getByRole('button', { name: 'Register a client' }).click();
  const form = page.getByRole('dialog');
  await form.getByLabel('Name').fill(name);
  await form.getByRole('checkbox', { name: 'Product selection · read' }).check();
  await form.getByRole('button', { name: 'Register a client' }).click();

  const keyDialog = page.getByRole('dialog').filter({ hasText: `The API key of ${name}` });
  await expect(keyDialog.getByText(/shown only this once/)).toBeVisible();
  const key = keyDialog.getByTestId('api-key');
  await expect(key).toHaveText(/^ops_[0-9a-f]{16}_[A-Za-z0-9_-]{20,}$/);
  const shown = (await key.textContent()) ?? '';

  await keyDialog.getByRole('button', { name: 'I have stored the key' }).click();
  await expect(keyDialog).toBeHidden();
  const row = page.getByRole('row', { name: new RegExp(name) });
  await expect(row).toBeVisible();
  await expect(row.getByText('selection:read')).toBeVisible();
  await expect(page.getByText(shown)).toHaveCount(0);
});

test.describe('on a tablet', () => {
  test.use({ viewport: { width: 820, height: 1180 } });

  test('the side menu starts collapsed to icons and opens on demand', async ({ page }) => {
    await logIn(page);
    const menu = page.getByRole('navigation', { name: 'Main menu' });
    await expect(page.getByRole('button', { name: 'Expand menu' })).toBeVisible();
    await expect(menu.getByText('Organisation')).toBeHidden();

    await page.getByRole('button', { name: 'Expand menu' }).click();
    await expect(menu.getByText('Organisation')).toBeVisible();
  });
});

test('the dashboard shows the KPIs the modules compute from the demo data', async ({ page }) => {
  await logIn(page);
  // Demo data: a candidate in every stage, a listing in every state (the journey may have moved one on).
  await expect(page.getByRole('img', { name: /^Candidates by stage — Proposed: \d+, Screened: \d+, Sourcing: \d+, Sampling: \d+, Approved: [1-9]/ })).toBeVisible();
  await expect(page.getByText('Screening pass rate')).toBeVisible();
  await expect(page.getByRole('img', { name: /^Listings by status — Draft: \d+/ })).toBeVisible();
});

test("the work queue leads a product manager from a document due soon to its supplier", async ({ page }) => {
  await logIn(page, 'product');
  // Demo data: Homecraft's BSCI audit expires in 20 days, inside the 30-day warning.
  const queue = page.locator('.ant-card').filter({ has: page.getByText('My work', { exact: true }) });
  const item = queue.locator('.ant-list-item').filter({ hasText: 'Ningbo Homecraft Housewares Ltd. · BSCI audit' });
  await expect(item.getByText('Due soon')).toBeVisible();
  await expect(item.getByText('Document expiry')).toBeVisible();

  await item.getByRole('link').click();

  await expect(page).toHaveURL(/\/selection\/suppliers\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { name: 'Ningbo Homecraft Housewares Ltd.' })).toBeVisible();
});

test('an operations manager hires an employee with a login, who can then sign in', async ({ page }) => {
  const email = `hire-${runId}@demo.ops`;
  await logIn(page, 'ops-manager');
  await page.getByRole('navigation', { name: 'Main menu' }).getByText('Organisation').click();
  await page.getByRole('menuitem', { name: 'Employees' }).click();
  await expect(page.getByRole('heading', { name: 'Employees' })).toBeVisible();

  await page.getByRole('button', { name: 'Hire an employee' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Name').fill(`Hire ${runId}`);
  await dialog.getByLabel('Email').fill(email);
  const position = dialog.getByRole('combobox', { name: 'Position' });
  await position.click();
  await position.fill('Sales/Listing');
  await expect(page.getByRole('option', { name: 'Sales/Listing Operator' })).toBeVisible();
  await position.press('Enter');
  await dialog.getByRole('checkbox', { name: 'Create a login for this employee' }).check();
  await dialog.getByLabel('Initial password').fill('Hired-password-1');
  await dialog.getByRole('button', { name: 'Hire', exact: true }).click();

  await expect(page.getByText(`Hire ${runId} hired`)).toBeVisible();
  // Wait for the dialog to be gone: on closing it hands the focus back to "Hire an employee", and an Enter meant for
  // the search box would land on that button and open the dialog again.
  await expect(dialog).toBeHidden();
  await page.getByRole('searchbox', { name: 'Search name or email' }).fill(email);
  await page.getByRole('searchbox', { name: 'Search name or email' }).press('Enter');
  const row = page.getByRole('row', { name: new RegExp(`Hire ${runId}`) });
  await expect(row.getByText('Sales/Listing Operator')).toBeVisible();
  await expect(row.getByText('Active')).toBeVisible();

  // The login holds the position's role: the new listing operator signs in.
  await page.getByRole('button', { name: 'Demo ops-manager' }).click();
  await page.getByText('Sign out').click();
  await expect(page.getByText('You have signed out.')).toBeVisible();
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('Hired-password-1');
  await page.getByRole('button', { name: 'Sign in' }).click();
  // Back where the session ended, now as the new employee, who may read the list but not hire.
  await expect(page.getByRole('button', { name: `Hire ${runId}` })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Employees' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Hire an employee' })).toHaveCount(0);
});
