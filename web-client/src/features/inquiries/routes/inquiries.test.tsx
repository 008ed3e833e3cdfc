import { aUser } from '@/testing/mocks/data';
import { mockInquiry, seedInquiries } from '@/testing/mocks/handlers/inquiries';
import { findDialog, renderApp, screen, signInAs, within } from '@/testing/test-utils';

const agent = aUser({ email: 'service@demo.ops', displayName: 'Service', roles: ['service'] });
const auditor = aUser({ email: 'auditor@demo.ops', displayName: 'Auditor', roles: ['auditor'] });

const clock = (state: 'Running' | 'Warned' | 'Breached' | 'Met', dueAt: string) =>
  ({ withinMinutes: 60, warnAt: dueAt, dueAt, state, warnedAt: null, breachedAt: null, respondedInTime: null }) as const;

describe('Service inbox', () => {
  beforeEach(() => {
    seedInquiries(
      mockInquiry({ message: { ...mockInquiry().message, subject: 'LATER' }, ourDeadline: clock('Running', '2099-11-06T14:00:00Z'), urgencyRank: 2, firstDueAt: '2099-11-06T14:00:00Z' }),
      mockInquiry({
        message: { ...mockInquiry().message, subject: 'AMAZON-SOON' },
        channel: 'AmazonBuyerMessage',
        ourDeadline: clock('Running', '2099-11-07T14:00:00Z'),
        amazonDeadline: { ...clock('Warned', '2099-11-05T14:00:00Z'), withinMinutes: 1440 },
        deadlineState: 'Warned',
        urgencyRank: 1,
        firstDueAt: '2099-11-05T14:00:00Z',
      }),
      mockInquiry({ message: { ...mockInquiry().message, subject: 'LATE' }, ourDeadline: clock('Breached', '2020-11-05T14:00:00Z'), deadlineState: 'Breached', urgencyRank: 0, firstDueAt: '2020-11-05T14:00:00Z' }),
      mockInquiry({ message: { ...mockInquiry().message, subject: 'ANSWERED' }, status: 'Responded', ourDeadline: clock('Met', '2020-11-05T14:00:00Z'), deadlineState: 'Met', urgencyRank: 3 }),
    );
  });

  it('lists open inquiries breached first, then warned, then by time left, with both clocks', async () => {
    signInAs(agent);
    renderApp('/service/inquiries');

    await screen.findByRole('row', { name: /AMAZON-SOON/ }, { timeout: 15_000 });
    const rows = screen.getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getAllByRole('link')[0]?.textContent)).toEqual(['LATE', 'AMAZON-SOON', 'LATER']);
    const [late, amazon] = rows as [HTMLElement, HTMLElement];
    expect(within(late).getByText('Breached')).toHaveClass('ant-tag-red');
    expect(within(late).getByText(/overdue by/)).toBeInTheDocument();
    // Amazon's clock warns before ours: both are shown, each labelled.
    expect(within(amazon).getByText('Amazon')).toBeInTheDocument();
    expect(within(amazon).getByText('Warned')).toHaveClass('ant-tag-orange');
    expect(within(amazon).getByText('Ours')).toBeInTheDocument();
    expect(screen.queryByRole('row', { name: /ANSWERED/ })).not.toBeInTheDocument();
  });

  it('filters by deadline state', async () => {
    signInAs(agent);
    const { user } = renderApp('/service/inquiries');

    await screen.findByRole('row', { name: /LATER/ }, { timeout: 15_000 });
    await user.click(screen.getByRole('combobox', { name: 'Deadline' }));
    await user.click(await screen.findByRole('option', { name: 'Breached' }));

    await screen.findByRole('row', { name: /LATE/ });
    expect(screen.queryByRole('row', { name: /LATER/ })).not.toBeInTheDocument();
  });

  it('records a phone inquiry and opens it with its clock running', async () => {
    signInAs(agent);
    const { user } = renderApp('/service/inquiries');

    await user.click(await screen.findByRole('button', { name: 'Record inquiry' }, { timeout: 15_000 }));
    const dialog = await findDialog('Record an inquiry');
    await user.type(within(dialog).getByLabelText('Customer name'), 'John Roe');
    await user.type(within(dialog).getByLabelText('Subject'), 'Does it fit a 10 cm socket?');
    await user.type(within(dialog).getByLabelText('Message'), 'Asking before I buy.');
    await user.click(within(dialog).getByRole('button', { name: 'Record' }));

    expect(await screen.findByRole('heading', { name: 'Does it fit a 10 cm socket?' }, { timeout: 15_000 })).toBeInTheDocument();
    expect(screen.getByText('Not an Amazon buyer message')).toBeInTheDocument();
  });

  it("puts the server's field errors on the form's fields", async () => {
    signInAs(agent);
    const { user } = renderApp('/service/inquiries');

    await user.click(await screen.findByRole('button', { name: 'Record inquiry' }, { timeout: 15_000 }));
    const dialog = await findDialog('Record an inquiry');
    await user.type(within(dialog).getByLabelText('Customer name'), 'John Roe');
    await user.type(within(dialog).getByLabelText('E-mail'), 'not-an-address');
    await user.type(within(dialog).getByLabelText('Subject'), 'Hello');
    await user.type(within(dialog).getByLabelText('Message'), 'Hi');
    await user.click(within(dialog).getByRole('button', { name: 'Record' }));

    expect(await within(dialog).findByText("'Email' is not a valid email address.", {}, { timeout: 10_000 })).toBeInTheDocument();
    expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows the inbox but no record button to an auditor', async () => {
    signInAs(auditor);
    renderApp('/service/inquiries');

    expect(await screen.findByRole('row', { name: /LATER/ }, { timeout: 15_000 })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Record inquiry' })).not.toBeInTheDocument();
  });
});
