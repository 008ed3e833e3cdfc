import { expect, test } from '@playwright/test';

import { logIn, runId } from './support';

test('a service agent works the inbox: the breached inquiry on top, records a phone call, answers it and sees its clock met', async ({ page }) => {
  await logIn(page, 'service');

  // The dashboard's service card: the response rates of the demo answers.
  await expect(page.getByTestId('kpi-service.timely_response_rate')).toBeVisible();

  // The inbox from the menu: the demo e-mail five days old is breached and leads the list.
  await page.getByRole('navigation', { name: 'Main menu' }).getByText('Customer service').click();
  await page.getByRole('navigation', { name: 'Main menu' }).getByText('Inquiries').click();
  await expect(page.getByRole('heading', { name: 'Inquiries', level: 3 })).toBeVisible();
  const first = page.getByRole('row').nth(1);
  await expect(first).toContainText('The LED strip flickers', { timeout: 20_000 });
  await expect(first.getByText('Breached')).toBeVisible({ timeout: 20_000 });

  // A customer calls: recorded with its clock running, then answered.
  const subject = `Does the lamp dim? ${runId}`;
  await page.getByRole('button', { name: 'Record inquiry' }).click();
  const form = page.getByRole('dialog', { name: 'Record an inquiry' });
  await form.getByLabel('Customer name').fill('E2E Caller');
  await form.getByLabel('Subject').fill(subject);
  await form.getByLabel('Message').fill('Asking before I buy: can the desk lamp be dimmed?');
  await form.getByRole('button', { name: 'Record' }).click();
  await expect(page.getByRole('heading', { name: subject, level: 3 })).toBeVisible();
  await expect(page.getByText('Not an Amazon buyer message')).toBeVisible();
  const ourClock = page.getByRole('row', { name: /Our response deadline/ });
  await expect(ourClock).toContainText(/Running.*left/);

  await page.getByLabel('Answer to the customer').fill('Yes: it dims in three steps.');
  await page.getByRole('button', { name: 'Send answer' }).click();
  await expect(page.getByText('Our answer')).toBeVisible();
  await expect(page.getByText('Yes: it dims in three steps.', { exact: true })).toBeVisible();
  await expect(ourClock).toContainText('Met');
  await expect(ourClock).toContainText('answered in time');
  await expect(page.getByText('Inquiry responded', { exact: true })).toBeVisible();
});
