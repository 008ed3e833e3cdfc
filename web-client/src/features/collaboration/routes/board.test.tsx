import { aUser } from '@/testing/mocks/data';
import { mockCollaborationRequest, seedCollaborationRequests } from '@/testing/mocks/handlers/collaboration';
import { renderApp, screen, signInAs, waitFor, within } from '@/testing/test-utils';

const agent = aUser({ email: 'service@demo.ops', displayName: 'Service', roles: ['service'] });
const auditor = aUser({ email: 'auditor@demo.ops', displayName: 'Auditor', roles: ['auditor'] });

type State = 'Running' | 'Warned' | 'Breached' | 'Met';
const clock = (state: State, dueAt: string) =>
  ({ withinHours: 24, warnAt: dueAt, dueAt, state, warnedAt: null, breachedAt: null, metAt: state === 'Met' ? dueAt : null, isOpen: state === 'Running' || state === 'Warned' }) as const;
const response = { approved: true, reason: null, inTime: true, businessHours: 2, respondedBy: 'ops-manager@demo.ops', respondedAt: '2030-11-04T16:00:00Z' };

const cards = (column: string) => within(screen.getByRole('region', { name: column })).queryAllByRole('listitem');

describe('Collaboration board', () => {
  beforeEach(() => {
    seedCollaborationRequests(
      mockCollaborationRequest({ problem: 'LATER: labels misprinted', responseDeadline: clock('Running', '2099-11-08T14:00:00Z') }),
      mockCollaborationRequest({
        problem: 'LATE: listing photos wrong', raisingDepartment: 'listing', requestedDepartment: 'product',
        responseDeadline: clock('Breached', '2020-11-05T14:00:00Z'), deadlineState: 'Breached', urgencyRank: 0,
      }),
      mockCollaborationRequest({
        problem: 'WORKING: crushed parcels', status: 'InProgress', helpingDepartment: 'logistics', owner: 'logistics@demo.ops',
        responseDeadline: clock('Met', '2030-11-05T14:00:00Z'), deadlineState: 'Met', urgencyRank: 3, response,
      }),
    );
  });

  it('shows the requests in columns by status, unanswered ones by time left, each card with problem, departments, owner and response clock', async () => {
    signInAs(agent);
    renderApp('/service/collaboration');

    await screen.findByText('LATER: labels misprinted', {}, { timeout: 15_000 });
    const regions = screen.getAllByRole('region').map((r) => r.getAttribute('aria-label'));
    expect(regions).toEqual(['Raised', 'Approved', 'In progress', 'Reopened', 'Resolved', 'Confirmed', 'Declined']);

    const [late, later] = cards('Raised') as [HTMLElement, HTMLElement];
    expect(cards('Raised')).toHaveLength(2);
    expect(within(late).getByText('LATE: listing photos wrong')).toBeInTheDocument();
    expect(within(late).getByText('listing → product')).toBeInTheDocument();
    expect(within(late).getByText('No owner yet')).toBeInTheDocument();
    expect(within(late).getByText('Breached')).toHaveClass('ant-tag-red');
    expect(within(late).getByText(/^overdue by/)).toBeInTheDocument();
    expect(within(later).getByText('Running')).toHaveClass('ant-tag-blue');
    expect(within(later).getByText(/left$/)).toBeInTheDocument();

    const [working] = cards('In progress') as [HTMLElement];
    expect(within(working).getByText('customer-service → logistics')).toBeInTheDocument();
    expect(within(working).getByText('Owner: logistics@demo.ops')).toBeInTheDocument();
    expect(within(working).getByText('Met')).toHaveClass('ant-tag-green');
    expect(within(working).getByText(/^answered in time/)).toBeInTheDocument();
    expect(cards('Approved')).toHaveLength(0);
  });

  it('filters the board by response deadline state', async () => {
    signInAs(agent);
    const { user } = renderApp('/service/collaboration');

    await screen.findByText('LATER: labels misprinted', {}, { timeout: 15_000 });
    await user.click(screen.getByRole('combobox', { name: 'Response deadline' }));
    await user.click(await screen.findByRole('option', { name: 'Breached' }));

    await waitFor(() => expect(screen.queryByText('LATER: labels misprinted')).not.toBeInTheDocument());
    expect(screen.getByText('LATE: listing photos wrong')).toBeInTheDocument();
    expect(screen.queryByText('WORKING: crushed parcels')).not.toBeInTheDocument();
  });

  it('opens a request from its card; an auditor sees the board and the request without any action', async () => {
    signInAs(auditor);
    const { user } = renderApp('/service/collaboration');

    await user.click(await screen.findByText('LATE: listing photos wrong', {}, { timeout: 15_000 }));
    expect(await screen.findByRole('heading', { name: 'Collaboration request' }, { timeout: 15_000 })).toBeInTheDocument();
    expect(screen.getByText('Check the carrier’s handling and repack.')).toBeInTheDocument();
    for (const name of ['Approve', 'Decline']) expect(screen.queryByRole('button', { name })).not.toBeInTheDocument();
  });
});
