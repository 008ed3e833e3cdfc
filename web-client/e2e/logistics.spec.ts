import { expect, test, type APIRequestContext } from '@playwright/test';

import { demo, logIn, runId } from './support';

/** Calls the API as a demo person (a bearer token from POST /api/auth/token). */
async function apiAs(request: APIRequestContext, role: string) {
  const token = await request.post('/api/auth/token', { data: demo(role) });
  expect(token.ok(), await token.text()).toBe(true);
  const headers = { Authorization: `Bearer ${(await token.json()).accessToken as string}` };
  return {
    get: async <T>(url: string): Promise<T> => {
      const response = await request.get(url, { headers });
      expect(response.ok(), `${url}: ${await response.text()}`).toBe(true);
      return (await response.json()) as T;
    },
    post: async <T>(url: string, data: unknown, version?: number): Promise<T> => {
      const response = await request.post(url, { headers: { ...headers, ...(version ? { 'If-Match': `"${version}"` } : {}) }, data });
      expect(response.ok(), `${url}: ${await response.text()}`).toBe(true);
      return (await response.json()) as T;
    },
    put: async <T>(url: string, data: unknown, version: number): Promise<T> => {
      const response = await request.put(url, { headers: { ...headers, 'If-Match': `"${version}"` }, data });
      expect(response.ok(), `${url}: ${await response.text()}`).toBe(true);
      return (await response.json()) as T;
    },
  };
}

type Page<T> = { items: T[] };

/** Today in New York, the journey warehouse's time zone: from 00:00 UTC until New York's midnight, UTC's date is tomorrow there. */
const newYorkToday = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'America/New_York', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
type Listing = { id: string; version: number; status: string; content: { attributes: Record<string, string> } & Record<string, unknown> };

/**
 * A SKU logistics can fulfil: approved by selection and live on the marketplace. Demo data approves one candidate (its
 * listing is a draft); the listing operator completes, submits and gets that draft approved through the API.
 */
async function aLiveApprovedSku(request: APIRequestContext): Promise<string> {
  const selection = await apiAs(request, 'product');
  const approved = (await selection.get<Page<{ sku?: string | null }>>('/api/selection/candidates?stage=Approved&pageSize=50')).items;
  const sku = approved.find((c) => c.sku)?.sku ?? '';
  expect(sku, 'an approved demo candidate').not.toBe('');
  const listing = await apiAs(request, 'listing');
  let [draft] = (await listing.get<Page<Listing>>(`/api/listing/listings?sku=${sku}`)).items;
  expect(draft, `the listing of ${sku}`).toBeTruthy();
  if (!draft || draft.status === 'Live') return sku;
  draft = await listing.get<Listing>(`/api/listing/listings/${draft.id}`);
  const { content } = draft;
  draft = await listing.put<Listing>(`/api/listing/listings/${draft.id}/content`, {
    ...content,
    bullets: ['Sturdy and easy to clean.', 'Dims in three steps.', 'Warm light for reading.', 'USB powered.', 'Two-year warranty and friendly support.'],
    images: [1, 2, 3, 4, 5, 6].map((i) => ({ url: `https://images.example/e2e/${i}.jpg`, role: i === 1 ? 'Main' : 'Secondary', altText: `Lamp ${i}` })),
    attributes: { ...content.attributes, brand: 'Ops Demo', model: 'OD-200', material: 'Aluminium', colour: 'White' },
  }, draft.version);
  draft = await listing.post<Listing>(`/api/listing/listings/${draft.id}/submit`, undefined, draft.version);
  await listing.post<Listing>(`/api/listing/listings/${draft.id}/review-result`,
    { result: 'Approved', asin: `B0E2E${runId.slice(-5).toUpperCase()}`, reasonCodes: [], reasonText: '' }, draft.version);
  // Logistics learns it is live from listing's ListingWentLive through the outbox, well before the order is reviewed below.
  return sku;
}

