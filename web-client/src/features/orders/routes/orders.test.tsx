import { aUser } from '@/testing/mocks/data';
import { mockOrder, seedOrders } from '@/testing/mocks/handlers/orders';
import { findDialog, renderApp, screen, signInAs, within } from '@/testing/test-utils';

const logistics = aUser({ email: 'logistics@demo.ops', displayName: 'Logistics', roles: ['logistics'] });
const auditor = aUser({ email: 'auditor@demo.ops', displayName: 'Auditor', roles: ['auditor'] });

describe('Order queue', () => {
  beforeEach(() => {
    seedOrders(
      mockOrder({ orderNumber: 'LATER-1', shipBy: '2099-11-06T14:00:00Z' }),
      mockOrder({ orderNumber: 'SOONER-1', shipBy: '2099-11-05T14:00:00Z', shipDeadlineState: 'Warned' }),
      mockOrder({ orderNumber: 'LATE-1', shipBy: '2020-11-05T14:00:00Z', shipDeadlineState: 'Breached', status: 'Allocated' }),
      mockOrder({ orderNumber: 'DONE-1', status: 'Shipped', shipDeadlineState: 'Met' }),
    );
  });

  it('lists the orders still to ship, least time left first, with their deadline state', async () => {
    signInAs(logistics);
    renderApp('/logistics/orders');

    await screen.findByRole('row', { name: /SOONER-1/ }, { timeout: 15_000 });
    const rows = screen.getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getAllByRole('cell')[0]?.textContent)).toEqual(['LATE-1', 'SOONER-1', 'LATER-1']);
    const [late, sooner] = rows as [HTMLElement, HTMLElement];
    expect(within(late).getByText('Breached')).toHaveClass('ant-tag-red');
    expect(within(late).getByText(/overdue by/)).toBeInTheDocument();
    expect(within(sooner).getByText('Warned')).toHaveClass('ant-tag-orange');
    expect(within(sooner).getByText(/left/)).toBeInTheDocument();
    expect(screen.queryByRole('row', { name: /DONE-1/ })).not.toBeInTheDocument();
  });

  it('receives an order by hand and shows a reused order number where it happened', async () => {
    signInAs(logistics);
    const { user } = renderApp('/logistics/orders');

    await user.click(await screen.findByRole('button', { name: 'Receive order' }));
    const dialog = await findDialog('Receive an order');
    const fill = async (label: string, value: string) => {
      await user.clear(within(dialog).getByLabelText(label));
      await user.type(within(dialog).getByLabelText(label), value);
    };
    await fill('Order number', 'LATER-1');
    await fill('Buyer', 'Jane Doe');
    await fill('Street', '1 Main St');
    await fill('City', 'Springfield');
    await fill('Postal code', '62701');
    await fill('SKU', 'OPS-LAMP');
    await fill('Unit price', '19.99');
    await user.click(within(dialog).getByRole('button', { name: 'Receive order' }));

    expect(await within(dialog).findByText(/already sent an order with this number/, {}, { timeout: 10_000 })).toBeInTheDocument();

    await fill('Order number', 'NEW-1');
    await user.click(within(dialog).getByRole('button', { name: 'Receive order' }));
    expect(await screen.findByRole('heading', { name: 'Order NEW-1' }, { timeout: 15_000 })).toBeInTheDocument();
  });

  it("puts the server's field errors on the form's fields, nested ones included", async () => {
    signInAs(logistics);
    const { user } = renderApp('/logistics/orders');

    await user.click(await screen.findByRole('button', { name: 'Receive order' }));
    const dialog = await findDialog('Receive an order');
    for (const [label, value] of [['Order number', 'NEW-2'], ['Buyer', 'Jane Doe'], ['Street', '1 Main St'], ['City', 'Springfield'], ['Postal code', '62701'], ['SKU', 'OPS-LAMP'], ['Unit price', '5']] as const)
      await user.type(within(dialog).getByLabelText(label), value);
    await user.clear(within(dialog).getByLabelText('Country'));
    await user.type(within(dialog).getByLabelText('Country'), 'ZZ');
    await user.click(within(dialog).getByRole('button', { name: 'Receive order' }));

    expect(await within(dialog).findByText("'Country' is not an ISO 3166 country code.", {}, { timeout: 10_000 })).toBeInTheDocument();
    expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows the queue but no receive button to an auditor', async () => {
    signInAs(auditor);
    renderApp('/logistics/orders');

    expect(await screen.findByRole('row', { name: /SOONER-1/ }, { timeout: 15_000 })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Receive order' })).not.toBeInTheDocument();
  });
});
