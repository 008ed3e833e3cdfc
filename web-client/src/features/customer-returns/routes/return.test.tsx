import { aUser } from '@/testing/mocks/data';
import { decideElsewhere, inspectElsewhere, mockCustomerReturn, seedCustomerReturns, seedOrderTimeline } from '@/testing/mocks/handlers/customer-returns';
import { findDialog, renderApp, screen, signInAs, waitFor, within } from '@/testing/test-utils';

const agent = aUser({ email: 'service@demo.ops', displayName: 'Service', roles: ['service'] });
const auditor = aUser({ email: 'auditor@demo.ops', displayName: 'Auditor', roles: ['auditor'] });
const heading = 'Return of OPS-LAMP from 111-0000001-0000001';

describe('Return request page', () => {
  it('approves a requested return: the progress moves on and logistics is awaited; the order timeline is beside it', async () => {
    signInAs(agent);
    seedOrderTimeline();
    const r = mockCustomerReturn();
    seedCustomerReturns(r);
    const { user } = renderApp(`/service/returns/${r.id}`);

    expect(await screen.findByRole('heading', { name: heading }, { timeout: 15_000 })).toBeInTheDocument();
    expect(await screen.findByText('Lamp does not switch on')).toHaveAttribute('href', expect.stringContaining('/service/inquiries/'));
    await user.click(screen.getByRole('button', { name: 'Approve' }));

    expect(await screen.findByText('Approved: logistics takes the item back and reports what it found.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Approve' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Reject' })).not.toBeInTheDocument();
  });

  it('rejects with the reason the customer is told', async () => {
    signInAs(agent);
    const r = mockCustomerReturn();
    seedCustomerReturns(r);
    const { user } = renderApp(`/service/returns/${r.id}`);

    await user.click(await screen.findByRole('button', { name: 'Reject' }, { timeout: 15_000 }));
    const dialog = await findDialog('Reject the return: the reason the customer is told');
    await user.type(within(dialog).getByRole('textbox'), 'Used beyond testing.');
    await user.click(within(dialog).getByRole('button', { name: 'Reject' }));

    expect(await screen.findByText('Rejected: Used beyond testing.')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('shows the refusal in place when another agent decided it meanwhile', async () => {
    signInAs(agent);
    const r = mockCustomerReturn();
    seedCustomerReturns(r);
    const { user } = renderApp(`/service/returns/${r.id}`);

    await screen.findByRole('heading', { name: heading }, { timeout: 15_000 });
    decideElsewhere(r.id);
    await user.click(screen.getByRole('button', { name: 'Approve' }));

    expect(await screen.findByText(/Code: return\.already_decided/)).toBeInTheDocument();
  });

  it("shows logistics' inspection finding once it arrived, and says when service knows nothing of the order", async () => {
    signInAs(agent);
    const r = mockCustomerReturn({ status: 'Approved' });
    seedCustomerReturns(r);
    inspectElsewhere(r.id, { finding: 'QualityDefect', notes: 'Switch broken inside.', quantity: 1, inspectedAt: '2030-11-06T10:00:00Z' });
    renderApp(`/service/returns/${r.id}`);

    expect(await screen.findByText('Logistics inspected the return (quantity 1): quality defect', {}, { timeout: 15_000 })).toBeInTheDocument();
    expect(screen.getByText(/Switch broken inside\./)).toBeInTheDocument();
    expect(await screen.findByText('Service has heard nothing of this order yet.')).toBeInTheDocument();
  });

  it('shows an auditor the request without approve or reject', async () => {
    signInAs(auditor);
    const r = mockCustomerReturn();
    seedCustomerReturns(r);
    renderApp(`/service/returns/${r.id}`);

    expect(await screen.findByRole('heading', { name: heading }, { timeout: 15_000 })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Approve' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Reject' })).not.toBeInTheDocument();
  });
});
