import { http, HttpResponse } from 'msw';

import { i18n } from '@/i18n';
import { admin, aUser } from '@/testing/mocks/data';
import { goodContent, saveContentElsewhere, seedListing, storedListing } from '@/testing/mocks/handlers/listings';
import { refused, validationProblem } from '@/testing/mocks/problems';
import { server } from '@/testing/mocks/server';
import { findDialog, renderApp, screen, signInAs, waitFor, within } from '@/testing/test-utils';

/** The quality panel (found by its title: role queries over the whole editor are slow under jsdom). */
const panel = (title: string) => {
  const card = screen.getByText(title).closest('.ant-card');
  if (!(card instanceof HTMLElement)) throw new Error(`no panel ${title}`);
  return card;
};
const quality = () => panel('Quality check');

/** The messages AntD shows under a form item. */
const fieldHelp = (label: string) => {
  const item = screen.getByLabelText(label).closest('.ant-form-item');
  if (!(item instanceof HTMLElement)) throw new Error(`no form item for ${label}`);
  return within(item);
};

const withoutMaterial = () => {
  const content = goodContent();
  return { ...content, attributes: { ...content.attributes, material: '' } };
};

async function openListing(sku: string) {
  const listing = storedListing(sku);
  if (!listing) throw new Error(`no listing ${sku}`);
  const rendered = renderApp(`/listing/listings/${listing.id}`);
  await screen.findByRole('heading', { name: `Listing ${sku}` });
  return rendered;
}

