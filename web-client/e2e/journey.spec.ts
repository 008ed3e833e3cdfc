import { expect, test, type Locator, type Page } from '@playwright/test';

import { logIn, runId, switchToChinese, switchUser } from './support';

/** Opens a screen from the side menu: the module, then its entry. */
async function openFromMenu(page: Page, module: string, screen: string) {
  const menu = page.getByRole('navigation', { name: 'Main menu' });
  const entry = menu.getByRole('menuitem', { name: screen, exact: true });
  if (!(await entry.isVisible())) await menu.getByText(module, { exact: true }).click();
  await entry.click();
  await expect(page.getByRole('heading', { name: screen, level: 3 })).toBeVisible();
}

async function fillScores(dialog: Locator, scores: Record<string, number>) {
  for (const [label, score] of Object.entries(scores)) await dialog.getByLabel(label, { exact: true }).fill(String(score));
}

test('a product manager registers a supplier and evaluates it to grade A', async ({ page }) => {
  const name = `E2E Supplier ${runId}`;
  await logIn(page, 'product');
  await openFromMenu(page, 'Product selection', 'Suppliers');

  await page.getByRole('button', { name: 'Register a supplier' }).click();
  const form = page.getByRole('dialog').filter({ hasText: 'Register a supplier' });
  await form.getByLabel('Name', { exact: true }).fill(name);
  await form.getByLabel('Contact person').fill('Li Na');
  await form.getByLabel('Contact email').fill(`sales-${runId}@supplier.example`);
  // The country is picked from the ISO list (typing only searches it).
  await form.getByLabel('Country').fill('cn');
  await page.getByTitle('China (CN)', { exact: true }).click();
  await form.getByLabel('Monthly capacity (units)').fill('20000');
  await form.getByRole('button', { name: 'Register', exact: true }).click();

  await expect(page.getByText(`Supplier ${name} registered`)).toBeVisible();
  await expect(page).toHaveURL(/\/selection\/suppliers\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { name, level: 3 })).toBeVisible();
  const standing = page.getByTestId('supplier-standing');
  await expect(standing.getByText('Registered')).toBeVisible();
  await expect(standing.getByText('Not graded')).toBeVisible();

  await page.getByRole('tab', { name: 'Evaluations' }).click();
  await page.getByRole('button', { name: 'Evaluate' }).click();
  const evaluation = page.getByRole('dialog').filter({ hasText: `Evaluate ${name}` });
  await fillScores(evaluation, {
    Qualification: 90,
    Reputation: 85,
    'Production capacity': 80,
    'Product quality': 95,
    Price: 85,
    'Delivery lead time': 90,
    'After-sales service': 80,
  });
  await evaluation.getByRole('button', { name: 'Save evaluation' }).click();

  // The server weighs the scores by the selection settings: 87.25 is grade A.
  await expect(page.getByText('Evaluation saved: grade A, score 87.25')).toBeVisible();
  await expect(standing.getByText('Evaluated')).toBeVisible();
  await expect(standing.getByText('Grade A')).toBeVisible();
  await expect(page.getByRole('row', { name: /87\.25/ })).toBeVisible();
  await expect(page.getByRole('img', { name: /^Scores of the latest evaluation \(/ })).toBeVisible();

  // The same page in Chinese.
  await switchToChinese(page);
  await expect(page.getByRole('tab', { name: '评估' })).toBeVisible();
  await expect(page.getByRole('tab', { name: '资质文件' })).toBeVisible();
});

