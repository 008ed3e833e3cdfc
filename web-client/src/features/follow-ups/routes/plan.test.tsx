import { aUser } from '@/testing/mocks/data';
import { mockPlan, seedPlans } from '@/testing/mocks/handlers/follow-ups';
import { findDialog, renderApp, screen, signInAs, waitFor, within } from '@/testing/test-utils';

const agent = aUser({ email: 'service@demo.ops', displayName: 'Service', roles: ['service'] });
const auditor = aUser({ email: 'auditor@demo.ops', displayName: 'Auditor', roles: ['auditor'] });

async function recordFollowUp(user: ReturnType<typeof renderApp>['user'], suggestion?: string) {
  await user.click(await screen.findByRole('button', { name: 'Record follow-up' }, { timeout: 15_000 }));
  const dialog = await findDialog('Record a follow-up');
  await user.type(within(dialog).getByLabelText('Customer'), 'Jane Doe');
  await user.type(within(dialog).getByLabelText('Experience with the product'), 'Works well.');
  // The method's three choices come first, then the five stars: the fourth star.
  await user.click(within(dialog).getAllByRole('radio')[6] as HTMLElement);
  if (suggestion) {
    await user.type(within(dialog).getByLabelText('Suggestion'), suggestion);
    await user.click(within(dialog).getByRole('combobox', { name: 'Suggestion category' }));
    await user.click(await screen.findByRole('option', { name: 'Packaging' }));
  }
  await user.click(within(dialog).getByRole('button', { name: 'Record' }));
  return dialog;
}

describe('Follow-up plan page', () => {
  it('records a follow-up with a suggestion: completion and satisfaction move, the suggestion becomes feedback', async () => {
    signInAs(agent);
    const plan = mockPlan({ targetCustomers: 4 });
    seedPlans(plan);
    const { user } = renderApp(`/service/follow-ups/${plan.id}`);

    await recordFollowUp(user, 'A sturdier box.');

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await screen.findByText('1 of 4')).toBeInTheDocument();
    expect(screen.getByText('25 %')).toBeInTheDocument();
    expect(screen.getByText('4 / 5', { selector: 'td' })).toBeInTheDocument();
    expect(screen.getByText('A sturdier box.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'feedback' })).toHaveAttribute('href', '/service/feedback');
  });

  it('shows the refusal in the form for a plan of another month', async () => {
    signInAs(agent);
    const plan = mockPlan({ month: '2030-09' });
    seedPlans(plan);
    const { user } = renderApp(`/service/follow-ups/${plan.id}`);

    const dialog = await recordFollowUp(user);

    expect(await within(dialog).findByText(/Code: follow_up\.outside_month/)).toBeInTheDocument();
  });

  it('shows an auditor the plan without the record button', async () => {
    signInAs(auditor);
    const plan = mockPlan();
    seedPlans(plan);
    renderApp(`/service/follow-ups/${plan.id}`);

    expect(await screen.findByRole('heading', { name: 'Follow-ups of service@demo.ops in 2030-11' }, { timeout: 15_000 })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Record follow-up' })).not.toBeInTheDocument();
  });
});