describe('Listing editor', () => {
  beforeEach(() => signInAs(admin));

  it('saves the content with If-Match and the quality panel shows the new score and findings at once', async () => {
    seedListing({ sku: 'DEMO-DESK-LAMP', content: withoutMaterial() });
    const puts: Request[] = [];
    server.events.on('request:start', ({ request }) => {
      if (request.method === 'PUT') puts.push(request.clone());
    });
    const { user } = await openListing('DEMO-DESK-LAMP');

    expect(await within(quality()).findByText('80 / 100')).toBeInTheDocument();
    expect(within(quality()).getByText('Does not pass the quality check')).toBeInTheDocument();
    expect(within(quality()).getByText('Required attribute missing')).toBeInTheDocument();
    expect(within(quality()).getByText("The attribute 'material' is required.")).toBeInTheDocument();

    await user.type(screen.getByLabelText('Material'), 'ABS plastic');
    await user.click(screen.getByText('Save content'));

    expect(await within(quality()).findByText('100 / 100')).toBeInTheDocument();
    expect(within(quality()).getByText('Passes the quality check')).toBeInTheDocument();
    expect(within(quality()).getByText('No findings: every rule is met')).toBeInTheDocument();
    expect(await screen.findByText('Content saved as version 2')).toBeInTheDocument();
    expect(puts).toHaveLength(1);
    expect(puts[0]?.headers.get('If-Match')).toBe('"2"');
    const body = (await puts[0]?.json()) as { attributes: { material: string }; bullets: string[]; images: unknown[] };
    expect(body.attributes.material).toBe('ABS plastic');
    expect(body.bullets).toHaveLength(5);
    expect(body.images).toHaveLength(6);
  });

  it("keeps the person's unsaved edits when someone else saved meanwhile, and offers the newer version", async () => {
    seedListing({ sku: 'DEMO-DESK-LAMP', content: withoutMaterial() });
    const { user } = await openListing('DEMO-DESK-LAMP');
    await within(quality()).findByText('80 / 100');

    await user.type(screen.getByLabelText('Material'), 'ABS plastic');
    saveContentElsewhere('DEMO-DESK-LAMP', { title: 'Their better title' });
    await user.click(screen.getByText('Save content'));

    // The save meets a 412; the page reloads the listing, and what was typed stays on screen.
    expect(await screen.findByText(/Someone else saved version 2 while you were editing/)).toBeInTheDocument();
    expect(screen.getByLabelText('Material')).toHaveValue('ABS plastic');
    expect(screen.getByLabelText('Title')).not.toHaveValue('Their better title');

    await user.click(screen.getByText('Discard my changes and show it'));
    await waitFor(() => expect(screen.getByLabelText('Title')).toHaveValue('Their better title'));
    expect(screen.getByLabelText('Material')).toHaveValue('');
    expect(screen.queryByText(/Someone else saved/)).not.toBeInTheDocument();
  });

  it("puts the server's field errors on their fields (an image's URL)", async () => {
    seedListing({ sku: 'DEMO-DESK-LAMP', content: goodContent() });
    const { user } = await openListing('DEMO-DESK-LAMP');

    await user.clear(screen.getByLabelText('Image 2 URL'));
    await user.type(screen.getByLabelText('Image 2 URL'), 'not a url');
    await user.click(screen.getByText('Save content'));

    expect(await fieldHelp('Image 2 URL').findByText('An image URL is an absolute http or https address.')).toBeInTheDocument();
    expect(fieldHelp('Image 1 URL').queryByText(/absolute/)).not.toBeInTheDocument();
  });

  it('puts an error on a bullet point on the slot it came from, when a blank slot was left out', async () => {
    const content = goodContent();
    seedListing({ sku: 'DEMO-DESK-LAMP', content: { ...content, bullets: content.bullets.slice(0, 4) } });
    server.use(
      http.put('/api/listing/listings/:id/content', () => validationProblem({ 'bullets[3]': ['Bullet 4 is refused.'], title: ['The title is refused.'] })),
    );
    const { user } = await openListing('DEMO-DESK-LAMP');

    // Slot 4 blank, slot 5 filled: the fourth bullet sent is the fifth slot.
    await user.clear(screen.getByLabelText('Bullet point 4'));
    await user.type(screen.getByLabelText('Bullet point 5'), 'Fifth point.');
    await user.click(screen.getByText('Save content'));

    expect(await fieldHelp('Bullet point 5').findByText('Bullet 4 is refused.')).toBeInTheDocument();
    expect(fieldHelp('Title').getByText('The title is refused.')).toBeInTheDocument();
  });

  it('updates the quality panel from what is typed, asking the server once typing pauses, without saving', async () => {
    seedListing({ sku: 'DEMO-DESK-LAMP', content: withoutMaterial() });
    const requests: Request[] = [];
    server.events.on('request:start', ({ request }) => {
      if (request.method !== 'GET') requests.push(request.clone());
    });
    const { user } = await openListing('DEMO-DESK-LAMP');
    expect(await within(quality()).findByText('80 / 100')).toBeInTheDocument();

    await user.type(screen.getByLabelText('Material'), 'ABS plastic');

    expect(await within(quality()).findByText('100 / 100')).toBeInTheDocument();
    expect(within(quality()).getByText('Passes the quality check')).toBeInTheDocument();
    expect(within(quality()).getByText('No findings: every rule is met')).toBeInTheDocument();
    expect(within(quality()).getByTestId('quality-checked')).toHaveTextContent('your unsaved edits (version 2 once saved)');
    const previews = requests.filter((r) => r.url.endsWith('/quality-preview'));
    expect(previews.length).toBeGreaterThan(0);
    expect(previews.length).toBeLessThan('ABS plastic'.length);
    const body = (await previews.at(-1)?.json()) as { attributes: { material: string } };
    expect(body.attributes.material).toBe('ABS plastic');
    expect(requests.filter((r) => r.method === 'PUT')).toHaveLength(0);
    expect(storedListing('DEMO-DESK-LAMP')?.contentVersion).toBe(1);

    // Breaking a rule as one types shows at once too.
    await user.type(screen.getByLabelText('Title'), ' best seller');
    expect(await within(quality()).findByText('Banned word')).toBeInTheDocument();
    expect(within(quality()).getByText('80 / 100')).toBeInTheDocument();
  });

  it('lists every rule the saved content breaks when Submit is pressed, and sends nothing', async () => {
    const content = goodContent();
    seedListing({
      sku: 'DEMO-DESK-LAMP',
      content: { ...content, bullets: [content.bullets[0] ?? '', `${content.bullets[1] ?? ''} Free shipping!`, ...content.bullets.slice(2)], images: content.images.slice(0, 5), price: null },
    });
    const posts: string[] = [];
    server.events.on('request:start', ({ request }) => {
      if (request.method === 'POST') posts.push(new URL(request.url).pathname);
    });
    const { user } = await openListing('DEMO-DESK-LAMP');

    await user.click(screen.getByText('Submit for review'));

    const dialog = await findDialog('Submit for review: not yet');
    expect(within(dialog).getByText(/breaks 4 rules/)).toBeInTheDocument();
    const rules = within(dialog).getAllByRole('listitem');
    expect(rules.map((r) => r.textContent)).toEqual([
      'Banned word · Bullet point 2"free shipping" may not appear in the title or bullets.',
      'Too few images · Images5 images; at least 6 are needed.',
      'Price required · PriceA listing needs a price.',
      'Content score too lowThe content scores 40; at least 60 is needed to send it to the platform.',
    ]);
    await user.click(within(dialog).getByText('Back to editing'));
    await waitFor(() => expect(screen.queryByText('Submit for review: not yet')).not.toBeInTheDocument());
    expect(posts.filter((p) => p.endsWith('/submit'))).toHaveLength(0);
    expect(storedListing('DEMO-DESK-LAMP')?.status).toBe('Draft');
  });

  it('shows every rule the server names when it still refuses the submission', async () => {
    seedListing({ sku: 'DEMO-DESK-LAMP', content: goodContent() });
    server.use(
      http.post('/api/listing/listings/:id/submit', () =>
        refused('listing.title_too_long', 'The title has 70 characters; at most 60 are allowed. The attribute \'size\' is required.', [
          { code: 'listing.title_too_long', field: 'title', message: 'The title has 70 characters; at most 60 are allowed.' },
          { code: 'listing.required_attribute_missing', field: 'attributes.size', message: "The attribute 'size' is required." },
          { code: 'listing.too_few_images', field: 'images', message: '6 images; at least 8 are needed.' },
        ]),
      ),
    );
    const { user } = await openListing('DEMO-DESK-LAMP');
    await within(quality()).findByText('Passes the quality check');

    await user.click(screen.getByText('Submit for review'));

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('The request breaks a rule')).toBeInTheDocument();
    expect(within(alert).getAllByRole('listitem').map((r) => r.textContent)).toEqual([
      'Title too long · TitleThe title has 70 characters; at most 60 are allowed.',
      "Required attribute missing · SizeThe attribute 'size' is required.",
      'Too few images · Images6 images; at least 8 are needed.',
    ]);
    expect(within(alert).getByText(/listing\.title_too_long/)).toBeInTheDocument();
  });

  it('says that edits not saved are not sent, and submits the saved version when asked', async () => {
    seedListing({ sku: 'DEMO-DESK-LAMP', content: goodContent() });
    const { user } = await openListing('DEMO-DESK-LAMP');
    await within(quality()).findByText('Passes the quality check');

    await user.type(screen.getByLabelText('Description'), ' Now brighter.');
    await user.click(screen.getByText('Submit for review'));

    const dialog = await findDialog('Submit for review: your edits are not saved');
    expect(within(dialog).getByText(/Only the saved content \(version 1\) is sent/)).toBeInTheDocument();
    await user.click(within(dialog).getByText('Submit for review: version 1'));
    expect(await screen.findByText('Listing submitted for review')).toBeInTheDocument();
    expect(storedListing('DEMO-DESK-LAMP')?.status).toBe('Submitted');
    expect(storedListing('DEMO-DESK-LAMP')?.content.description).toBe(goodContent().description);
  });

  it('offers the browse categories in use, and adds a new one as typed', async () => {
    seedListing({ sku: 'DEMO-DESK-LAMP', content: { ...goodContent(), browseCategory: 'Home & Kitchen > Lighting' } });
    // The server's list of categories in use (GET /api/listing/browse-categories), not what this screen happens to have loaded.
    server.use(http.get('/api/listing/browse-categories', () => HttpResponse.json(['Home & Kitchen > Lighting', 'Office Products > Cable Management'])));
    const { user } = await openListing('DEMO-DESK-LAMP');

    await user.click(screen.getByLabelText('Browse category'));
    expect(await screen.findByTitle('Office Products > Cable Management')).toBeInTheDocument();
    await user.type(screen.getByLabelText('Browse category'), 'Home & Kitchen > Desk Lamps');
    await user.click(await screen.findByText('Add “Home & Kitchen > Desk Lamps”'));
    await user.click(screen.getByText('Save content'));

    await waitFor(() => expect(storedListing('DEMO-DESK-LAMP')?.content.browseCategory).toBe('Home & Kitchen > Desk Lamps'));
  });

  it('submits a listing that passes, then offers the review result and locks the content', async () => {
    seedListing({ sku: 'DEMO-DESK-LAMP', content: goodContent() });
    const { user } = await openListing('DEMO-DESK-LAMP');
    expect(await within(quality()).findByText('Passes the quality check')).toBeInTheDocument();

    await user.click(screen.getByText('Submit for review'));

    // Text queries: role queries over the whole editor are slow under jsdom.
    expect(await screen.findByText('Listing submitted for review')).toBeInTheDocument();
    expect(await screen.findByText('Record review result')).toBeInTheDocument();
    expect(screen.queryByText('Submit for review')).not.toBeInTheDocument();
    expect(screen.getAllByText('Submitted').length).toBeGreaterThan(0);
    expect(screen.getByText(/with the platform for review/)).toBeInTheDocument();
    expect(screen.getByText('Save content').closest('button')).toBeDisabled();
  });

  it('records a rejection with its reasons and shows it in the review loop', async () => {
    seedListing({ sku: 'DEMO-CABLE-BOX', content: goodContent('Tidy Cable Box'), status: 'Submitted', submissions: 1 });
    const { user } = await openListing('DEMO-CABLE-BOX');

    await user.click(screen.getByText('Record review result'));
    const dialog = await findDialog('Record the platform review of DEMO-CABLE-BOX');
    await user.click(within(dialog).getByText('Rejected'));
    await user.type(await within(dialog).findByRole('combobox', { name: 'Reason codes' }), '8541{Enter}');
    await user.type(within(dialog).getByLabelText('Reason text'), 'The main image has a watermark.');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('Review result recorded')).toBeInTheDocument();
    await waitFor(() => expect(storedListing('DEMO-CABLE-BOX')?.status).toBe('Rejected'));
    await user.click(screen.getByText('Review'));
    const entry = await screen.findByText('Rejected: 8541');
    expect(entry.closest('[data-testid="review-entry"]')).toHaveTextContent('The main image has a watermark.');
    // A rejected listing is revised before it goes back: no submit until its content is saved again.
    expect(screen.queryByText('Submit for review')).not.toBeInTheDocument();
    await user.click(screen.getByText('Content'));
    expect(await screen.findByText(/The platform rejected this listing/)).toBeInTheDocument();
    await user.type(screen.getByLabelText('Description'), ' New photos without watermarks.');
    await user.click(screen.getByText('Save content'));
    await waitFor(() => expect(storedListing('DEMO-CABLE-BOX')?.status).toBe('Revised'));
    expect(await screen.findByText('Submit for review')).toBeInTheDocument();
  });

  it('shows, for a content version, each changed field with its old and new value', async () => {
    const first = { ...goodContent(), title: 'Lumina Lamp' };
    seedListing({ sku: 'DEMO-DESK-LAMP', earlierContents: [first], content: { ...first, title: 'Lumina LED Desk Lamp, Dimmable', price: { amount: 21.99, currency: 'USD' } } });
    const { user } = await openListing('DEMO-DESK-LAMP');

    await user.click(screen.getByText('Versions'));
    await user.click(await screen.findByLabelText('Show changes · Version 2'));

    const card = (await screen.findByText('Changes in version 2')).closest('.ant-card');
    if (!(card instanceof HTMLElement)) throw new Error('no changes card');
    const changes = within(card);
    const title = await changes.findByRole('row', { name: /Title/ });
    expect(within(title).getByText('Lumina Lamp')).toBeInTheDocument();
    expect(within(title).getByText('Lumina LED Desk Lamp, Dimmable')).toBeInTheDocument();
    const price = changes.getByRole('row', { name: /Price/ });
    expect(within(price).getByText('24.99')).toBeInTheDocument();
    expect(within(price).getByText('21.99')).toBeInTheDocument();
    expect(changes.getAllByRole('row')).toHaveLength(3);
  });

  it('shows the go-live deadline with its due date and the time left', async () => {
    const due = new Date(Date.now() + 26.5 * 3_600_000).toISOString();
    seedListing({
      sku: 'DEMO-DESK-LAMP',
      content: goodContent(),
      deadlineState: 'Warned',
      deadline: {
        receiptId: '0190c000-0000-7000-8000-000000000001', storeId: '0190c000-0000-7000-8000-000000000002', receivedAt: '2026-12-01T08:00:00Z',
        workingDays: 3, timeZone: 'UTC', storeCalendarKnown: true, warnAt: '2026-12-03T08:00:00Z', dueAt: due, warnedAt: '2026-12-03T08:00:00Z', breachedAt: null, metAt: null,
      },
    });
    await openListing('DEMO-DESK-LAMP');

    expect(screen.getByText('Due soon')).toHaveClass('ant-tag-orange');
    expect(screen.getByText(/Due .* · 1 day 2 hours left/)).toBeInTheDocument();
  });

  it('lets a live listing be suppressed with a reason, then relisted', async () => {
    seedListing({ sku: 'DEMO-LED-STRIP', content: goodContent('Glow LED Strip'), status: 'Live', asin: 'B0ABCDEF12' });
    const { user } = await openListing('DEMO-LED-STRIP');
    expect(screen.queryByText('Relist')).not.toBeInTheDocument();

    await user.click(screen.getByText('Suppress'));
    const dialog = await findDialog('Suppress listing DEMO-LED-STRIP');
    await user.type(within(dialog).getByLabelText('Reason'), 'Suspected pricing error');
    await user.click(within(dialog).getByRole('button', { name: 'Suppress' }));

    await user.click(await screen.findByText('Relist'));
    expect(await screen.findByText('Listing sent to the platform again')).toBeInTheDocument();
    expect(storedListing('DEMO-LED-STRIP')?.status).toBe('Relisted');
  });

  it('hides every action and the save button from staff, who may only read', async () => {
    signInAs(aUser({ roles: ['staff'] }));
    seedListing({ sku: 'DEMO-DESK-LAMP', content: goodContent() });
    await openListing('DEMO-DESK-LAMP');

    expect(await within(quality()).findByText('Passes the quality check')).toBeInTheDocument();
    expect(screen.queryByText('Submit for review')).not.toBeInTheDocument();
    expect(screen.queryByText('Save content')).not.toBeInTheDocument();
    expect(screen.queryByText('Add image')).not.toBeInTheDocument();
    expect(screen.getByText('Your roles allow reading this listing, not editing it.')).toBeInTheDocument();
    expect(screen.getByLabelText('Title')).toBeDisabled();
  });

  it('speaks Chinese: labels, statuses, actions and the findings', async () => {
    await i18n.changeLanguage('zh');
    seedListing({ sku: 'DEMO-DESK-LAMP', content: withoutMaterial() });
    const listing = storedListing('DEMO-DESK-LAMP');
    renderApp(`/listing/listings/${listing?.id ?? ''}`);

    expect(await screen.findByRole('heading', { name: '商品页面 DEMO-DESK-LAMP' })).toBeInTheDocument();
    expect(screen.getByText('提交审核')).toBeInTheDocument();
    expect(screen.getByText('保存内容')).toBeInTheDocument();
    expect(screen.getAllByText('草稿').length).toBeGreaterThan(0);
    expect(await within(panel('质量检查')).findByText('未通过质量检查')).toBeInTheDocument();
    expect(within(panel('质量检查')).getByText('缺少必填属性')).toBeInTheDocument();
    expect(within(panel('质量检查')).getByText('必须填写属性“material”。')).toBeInTheDocument();
    expect(screen.getByLabelText('材质')).toBeInTheDocument();
  });

  it('lists the rules that stop a submission in Chinese', async () => {
    await i18n.changeLanguage('zh');
    seedListing({ sku: 'DEMO-DESK-LAMP', content: { ...goodContent(), price: null, images: goodContent().images.slice(0, 5) } });
    const { user } = renderApp(`/listing/listings/${storedListing('DEMO-DESK-LAMP')?.id ?? ''}`);

    await user.click(await screen.findByText('提交审核'));

    const dialog = await findDialog('暂不能提交审核');
    expect(within(dialog).getByText(/违反 2 条规则/)).toBeInTheDocument();
    expect(within(dialog).getAllByRole('listitem').map((r) => r.textContent)).toEqual([
      '图片不足 · 图片共 5 张图片，至少需要 6 张。',
      '价格必填 · 价格商品必须有价格。',
    ]);
    expect(within(dialog).getByText('返回编辑')).toBeInTheDocument();
  });
});
