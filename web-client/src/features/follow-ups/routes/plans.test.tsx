import { aUser } from '@/testing/mocks/data';
import { mockPlan, seedPlans } from '@/testing/mocks/handlers/follow-ups';
import { findDialog, renderApp, screen, signInAs, waitFor, within } from '@/testing/test-utils';

const agent = aUser({ email: 'service@demo.ops', displayName: 'Service', roles: ['service'] });
const auditor = aUser({ email: 'auditor@demo.ops', displayName: 'Auditor', roles: ['auditor'] });

describe('Follow-up plans', () => {
  it('lists plans by month with completion and average satisfaction, and filters by agent', async () => {
    signInAs(agent);
    seedPlans(
      mockPlan({ agent: 'amy@demo.ops', month: '2030-10', targetCustomers: 10, done: 5, completionPercent: 50, averageSatisfaction: 4.5 }),
      mockPlan({ agent: 'bob@demo.ops', month: '2030-11' }),
    );
    const { user } = renderApp('/service/follow-ups');

    const amy = await screen.findByRole('row', { name: /amy@demo\.ops/ }, { timeout: 15_000 });
    expect(within(amy).getByText('5 of 10')).toBeInTheDocument();
    expect(within(amy).getByText('50 %')).toBeInTheDocument();
    expect(within(amy).getByText('4.5 / 5')).toBeInTheDocument();
    expect(screen.getAllByRole('row').slice(1).map((r) => within(r).getByRole('link').textContent)).toEqual(['2030-11', '2030-10']);
    await user.type(screen.getByRole('searchbox', { name: 'Agent' }), 'bob@demo.ops{Enter}');

    await waitFor(() => expect(screen.queryByRole('row', { name: /amy@demo\.ops/ })).not.toBeInTheDocument());
  });

  it('plans a month and opens the plan', async () => {
    signInAs(agent);
    const { user } = renderApp('/service/follow-ups');

    await user.click(await screen.findByRole('button', { name: 'Plan a month' }, { timeout: 15_000 }));
    const dialog = await findDialog('Plan a month’s follow-ups');
    const month = within(dialog).getByLabelText('Month');
    await user.clear(month);
    await user.type(month, '2030-12');
    await user.click(within(dialog).getByRole('button', { name: 'Plan' }));

    expect(await screen.findByRole('heading', { name: 'Follow-ups of service@demo.ops in 2030-12' }, { timeout: 15_000 })).toBeInTheDocument();
    expect(screen.getByText('0 of 20')).toBeInTheDocument();
  });

  it('shows the refusal in the form when the agent already has a plan for the month', async () => {
    signInAs(agent);
    seedPlans(mockPlan({ agent: 'service@demo.ops', month: '2030-11' }));
    const { user } = renderApp('/service/follow-ups');

    await user.click(await screen.findByRole('button', { name: 'Plan a month' }, { timeout: 15_000 }));
    const dialog = await findDialog('Plan a month’s follow-ups');
    const month = within(dialog).getByLabelText('Month');
    await user.clear(month);
    await user.type(month, '2030-11');
    await user.click(within(dialog).getByRole('button', { name: 'Plan' }));

    expect(await within(dialog).findByText(/Code: follow_up\.plan_exists/, {}, { timeout: 10_000 })).toBeInTheDocument();
  });

  it('shows the plans but no plan button to an auditor', async () => {
    signInAs(auditor);
    seedPlans(mockPlan({ agent: 'amy@demo.ops' }));
    renderApp('/service/follow-ups');

    expect(await screen.findByRole('row', { name: /amy@demo\.ops/ }, { timeout: 15_000 })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Plan a month' })).not.toBeInTheDocument();
  });
});
