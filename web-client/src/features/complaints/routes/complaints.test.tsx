import { aUser } from '@/testing/mocks/data';
import { mockComplaint, seedComplaints } from '@/testing/mocks/handlers/complaints';
import { findDialog, findRow, renderApp, screen, signInAs, waitFor, within } from '@/testing/test-utils';

const agent = aUser({ email: 'service@demo.ops', displayName: 'Service', roles: ['service'] });
const auditor = aUser({ email: 'auditor@demo.ops', displayName: 'Auditor', roles: ['auditor'] });

type State = 'Running' | 'Warned' | 'Breached' | 'Met';
const clock = (state: State, dueAt: string, withinHours = 2) =>
  ({ withinHours, warnAt: dueAt, dueAt, state, warnedAt: null, breachedAt: null, metAt: state === 'Met' ? dueAt : null, isOpen: state === 'Running' || state === 'Warned' }) as const;

describe('Complaints queue', () => {
  beforeEach(() => {
    seedComplaints(
      mockComplaint({
        orderNumber: 'LATER', escalationDeadline: clock('Running', '2099-11-06T14:00:00Z'), resolutionDeadline: clock('Running', '2099-11-20T14:00:00Z', 48),
        urgencyRank: 2, firstDueAt: '2099-11-06T14:00:00Z',
      }),
      mockComplaint({
        orderNumber: 'DONE', status: 'Resolved', atWork: false, escalationDeadline: clock('Met', '2020-11-05T14:00:00Z'),
        resolutionDeadline: clock('Met', '2020-11-07T14:00:00Z', 48), deadlineState: 'Met', urgencyRank: 3, firstDueAt: '2020-11-07T14:00:00Z', handledInTime: true,
      }),
      mockComplaint({
        orderNumber: 'WARNED', status: 'Escalated', escalationDeadline: clock('Met', '2099-11-04T16:00:00Z'),
        resolutionDeadline: clock('Warned', '2099-11-05T14:00:00Z', 48), deadlineState: 'Warned', urgencyRank: 1, firstDueAt: '2099-11-05T14:00:00Z',
      }),
      mockComplaint({
        orderNumber: 'LATE', status: 'Acknowledged', escalationDeadline: clock('Breached', '2020-11-05T14:00:00Z'),
        resolutionDeadline: clock('Running', '2099-11-07T14:00:00Z', 48), deadlineState: 'Breached', urgencyRank: 0, firstDueAt: '2099-11-07T14:00:00Z',
      }),
    );
  });

  it('lists complaints at work breached first, then warned, then by time left, resolved last, with both clocks', async () => {
    signInAs(agent);
    renderApp('/service/complaints');

    await findRow('WARNED');
    const rows = screen.getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getAllByRole('link')[0]?.textContent)).toEqual(['LATE', 'WARNED', 'LATER', 'DONE']);
    const [late, warned, later, done] = rows as [HTMLElement, HTMLElement, HTMLElement, HTMLElement];
    // Not escalated in time: the escalation clock is breached and still owed, so it says by how much.
    expect(within(late).getByText('Breached')).toHaveClass('ant-tag-red');
    expect(within(late).getByText(/^overdue by/)).toBeInTheDocument();
    expect(within(late).getByText('Escalation')).toBeInTheDocument();
    expect(within(late).getByText('Resolution')).toBeInTheDocument();
    // Escalated in time; the resolution clock warns.
    expect(within(warned).getByText('Warned')).toHaveClass('ant-tag-orange');
    expect(within(warned).getByText(/^in time/)).toBeInTheDocument();
    expect(within(later).getAllByText(/left$/)).toHaveLength(2);
    expect(within(done).getAllByText('Met')).toHaveLength(2);
    expect(within(done).queryByText(/left$/)).not.toBeInTheDocument();
  });

  it('filters by deadline state and by status', async () => {
    signInAs(agent);
    const { user } = renderApp('/service/complaints');

    await findRow('LATER');
    await user.click(screen.getByRole('combobox', { name: 'Deadline' }));
    await user.click(await screen.findByRole('option', { name: 'Breached' }));
    await waitFor(() => expect(screen.queryByText('LATER')).not.toBeInTheDocument());
    expect(screen.getByText('LATE')).toBeInTheDocument();

    // Both filters apply together: no breached complaint is resolved.
    await user.click(screen.getByRole('combobox', { name: 'Status' }));
    await user.click(await screen.findByRole('option', { name: 'Resolved' }));
    expect(await screen.findByText('No complaints match these filters')).toBeInTheDocument();
  });

  it("registers a complaint, with the server's field error on its field first, and opens it with both clocks running", async () => {
    signInAs(agent);
    const { user } = renderApp('/service/complaints');

    await user.click(await screen.findByRole('button', { name: 'Register complaint' }, { timeout: 15_000 }));
    const dialog = await findDialog('Register a complaint');
    await user.click(within(dialog).getByRole('button', { name: 'Register' }));
    expect(await within(dialog).findAllByText('Required')).toHaveLength(4); // customer name, contact, order number, problem

    await user.type(within(dialog).getByLabelText('Customer name'), 'John Roe');
    await user.type(within(dialog).getByLabelText('Contact'), '+1 555 0100');
    await user.type(within(dialog).getByLabelText('Order number'), '111-2223334-4445556');
    await user.clear(within(dialog).getByLabelText('Marketplace'));
    await user.type(within(dialog).getByLabelText('Marketplace'), 'us');
    await user.type(within(dialog).getByLabelText('Problem'), 'The box was empty.');
    await user.click(within(dialog).getByRole('button', { name: 'Register' }));

    expect(await within(dialog).findByText('Marketplace is a 2-letter upper-case code, e.g. US.', {}, { timeout: 10_000 })).toBeInTheDocument();
    expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument();

    await user.clear(within(dialog).getByLabelText('Marketplace'));
    await user.type(within(dialog).getByLabelText('Marketplace'), 'US');
    await user.click(within(dialog).getByRole('button', { name: 'Register' }));

    expect(await screen.findByRole('heading', { name: 'Complaint on 111-2223334-4445556 · John Roe' }, { timeout: 15_000 })).toBeInTheDocument();
    expect(screen.getByText('The box was empty.')).toBeInTheDocument();
    expect(screen.getAllByText('Running')).toHaveLength(2);
  });

  it('shows an auditor the queue but no register button', async () => {
    signInAs(auditor);
    renderApp('/service/complaints');

    await findRow('LATER');
    expect(screen.queryByRole('button', { name: 'Register complaint' })).not.toBeInTheDocument();
  });
});
