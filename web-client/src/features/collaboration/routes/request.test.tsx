import { aUser } from '@/testing/mocks/data';
import { answerElsewhere, mockCollaborationRequest, seedCollaborationRequests } from '@/testing/mocks/handlers/collaboration';
import { findDialog, renderApp, screen, signInAs, waitFor, within } from '@/testing/test-utils';

const manager = aUser({ email: 'ops-manager@demo.ops', displayName: 'Manager', roles: ['ops-manager'] });
const raiser = aUser({ email: 'service@demo.ops', displayName: 'Service', roles: ['service'] });
const owner = aUser({ email: 'logistics@demo.ops', displayName: 'Logistics', roles: ['logistics'] });
const colleague = aUser({ email: 'logistics2@demo.ops', displayName: 'Another logistician', roles: ['logistics'] });
const auditor = aUser({ email: 'auditor@demo.ops', displayName: 'Auditor', roles: ['auditor'] });

const response = { approved: true, reason: null, inTime: true, businessHours: 2, respondedBy: 'ops-manager@demo.ops', respondedAt: '2030-11-04T16:00:00Z' };
const met = { withinHours: 24, warnAt: '2030-11-06T16:12:00Z', dueAt: '2030-11-07T14:00:00Z', state: 'Met', warnedAt: null, breachedAt: null, metAt: '2030-11-04T16:00:00Z', isOpen: false } as const;
type Overrides = Parameters<typeof mockCollaborationRequest>[0];
const withOwner: Overrides = { status: 'Approved', helpingDepartment: 'logistics', owner: 'logistics@demo.ops', response, responseDeadline: met, deadlineState: 'Met', urgencyRank: 3 };
const resolved: Overrides = {
  ...withOwner, status: 'Resolved', entries: [{ kind: 'Result', text: 'Repacked with corner guards.', by: 'logistics@demo.ops', at: '2030-11-05T10:00:00Z' }],
};
const closed = () => waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
const open = async (overrides: Overrides = {}) => {
  const request = mockCollaborationRequest(overrides);
  seedCollaborationRequests(request);
  const rendered = renderApp(`/service/collaboration/${request.id}`);
  await screen.findByRole('heading', { name: 'Collaboration request' }, { timeout: 15_000 });
  return rendered;
};