test('operations receive goods, receive an order, allocate, ship and deliver it, and see it in the queue and its timeline', async ({ page, request }) => {
  // A SKU approved and live (see above), a supplier from the demo data; the journey's own warehouse of the first store (the
  // store the order form receives into) and its own shipping channel, registered through the API.
  const sku = await aLiveApprovedSku(request);
  const orderNumber = `E2E-${runId}`;
  const code = `E2E-${runId.toUpperCase()}`;
  const api = await apiAs(request, 'logistics');
  const [store] = (await api.get<Page<{ id: string }>>('/api/org/stores?page=1&pageSize=100')).items;
  const [supplier] = (await api.get<Page<{ id: string }>>('/api/selection/suppliers?page=1&pageSize=1')).items;
  const channel = await api.post<{ id: string }>('/api/logistics/channels', {
    code, name: `E2E postal ${runId}`, type: 'Postal', carrier: 'UPS', serviceLevel: 'Ground', costModel: { perShipment: 5, currency: 'USD' },
    transitDaysMin: 2, transitDaysMax: 5, destinationCountries: ['US'], contractStart: newYorkToday(),
  });
  expect(store, 'a store').toBeTruthy();
  expect(supplier, 'a supplier').toBeTruthy();
  await api.post('/api/logistics/warehouses', {
    code, name: `E2E warehouse ${runId}`, type: 'OwnWarehouse', storeId: store?.id, country: 'US', timeZone: 'America/New_York',
  });

  await logIn(page, 'logistics');

  // Goods in: a purchase receipt puts the accepted units into the new warehouse's stock.
  await page.goto('/logistics/inventory');
  await page.getByRole('button', { name: 'Receive goods' }).click();
  const receipt = page.getByRole('dialog', { name: 'Receive goods (purchase receipt)' });
  // Retried until the choice shows in the field: a click on an option still animating in can be lost on a busy machine.
  const chosen = receipt.getByTitle(new RegExp(`^${code} · `));
  await expect(async () => {
    if (!(await chosen.isVisible())) {
      await receipt.getByRole('combobox', { name: 'Warehouse' }).click();
      await page.locator('.ant-select-dropdown').getByTitle(new RegExp(`^${code} · `)).click({ timeout: 2_000 });
    }
    await expect(chosen).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
  await receipt.getByLabel('SKU', { exact: true }).fill(sku);
  await receipt.getByLabel(/^Supplier id/).fill(supplier?.id ?? '');
  await receipt.getByLabel('Quantity received').fill('10');
  await receipt.getByLabel('Accepted').fill('10');
  await receipt.getByLabel('Rejected').fill('0');
  const today = newYorkToday(); // a receipt dated later than today in the warehouse's time zone is refused
  await receipt.getByLabel('Expected date').fill(today);
  await receipt.getByLabel('Expected date').press('Enter');
  await receipt.getByLabel('Received date').fill(today);
  // Enter in the last date both takes the date and submits the form (now complete).
  await receipt.getByLabel('Received date').press('Enter');
  await expect(page.getByText(`10 of ${sku} received into stock`)).toBeVisible();

  // An order by hand, into the first store.
  await page.goto('/logistics/orders');
  await page.getByRole('button', { name: 'Receive order' }).click();
  const form = page.getByRole('dialog', { name: 'Receive an order' });
  await form.getByLabel('Order number').fill(orderNumber);
  await form.getByLabel('Buyer').fill('E2E Buyer');
  await form.getByLabel('Street').fill('1 Main St');
  await form.getByLabel('City').fill('Springfield');
  await form.getByLabel('Postal code').fill('62701');
  await form.getByLabel('SKU').fill(sku);
  await form.getByLabel('Unit price').fill('21.99');
  await form.getByRole('button', { name: 'Receive order' }).click();
  await expect(page.getByRole('heading', { name: `Order ${orderNumber}`, level: 3 })).toBeVisible();

  // Review, allocate (the stock just received), ship with tracking, deliver.
  await page.getByRole('button', { name: 'Review', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Allocate', exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Allocate', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Ship', exact: true })).toBeVisible();

  await page.getByRole('button', { name: 'Ship', exact: true }).click();
  const ship = page.getByRole('dialog', { name: `Ship order ${orderNumber}` });
  await ship.getByLabel('Channel id').fill(channel.id);
  await ship.getByLabel('Carrier').fill('UPS');
  await ship.getByLabel('Tracking number').fill(`1Z${runId.toUpperCase()}`);
  await ship.getByRole('button', { name: 'Ship', exact: true }).click();
  await expect(ship).toHaveCount(0);
  await expect(page.getByText(`UPS · 1Z${runId.toUpperCase()}`)).toBeVisible();

  await page.getByRole('button', { name: 'Tracking update' }).click();
  const tracking = page.getByRole('dialog', { name: new RegExp(`${orderNumber}`) });
  await tracking.getByLabel('Carrier status').fill('Delivered to the front door');
  await tracking.getByRole('checkbox', { name: 'Delivered' }).check();
  await tracking.getByRole('button', { name: 'Save' }).click();
  await expect(tracking).toHaveCount(0);
  await expect(page.getByText('Delivered', { exact: true }).first()).toBeVisible();

  // Its timeline tells the story.
  for (const entry of ['Order received', 'Order reviewed', 'Order allocated', 'Order shipped', 'Tracking updated'])
    await expect(page.getByText(entry, { exact: true }).first()).toBeVisible();

  // And the queue finds it, delivered, once the "still to ship" filter is off.
  await page.goto('/logistics/orders');
  await page.getByRole('switch', { name: 'Still to ship' }).click();
  await page.getByRole('searchbox', { name: 'Search order numbers' }).fill(orderNumber);
  await page.getByRole('searchbox', { name: 'Search order numbers' }).press('Enter');
  const row = page.getByRole('row', { name: new RegExp(orderNumber) });
  await expect(row).toBeVisible();
  await expect(row.getByText('Delivered')).toBeVisible();
});

test('operations import a file of orders: a clean file is written, a file with a bad row names it and writes nothing', async ({ page }) => {
  const header = 'marketplace,orderNumber,purchasedAt,shipBy,paymentStatus,currency,buyerName,buyerEmail,buyerPhone,addressLine1,addressLine2,city,region,postalCode,country,sku,quantity,unitPrice';
  const row = (number: string, quantity: number) =>
    `US,${number},${new Date().toISOString()},,Captured,USD,E2E Buyer,,,1 Main St,,Springfield,,62701,US,DEMO-LED-STRIP,${quantity},21.99`;
  const file = (name: string, rows: string[]) => ({ name, mimeType: 'text/csv', buffer: Buffer.from([header, ...rows].join('\n')) });

  await logIn(page, 'logistics');
  await page.goto('/logistics/orders');
  await page.getByRole('button', { name: 'Import orders' }).click();
  await expect(page.getByRole('heading', { name: 'Order imports', level: 3 })).toBeVisible();

  await page.getByLabel('File').setInputFiles(file(`good-${runId}.csv`, [row(`E2E-IMP-${runId}-1`, 1), row(`E2E-IMP-${runId}-2`, 2)]));
  await page.getByRole('button', { name: 'Upload and import' }).click();
  await expect(page.getByRole('heading', { name: `Import of good-${runId}.csv`, level: 3 })).toBeVisible();
  await expect(page.getByText('2 orders created, 0 already there')).toBeVisible();

  await page.getByRole('link', { name: 'Back to imports' }).click();
  await page.getByLabel('File').setInputFiles(file(`bad-${runId}.csv`, [row(`E2E-IMP-${runId}-3`, 1), row(`E2E-IMP-${runId}-4`, 0)]));
  await page.getByRole('button', { name: 'Upload and import' }).click();
  await expect(page.getByText('Nothing was imported: 1 row was refused')).toBeVisible();
  const refused = page.getByRole('region', { name: 'Refused rows' });
  await expect(refused.getByRole('row', { name: /^2 quantity/ })).toBeVisible();

  await page.getByRole('link', { name: 'Back to imports' }).click();
  await expect(page.getByRole('row', { name: new RegExp(`good-${runId}\\.csv.*Completed`) })).toBeVisible();
  await expect(page.getByRole('row', { name: new RegExp(`bad-${runId}\\.csv.*Rejected`) })).toBeVisible();
});
