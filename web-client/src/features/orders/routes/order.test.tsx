import { aUser } from '@/testing/mocks/data';
import { mockOrder, seedOrders } from '@/testing/mocks/handlers/orders';
import { findDialog, renderApp, screen, signInAs, within } from '@/testing/test-utils';

const logistics = aUser({ email: 'logistics@demo.ops', displayName: 'Logistics', roles: ['logistics'] });

describe('Order page', () => {
  beforeEach(() => signInAs(logistics));

  it('reviews a received order and shows why it is held', async () => {
    const order = mockOrder({ orderNumber: 'HOLD-1', payment: 'Pending' });
    seedOrders(order);
    const { user } = renderApp(`/logistics/orders/${order.id}`);

    await user.click(await screen.findByRole('button', { name: 'Review' }));

    expect(await screen.findByText('On hold because')).toBeInTheDocument();
    expect(screen.getByText('The payment is not captured')).toBeInTheDocument();
    expect(screen.getAllByText('On hold').length).toBeGreaterThan(0);
  });

  it('shows each line at its price and the order total in the order’s currency', async () => {
    const order = mockOrder({
      orderNumber: 'EUR-1',
      lines: [{ sku: 'OPS-LAMP', quantity: 3, unitPrice: { amount: 2.125, currency: 'EUR' } }],
      total: { amount: 6.375, currency: 'EUR' },
    });
    seedOrders(order);
    renderApp(`/logistics/orders/${order.id}`);

    expect(await screen.findByText('OPS-LAMP × 3 @ €2.125')).toBeInTheDocument();
    expect(screen.getByText('Total: €6.375')).toBeInTheDocument();
  });

  it('allocates a reviewed order, then ships it from the dialog', async () => {
    const order = mockOrder({ orderNumber: 'SHIP-1', status: 'Reviewed' });
    seedOrders(order);
    const { user } = renderApp(`/logistics/orders/${order.id}`);

    await user.click(await screen.findByRole('button', { name: 'Allocate' }));
    await user.click(await screen.findByRole('button', { name: 'Ship' }));
    const dialog = await findDialog('Ship order SHIP-1');
    await user.type(within(dialog).getByLabelText('Channel id'), '0190c000-0000-7000-8000-000000000009');
    await user.type(within(dialog).getByLabelText('Carrier'), 'UPS');
    await user.type(within(dialog).getByLabelText('Tracking number'), '1Z999');
    await user.type(within(dialog).getByLabelText('Shipping cost'), '7.25');
    await user.click(within(dialog).getByRole('button', { name: 'Ship' }));

    expect(await screen.findByText('UPS · 1Z999')).toBeInTheDocument();
    expect(screen.getByText('US$7.25')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Tracking update' })).toBeInTheDocument();
  });

  it('shows the refusal of a ship date in the future in the dialog', async () => {
    const order = mockOrder({ orderNumber: 'SHIP-2', status: 'Allocated' });
    seedOrders(order);
    const { user } = renderApp(`/logistics/orders/${order.id}`);

    await user.click(await screen.findByRole('button', { name: 'Ship' }));
    const dialog = await findDialog('Ship order SHIP-2');
    await user.type(within(dialog).getByLabelText('Channel id'), 'c1');
    await user.type(within(dialog).getByLabelText('Carrier'), 'UPS');
    await user.type(within(dialog).getByLabelText('Tracking number'), '1Z999');
    await user.clear(within(dialog).getByLabelText('Shipped at'));
    await user.type(within(dialog).getByLabelText('Shipped at'), '2099-01-01T10:00');
    await user.click(within(dialog).getByRole('button', { name: 'Ship' }));

    expect(await within(dialog).findByText(/cannot be later than now/)).toBeInTheDocument();
  });

  it('shows a refused shipping cost currency on the currency field', async () => {
    const order = mockOrder({ orderNumber: 'SHIP-3', status: 'Allocated' });
    seedOrders(order);
    const { user } = renderApp(`/logistics/orders/${order.id}`);

    await user.click(await screen.findByRole('button', { name: 'Ship' }));
    const dialog = await findDialog('Ship order SHIP-3');
    await user.type(within(dialog).getByLabelText('Channel id'), 'c1');
    await user.type(within(dialog).getByLabelText('Carrier'), 'UPS');
    await user.type(within(dialog).getByLabelText('Tracking number'), '1Z999');
    await user.type(within(dialog).getByLabelText('Shipping cost'), '7.25');
    await user.clear(within(dialog).getByLabelText('Currency'));
    await user.type(within(dialog).getByLabelText('Currency'), 'usd');
    await user.click(within(dialog).getByRole('button', { name: 'Ship' }));

    const currency = within(dialog).getByLabelText('Currency').closest('.ant-form-item') as HTMLElement;
    expect(await within(currency).findByText(/ISO 4217 code/)).toBeInTheDocument();
  });

  it('a backordered order says which SKUs are short and when it can ship', async () => {
    const order = mockOrder({ orderNumber: 'BACK-1', status: 'Reviewed', skus: ['OPS-OUT-OF-STOCK'] });
    seedOrders(order);
    const { user } = renderApp(`/logistics/orders/${order.id}`);

    await user.click(await screen.findByRole('button', { name: 'Allocate' }));

    expect(await screen.findByText('Backordered: OPS-OUT-OF-STOCK; expected to ship on 2030-11-29')).toBeInTheDocument();
  });

  it('cancels before shipment with a reason', async () => {
    const order = mockOrder({ orderNumber: 'CAN-1', status: 'Allocated' });
    seedOrders(order);
    const { user } = renderApp(`/logistics/orders/${order.id}`);

    await user.click(await screen.findByRole('button', { name: 'Cancel order' }));
    const dialog = await findDialog('Cancel order CAN-1');
    await user.type(within(dialog).getByRole('textbox'), 'Buyer cancelled');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel order' }));

    expect((await screen.findAllByText('Cancelled')).length).toBeGreaterThan(0);
    expect(screen.queryByRole('button', { name: 'Cancel order' })).not.toBeInTheDocument();
  });
});