describe('Collaboration request page', () => {
  it('lets a manager approve a raised request, naming the helping department and the owner: the answer stops its clock', async () => {
    signInAs(manager);
    const { user } = await open();
    expect(screen.getByText(/left$/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Approve' }));
    const dialog = await findDialog('Approve: who helps');
    expect(within(dialog).getByLabelText('Helping department')).toHaveValue('logistics'); // the department asked for
    await user.type(within(dialog).getByLabelText('Owner'), 'logistics@demo.ops');
    await user.click(within(dialog).getByRole('button', { name: 'Approve' }));
    await closed();

    expect(await screen.findByText('Approved by ops-manager@demo.ops')).toBeInTheDocument();
    expect(screen.getByText('Answered in time (3.5 business hours)')).toBeInTheDocument();
    expect(screen.getByText('logistics@demo.ops')).toBeInTheDocument();
    expect(screen.getByText('Met')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Approve' })).not.toBeInTheDocument();
  });

  it('lets a manager decline, and why', async () => {
    signInAs(manager);
    const { user } = await open();

    await user.click(screen.getByRole('button', { name: 'Decline' }));
    const dialog = await findDialog('Decline the request: why');
    await user.type(within(dialog).getByLabelText('Reason'), 'Handled by the carrier claim instead.');
    await user.click(within(dialog).getByRole('button', { name: 'Decline' }));
    await closed();

    expect(await screen.findByText('Declined by ops-manager@demo.ops')).toBeInTheDocument();
    expect(screen.getByText('Handled by the carrier claim instead.')).toBeInTheDocument();
  });

  it('shows the refusal in the dialog when another manager answered meanwhile', async () => {
    signInAs(manager);
    const request = mockCollaborationRequest();
    seedCollaborationRequests(request);
    const { user } = renderApp(`/service/collaboration/${request.id}`);

    await user.click(await screen.findByRole('button', { name: 'Decline' }, { timeout: 15_000 }));
    const dialog = await findDialog('Decline the request: why');
    await user.type(within(dialog).getByLabelText('Reason'), 'Not ours.');
    answerElsewhere(request.id);
    await user.click(within(dialog).getByRole('button', { name: 'Decline' }));

    expect(await within(dialog).findByText('Only a newly raised request is approved or declined.')).toBeInTheDocument();
  });

  it('lets the owner post progress and then the result', async () => {
    signInAs(owner);
    const { user } = await open(withOwner);

    await user.click(screen.getByRole('button', { name: 'Post progress' }));
    const progress = await findDialog('Progress on the request');
    await user.type(within(progress).getByLabelText('Progress'), 'Carrier contacted.');
    await user.click(within(progress).getByRole('button', { name: 'Post' }));
    await closed();
    expect(await screen.findByText('Carrier contacted.')).toBeInTheDocument();
    expect(screen.getByText('In progress')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Report result' }));
    const result = await findDialog('The result');
    await user.type(within(result).getByLabelText('Result'), 'Repacked with corner guards.');
    await user.click(within(result).getByRole('button', { name: 'Report result' }));
    await closed();
    expect(await screen.findByText('Repacked with corner guards.')).toBeInTheDocument();
    expect(screen.getByText('Resolved')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Post progress' })).not.toBeInTheDocument();
  });

  it('shows a colleague of the owner the request without the owner’s buttons', async () => {
    signInAs(colleague);
    await open(withOwner);

    expect(screen.queryByRole('button', { name: 'Post progress' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Report result' })).not.toBeInTheDocument();
  });

  it('lets whoever raised it confirm the result with the two ratings', async () => {
    signInAs(raiser);
    const { user } = await open(resolved);

    await user.click(screen.getByRole('button', { name: 'Confirm' }));
    const dialog = await findDialog('Confirm the result and assess the help');
    await user.click(within(dialog).getByRole('button', { name: 'Confirm' }));
    expect(await within(dialog).findAllByText('Give a rating')).toHaveLength(2);
    const stars = within(dialog).getAllByRole('radio');
    await user.click(stars[3] as HTMLElement); // cooperation 4
    await user.click(stars[9] as HTMLElement); // effect 5
    await user.click(within(dialog).getByRole('button', { name: 'Confirm' }));
    await closed();

    expect(await screen.findByText('4 / 5')).toBeInTheDocument();
    expect(screen.getByText('5 / 5')).toBeInTheDocument();
    expect(screen.getByText('Confirmed')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Confirm' })).not.toBeInTheDocument();
  });

  it('lets whoever raised it reopen the request with what more is needed: it is back with the owner', async () => {
    signInAs(raiser);
    const { user } = await open(resolved);

    await user.click(screen.getByRole('button', { name: 'Reopen' }));
    const dialog = await findDialog('Not content: what more is needed');
    await user.type(within(dialog).getByLabelText('Further requests'), 'Also brief the night shift.');
    await user.click(within(dialog).getByRole('button', { name: 'Reopen' }));
    await closed();

    expect(await screen.findByText('Also brief the night shift.')).toBeInTheDocument();
    expect(screen.getByText('Reopened')).toBeInTheDocument();
  });

  it('shows an auditor a resolved request and its timeline without any action', async () => {
    signInAs(auditor);
    await open(resolved);

    expect(await screen.findByText('Collaboration request raised')).toBeInTheDocument();
    for (const name of ['Approve', 'Decline', 'Post progress', 'Report result', 'Confirm', 'Reopen'])
      expect(screen.queryByRole('button', { name })).not.toBeInTheDocument();
  });

  it('says when the request does not exist', async () => {
    signInAs(manager);
    renderApp(`/service/collaboration/${crypto.randomUUID()}`);

    expect(await screen.findByText('This collaboration request does not exist', {}, { timeout: 15_000 })).toBeInTheDocument();
  });
});
