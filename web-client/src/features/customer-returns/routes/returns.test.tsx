import { aUser } from '@/testing/mocks/data';
import { mockCustomerReturn, seedCustomerReturns, seedOrderTimeline } from '@/testing/mocks/handlers/customer-returns';
import { findDialog, renderApp, screen, signInAs, within } from '@/testing/test-utils';

const agent = aUser({ email: 'service@demo.ops', displayName: 'Service', roles: ['service'] });
const auditor = aUser({ email: 'auditor@demo.ops', displayName: 'Auditor', roles: ['auditor'] });

async function fillRequest(user: ReturnType<typeof renderApp>['user'], dialog: HTMLElement, orderNumber: string) {
  await user.type(within(dialog).getByLabelText('Order number'), orderNumber);
  await user.type(within(dialog).getByLabelText('SKU'), 'OPS-LAMP');
  await user.click(within(dialog).getByRole('radio', { name: 'Exchange' }));
  await user.click(within(dialog).getByRole('combobox', { name: 'Reason' }));
  await user.click(await screen.findByRole('option', { name: 'Defective' }));
}

describe('Return requests', () => {
  it('lists the requests newest first and filters them by status', async () => {
    signInAs(agent);
    seedCustomerReturns(
      mockCustomerReturn({ orderNumber: '111-OLDER', requestedAt: '2030-11-01T10:00:00Z' }),
      mockCustomerReturn({ orderNumber: '111-NEWER', status: 'Approved', requestedAt: '2030-11-03T10:00:00Z' }),
    );
    const { user } = renderApp('/service/returns');

    await screen.findByRole('row', { name: /111-OLDER/ }, { timeout: 15_000 });
    const rows = screen.getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getAllByRole('link')[0]?.textContent)).toEqual(['111-NEWER', '111-OLDER']);
    await user.click(screen.getByRole('combobox', { name: 'Status' }));
    await user.click(await screen.findByRole('option', { name: 'Approved' }));

    await screen.findByRole('row', { name: /111-NEWER/ });
    expect(screen.queryByRole('row', { name: /111-OLDER/ })).not.toBeInTheDocument();
  });

  it('requests an exchange for a delivered order and opens it with the window and the order timeline', async () => {
    signInAs(agent);
    seedOrderTimeline({ orderNumber: '111-2222222-3333333' });
    const { user } = renderApp('/service/returns');

    await user.click(await screen.findByRole('button', { name: 'Request a return' }, { timeout: 15_000 }));
    const dialog = await findDialog('Request a return or exchange');
    await fillRequest(user, dialog, '111-2222222-3333333');
    await user.click(within(dialog).getByRole('button', { name: 'Request' }));

    expect(await screen.findByRole('heading', { name: 'Return of OPS-LAMP from 111-2222222-3333333' }, { timeout: 15_000 })).toBeInTheDocument();
    expect(screen.getByText('Exchange')).toBeInTheDocument();
    expect(screen.getByText(/reported by logistics/)).toBeInTheDocument();
    expect(screen.getByText('30 days, until 24 Nov 2030')).toBeInTheDocument();
    expect(await screen.findByText('Shipped by UPS, tracking 1Z999')).toBeInTheDocument();
    expect(screen.getByText('Delivered to the door')).toBeInTheDocument();
    expect(screen.getByText('Delivered on time')).toBeInTheDocument();
  });

  it('shows the window refusal in the form when the customer received the order too long ago', async () => {
    signInAs(agent);
    const { user } = renderApp('/service/returns');

    await user.click(await screen.findByRole('button', { name: 'Request a return' }, { timeout: 15_000 }));
    const dialog = await findDialog('Request a return or exchange');
    await fillRequest(user, dialog, '111-UNKNOWN');
    await user.type(within(dialog).getByLabelText('Delivered on'), '2030-09-01{Enter}');
    await user.click(within(dialog).getByRole('button', { name: 'Request' }));

    expect(await within(dialog).findByText(/Code: return\.outside_return_window/, {}, { timeout: 10_000 })).toBeInTheDocument();
    expect(screen.getByRole('dialog')).toBeInTheDocument();
  });

  it('asks for the delivery date when service does not know the delivery', async () => {
    signInAs(agent);
    const { user } = renderApp('/service/returns');

    await user.click(await screen.findByRole('button', { name: 'Request a return' }, { timeout: 15_000 }));
    const dialog = await findDialog('Request a return or exchange');
    await fillRequest(user, dialog, '111-UNKNOWN');
    await user.click(within(dialog).getByRole('button', { name: 'Request' }));

    expect(await within(dialog).findByText(/Code: return\.delivery_unknown/, {}, { timeout: 10_000 })).toBeInTheDocument();
  });

  it('shows the requests but no request button to an auditor', async () => {
    signInAs(auditor);
    seedCustomerReturns(mockCustomerReturn({ orderNumber: '111-SEEN' }));
    renderApp('/service/returns');

    expect(await screen.findByRole('row', { name: /111-SEEN/ }, { timeout: 15_000 })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Request a return' })).not.toBeInTheDocument();
  });
});
