import { aUser } from '@/testing/mocks/data';
import { retireAnswerElsewhere, seedAnswer } from '@/testing/mocks/handlers/answers';
import { findDialog, renderApp, screen, signInAs, waitFor, within } from '@/testing/test-utils';

const agent = aUser({ email: 'service@demo.ops', displayName: 'Service', roles: ['service'] });
const manager = aUser({ email: 'ops-manager@demo.ops', displayName: 'Manager', roles: ['ops-manager'] });
const auditor = aUser({ email: 'auditor@demo.ops', displayName: 'Auditor', roles: ['auditor'] });

describe('Standard answer page', () => {
  it("editing an approved answer keeps the approved words and shows the pending draft beside them; the manager's approval makes it the cited version", async () => {
    signInAs(manager);
    const answer = seedAnswer({ englishText: 'Your parcel is on its way.' });
    const { user } = renderApp(`/service/answers/${answer.id}`);

    await user.click(await screen.findByRole('button', { name: 'Edit' }, { timeout: 15_000 }));
    const dialog = await findDialog('Change the answer’s words');
    const english = within(dialog).getByLabelText('English text (the customer reads this)');
    await user.clear(english);
    await user.type(english, 'Your parcel arrives within two days.');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

    expect(await screen.findByText('Pending draft (version 2)')).toBeInTheDocument();
    expect(screen.getByText('Approved, cited now (version 1)')).toBeInTheDocument();
    expect(screen.getByText('Your parcel is on its way.')).toBeInTheDocument();
    expect(screen.getByText('Your parcel arrives within two days.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Approve' }));
    expect(await screen.findByText('Words (version 2)')).toBeInTheDocument();
    expect(screen.queryByText('Your parcel is on its way.')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Approve' })).not.toBeInTheDocument();
  });

  it('an agent edits but neither approves nor retires', async () => {
    signInAs(agent);
    const answer = seedAnswer({ status: 'Draft', approvedBy: null, approvedAt: null });
    renderApp(`/service/answers/${answer.id}`);

    expect(await screen.findByRole('button', { name: 'Edit' }, { timeout: 15_000 })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Approve' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Retire' })).not.toBeInTheDocument();
  });

  it('shows the refusal in the edit form when the answer was retired meanwhile', async () => {
    signInAs(agent);
    const answer = seedAnswer();
    const { user } = renderApp(`/service/answers/${answer.id}`);

    await user.click(await screen.findByRole('button', { name: 'Edit' }, { timeout: 15_000 }));
    const dialog = await findDialog('Change the answer’s words');
    retireAnswerElsewhere(answer.id);
    await user.type(within(dialog).getByLabelText('Question'), ' Really?');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    expect(await within(dialog).findByText(/Code: answer\.retired_cannot_be_edited/)).toBeInTheDocument();
  });

  it('the manager retires an approved answer with the reason', async () => {
    signInAs(manager);
    const answer = seedAnswer();
    const { user } = renderApp(`/service/answers/${answer.id}`);

    await user.click(await screen.findByRole('button', { name: 'Retire' }, { timeout: 15_000 }));
    const dialog = await findDialog('Retire the answer: why it may no longer be cited');
    await user.type(within(dialog).getByRole('textbox'), 'Carrier changed.');
    await user.click(within(dialog).getByRole('button', { name: 'Retire' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await screen.findByText(/Carrier changed\./)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Edit' })).not.toBeInTheDocument();
  });

  it('shows an auditor the answer and its history without any change', async () => {
    signInAs(auditor);
    const answer = seedAnswer({ status: 'Draft', approvedBy: null, approvedAt: null });
    renderApp(`/service/answers/${answer.id}`);

    expect(await screen.findByRole('heading', { name: answer.question }, { timeout: 15_000 })).toBeInTheDocument();
    expect(await screen.findByText('Standard answer drafted')).toBeInTheDocument();
    for (const name of ['Edit', 'Approve', 'Retire']) expect(screen.queryByRole('button', { name })).not.toBeInTheDocument();
  });
});