test('a sampled candidate is approved, its listing draft appears and is edited until it passes the quality check, then submitted and approved', async ({ page }) => {
  // Demo data: "Non-slip stainless pet bowl set" is in sampling, its one sample waiting for results.
  const name = 'Non-slip stainless pet bowl set';
  await logIn(page, 'product');
  await openFromMenu(page, 'Product selection', 'Candidates');
  await page.getByRole('region', { name: 'Sampling candidates' }).getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { name, level: 3 })).toBeVisible();
  await expect(page.getByTestId('candidate-stage').getByText('Sampling', { exact: true })).toBeVisible();

  // The funnel stands at the sample; approval waits for a passed one, and the disabled button says why.
  await expect(page.getByRole('list', { name: 'Missing' })).toContainText("Approval needs a passed sample from the chosen quote's supplier.");
  const approve = page.getByRole('button', { name: 'Approve', exact: true });
  await expect(approve).toBeDisabled();
  await expect(approve).toHaveAccessibleDescription("Approval needs a passed sample from the chosen quote's supplier.");

  // Recording the results is in reach without scrolling sideways, on a laptop and on a phone.
  const record = page.getByRole('region', { name: 'Next actions' }).getByRole('button', { name: 'Record results', exact: true });
  for (const width of [1366, 390]) {
    await page.setViewportSize({ width, height: 800 });
    await expect(record).toBeVisible();
    const box = await record.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= width, `Record results at ${JSON.stringify(box)} on a ${width} px screen`).toBe(true);
  }
  await page.setViewportSize({ width: 1366, height: 800 });

  await record.click();
  let dialog = page.getByRole('dialog', { name: 'Record the sample results' });
  await dialog.getByRole('checkbox', { name: 'Quality test passed' }).check();
  await dialog.getByRole('checkbox', { name: 'Function test passed' }).check();
  await dialog.getByRole('radio', { name: 'Pass' }).check();
  await dialog.getByRole('button', { name: 'Record results', exact: true }).click();
  await expect(page.getByRole('alert').getByText('Sample results recorded')).toBeVisible();

  await page.getByRole('button', { name: 'Approve', exact: true }).click();
  dialog = page.getByRole('dialog', { name: `Approve ${name}` });
  await dialog.getByRole('button', { name: 'Approve', exact: true }).click();
  await expect(page.getByTestId('candidate-stage').getByText('Approved', { exact: true })).toBeVisible();
  const approvedAs = await page.getByText(/^Approved as /).textContent();
  const sku = (approvedAs ?? '').replace(/^Approved as /, '').trim();
  expect(sku).not.toBe('');

  // The listing module drafts a listing from the ProductApproved message.
  await page.getByRole('link', { name: 'Open its listing' }).click();
  await expect(page).toHaveURL(new RegExp(`/listing/listings\\?sku=${sku}`));
  // Each try reloads, which boots the whole app: on a busy two-core machine that alone took 4-8 s, so a try
  // waits 10 s (a 2 s try never saw the list there, though the draft was in it).
  await expect(async () => {
    await page.reload();
    await expect(page.getByRole('row', { name: new RegExp(sku) })).toBeVisible({ timeout: 10_000 });
  }).toPass({ timeout: 60_000 });
  await expect(page.getByRole('row', { name: new RegExp(sku) }).getByText('Draft')).toBeVisible();

  // The listing operator completes the draft: it starts failing (no bullets, no images, no brand…).
  await page.goto('/');
  await switchUser(page, 'product', 'listing');
  await page.goto(`/listing/listings?sku=${sku}`);
  await page.getByRole('link', { name: sku, exact: true }).click();
  await expect(page.getByRole('heading', { name: `Listing ${sku}`, level: 3 })).toBeVisible();
  const quality = page.getByRole('region', { name: 'Quality check' });
  await expect(quality.getByText('Passes the quality check')).toHaveCount(0);

  // Submitting now is stopped before anything is sent, with every rule the draft breaks.
  await page.getByRole('button', { name: 'Submit for review' }).click();
  const blocked = page.getByRole('dialog', { name: 'Submit for review: not yet' });
  await expect(blocked.getByText('Too few bullet points')).toBeVisible();
  await expect(blocked.getByText('Too few images')).toBeVisible();
  await expect(blocked.getByText('Required attribute missing').first()).toBeVisible();
  await blocked.getByRole('button', { name: 'Back to editing' }).click();
  await expect(blocked).toHaveCount(0);

  const bullets = ['Sturdy and easy to clean.', 'Non-slip base keeps the bowl in place.', 'Food-grade stainless steel.',
    'Two bowls in one stand.', 'Two-year warranty and friendly support.'];
  for (const [i, bullet] of bullets.entries()) await page.getByLabel(`Bullet point ${i + 1}`, { exact: true }).fill(bullet);
  for (let i = 1; i <= 6; i++) {
    if (!(await page.getByLabel(`Image ${i} URL`, { exact: true }).isVisible())) await page.getByRole('button', { name: 'Add image' }).click();
    await page.getByLabel(`Image ${i} URL`, { exact: true }).fill(`https://images.example/e2e/${i}.jpg`);
  }
  await page.getByLabel('Brand', { exact: true }).fill('Ops Demo');
  await page.getByLabel('Model', { exact: true }).fill('OD-100');
  await page.getByLabel('Material', { exact: true }).fill('Stainless steel');
  await page.getByLabel('Colour', { exact: true }).fill('Silver');
  // The quality check follows what is typed, before anything is saved.
  await expect(quality.getByText('100 / 100')).toBeVisible();
  await expect(quality.getByText(/your unsaved edits \(version 2 once saved\)/)).toBeVisible();
  await page.getByRole('button', { name: 'Save content' }).click();

  await expect(page.getByText('Content saved as version 2')).toBeVisible();
  await expect(quality.getByText('Passes the quality check')).toBeVisible();
  await expect(quality.getByText('100 / 100')).toBeVisible();

  await page.getByRole('button', { name: 'Submit for review' }).click();
  await expect(page.getByText('Listing submitted for review')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Record review result' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Submit for review' })).toHaveCount(0);

  // The platform approves it: the review loop shows the submission and the approval, and the listing is live.
  await page.getByRole('button', { name: 'Record review result' }).click();
  const review = page.getByRole('dialog', { name: `Record the platform review of ${sku}` });
  await review.getByText('Approved', { exact: true }).click();
  await review.getByLabel('ASIN').fill('B0E2E00001');
  await review.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('button', { name: 'Suppress' })).toBeVisible();
  await page.getByRole('tab', { name: 'Review' }).click();
  await expect(page.getByText('Submitted content version 2 (score 100)')).toBeVisible();
  await expect(page.getByText('Approved: live as B0E2E00001')).toBeVisible();
});
