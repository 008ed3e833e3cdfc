import { aUser } from '@/testing/mocks/data';
import { mockComplaint, resolveComplaintElsewhere, seedComplaints } from '@/testing/mocks/handlers/complaints';
import { findDialog, renderApp, screen, signInAs, waitFor, within } from '@/testing/test-utils';

const agent = aUser({ email: 'service@demo.ops', displayName: 'Service', roles: ['service'] });
const auditor = aUser({ email: 'auditor@demo.ops', displayName: 'Auditor', roles: ['auditor'] });
const heading = { name: 'Complaint on 111-0000001-0000001 · Jane Doe' };
const closed = () => waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

describe('Complaint page', () => {
  it('acknowledges the customer, then escalates to a department: the escalation links to the collaboration request it raised', async () => {
    signInAs(agent);
    const complaint = mockComplaint();
    seedComplaints(complaint);
    const { user } = renderApp(`/service/complaints/${complaint.id}`);

    expect(await screen.findByRole('heading', heading, { timeout: 15_000 })).toBeInTheDocument();
    expect(screen.getAllByText(/left$/)).toHaveLength(2); // both clocks run
    expect(screen.queryByRole('button', { name: 'Escalate' })).not.toBeInTheDocument(); // acknowledge first

    await user.click(screen.getByRole('button', { name: 'Acknowledge' }));
    const acknowledge = await findDialog('Acknowledge the customer (note optional)');
    await user.type(within(acknowledge).getByLabelText('Note'), 'Apologised on the phone.');
    await user.click(within(acknowledge).getByRole('button', { name: 'Acknowledge' }));
    await closed();
    expect(await screen.findByText(/Apologised on the phone\./)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Escalate' }));
    const escalate = await findDialog('Escalate to the responsible department');
    await user.type(within(escalate).getByLabelText('Department'), 'logistics');
    await user.type(within(escalate).getByLabelText('Assistance needed'), 'Send a replacement today.');
    await user.type(within(escalate).getByLabelText('Expected resolution date'), '2030-11-10{Enter}');
    await user.click(within(escalate).getByRole('button', { name: 'Escalate' }));
    await closed();

    expect(await screen.findByText('Escalated to logistics')).toBeInTheDocument();
    expect(screen.getByText('Escalated in time')).toBeInTheDocument();
    expect(screen.getAllByText(/left$/)).toHaveLength(1); // the escalation clock stopped; the resolution clock runs on
    await user.click(screen.getByRole('link', { name: 'Open the collaboration request' }));
    expect(await screen.findByRole('heading', { name: 'Collaboration request' }, { timeout: 15_000 })).toBeInTheDocument();
    expect(screen.getByText('Send a replacement today.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Open the complaint that raised it' })).toBeInTheDocument();
  });

  it('resolves with the result told to the customer, records them satisfied and closes it', async () => {
    signInAs(agent);
    const complaint = mockComplaint({ status: 'Escalated' });
    seedComplaints(complaint);
    const { user } = renderApp(`/service/complaints/${complaint.id}`);

    await user.click(await screen.findByRole('button', { name: 'Resolve' }, { timeout: 15_000 }));
    const resolve = await findDialog('Resolve: what the customer is told');
    await user.type(within(resolve).getByLabelText('Result told to the customer'), 'A new lamp ships today.');
    await user.click(within(resolve).getByRole('button', { name: 'Resolve' }));
    await closed();
    expect(await screen.findByText('A new lamp ships today.')).toBeInTheDocument();
    expect(screen.getByText('Handled in time')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Customer satisfied' }));
    const confirm = await findDialog('The customer is satisfied (their comment optional)');
    await user.click(within(confirm).getByRole('button', { name: 'Customer satisfied' }));
    await closed();
    expect(await screen.findByText('The customer is satisfied')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(await screen.findByText('Closed')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Close' })).not.toBeInTheDocument();
  });

  it('reopens a resolved complaint when the customer is not satisfied, and why', async () => {
    signInAs(agent);
    const complaint = mockComplaint({
      status: 'Resolved', atWork: false, handledInTime: true, deadlineState: 'Met', urgencyRank: 3,
      resolutions: [{ round: 1, result: 'A refund is on its way.', inTime: true, resolvedBy: 'service@demo.ops', resolvedAt: '2030-11-04T15:00:00Z' }],
    });
    seedComplaints(complaint);
    const { user } = renderApp(`/service/complaints/${complaint.id}`);

    await user.click(await screen.findByRole('button', { name: 'Not satisfied: reopen' }, { timeout: 15_000 }));
    const reopen = await findDialog('The customer is not satisfied: why');
    await user.type(within(reopen).getByLabelText('Reason'), 'They want a replacement, not a refund.');
    await user.click(within(reopen).getByRole('button', { name: 'Not satisfied: reopen' }));
    await closed();

    expect(await screen.findByText('The customer is not satisfied')).toBeInTheDocument();
    expect(screen.getByText('They want a replacement, not a refund.')).toBeInTheDocument();
    expect(screen.getByText('Reopened')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Escalate' })).toBeInTheDocument(); // back at work
  });

  it('shows the refusal in the dialog when another agent resolved it meanwhile', async () => {
    signInAs(agent);
    const complaint = mockComplaint({ status: 'Acknowledged' });
    seedComplaints(complaint);
    const { user } = renderApp(`/service/complaints/${complaint.id}`);

    await user.click(await screen.findByRole('button', { name: 'Resolve' }, { timeout: 15_000 }));
    const resolve = await findDialog('Resolve: what the customer is told');
    await user.type(within(resolve).getByLabelText('Result told to the customer'), 'Refunded.');
    resolveComplaintElsewhere(complaint.id);
    await user.click(within(resolve).getByRole('button', { name: 'Resolve' }));

    expect(await within(resolve).findByText(/only an acknowledged, escalated or reopened complaint is worked on/)).toBeInTheDocument();
  });

  it('shows an auditor the complaint and its timeline without any action', async () => {
    signInAs(auditor);
    const complaint = mockComplaint({ status: 'Acknowledged' });
    seedComplaints(complaint);
    renderApp(`/service/complaints/${complaint.id}`);

    expect(await screen.findByText('Complaint registered', {}, { timeout: 15_000 })).toBeInTheDocument();
    expect(screen.getByText('The lamp arrived broken.')).toBeInTheDocument();
    for (const name of ['Acknowledge', 'Escalate', 'Resolve', 'Close']) expect(screen.queryByRole('button', { name })).not.toBeInTheDocument();
  });

  it('says when the complaint does not exist', async () => {
    signInAs(agent);
    renderApp(`/service/complaints/${crypto.randomUUID()}`);

    expect(await screen.findByText('This complaint does not exist', {}, { timeout: 15_000 })).toBeInTheDocument();
  });
});
