import { aUser } from '@/testing/mocks/data';
import { mockInquiry, resolveElsewhere, seedAnswer, seedInquiries } from '@/testing/mocks/handlers/inquiries';
import { findDialog, renderApp, screen, signInAs, waitFor, within } from '@/testing/test-utils';

const agent = aUser({ email: 'service@demo.ops', displayName: 'Service', roles: ['service'] });
const auditor = aUser({ email: 'auditor@demo.ops', displayName: 'Auditor', roles: ['auditor'] });
const answered = {
  number: 1, text: 'It arrives tomorrow.', citedAnswer: null, stoppedClocks: true, respondedBy: 'service@demo.ops', respondedAt: '2030-11-04T14:30:00Z',
  review: null, timing: null,
};

describe('Inquiry page', () => {
  it('answers an open inquiry: the clocks stop, the answer joins the conversation and more can follow', async () => {
    signInAs(agent);
    const inquiry = mockInquiry({ channel: 'AmazonBuyerMessage', amazonDeadline: { ...mockInquiry().ourDeadline, withinMinutes: 1440 } });
    seedInquiries(inquiry);
    const { user } = renderApp(`/service/inquiries/${inquiry.id}`);

    expect(await screen.findByText('It has not arrived yet.', {}, { timeout: 15_000 })).toBeInTheDocument();
    expect(screen.getByText('The first answer stops both clocks.')).toBeInTheDocument();
    await user.type(screen.getByLabelText('Answer to the customer'), 'It arrives tomorrow.');
    await user.click(screen.getByRole('button', { name: 'Send answer' }));

    expect(await screen.findByText('It arrives tomorrow.')).toBeInTheDocument();
    expect(screen.getByText('First response')).toBeInTheDocument();
    expect(screen.getAllByText('Met')).toHaveLength(2);
    expect(screen.getAllByText(/^answered in time/)).toHaveLength(2);
    expect(screen.getByRole('button', { name: 'Send answer' })).toBeInTheDocument(); // a follow-up answer is still possible
    expect(screen.queryByText('The first answer stops both clocks.')).not.toBeInTheDocument();
  });

  it('fills the answer from an approved standard answer and cites it', async () => {
    signInAs(agent);
    const answer = seedAnswer({ question: 'Where is my order?', englishText: 'Your parcel is on its way.', answerVersion: 3 });
    const inquiry = mockInquiry();
    seedInquiries(inquiry);
    const { user } = renderApp(`/service/inquiries/${inquiry.id}`);

    await user.click(await screen.findByRole('combobox', { name: 'Standard answer' }, { timeout: 15_000 }));
    await user.click(await screen.findByRole('option', { name: answer.question }));
    expect(screen.getByLabelText('Answer to the customer')).toHaveValue('Your parcel is on its way.');
    expect(screen.getByText('Cites “Where is my order?” (version 3)')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Send answer' }));

    expect(await screen.findByText('Cites “Where is my order?” v3')).toBeInTheDocument();
  });

  it('shows the refusal when another agent resolved it meanwhile', async () => {
    signInAs(agent);
    const inquiry = mockInquiry();
    seedInquiries(inquiry);
    const { user } = renderApp(`/service/inquiries/${inquiry.id}`);

    await user.type(await screen.findByLabelText('Answer to the customer', {}, { timeout: 15_000 }), 'Second.');
    resolveElsewhere(inquiry.id);
    await user.click(screen.getByRole('button', { name: 'Send answer' }));

    expect(await screen.findByText(/takes no response; reopen it first/)).toBeInTheDocument();
  });

  it('resolves an answered inquiry, closes it, and reopens it when the customer writes again', async () => {
    signInAs(agent);
    const inquiry = mockInquiry({ status: 'Responded', deadlineState: 'Met', urgencyRank: 3 });
    seedInquiries(inquiry);
    const { user } = renderApp(`/service/inquiries/${inquiry.id}`);

    await user.click(await screen.findByRole('button', { name: 'Resolve' }, { timeout: 15_000 }));
    const resolve = await findDialog('Resolve the inquiry (note optional)');
    await user.click(within(resolve).getByRole('button', { name: 'Resolve' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await user.click(await screen.findByRole('button', { name: 'Close' }));
    expect(await screen.findByText('Closed')).toBeInTheDocument();
    expect(screen.queryByLabelText('Answer to the customer')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Reopen' }));
    const reopen = await findDialog('The customer wrote again: their message');
    await user.type(within(reopen).getByRole('textbox'), 'It still has not come.');
    await user.click(within(reopen).getByRole('button', { name: 'Reopen' }));

    expect(await screen.findByText('It still has not come.')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByLabelText('Answer to the customer')).toBeInTheDocument());
  });

  it("records the customer's satisfaction once answered", async () => {
    signInAs(agent);
    const inquiry = mockInquiry({ status: 'Responded', responses: [answered] });
    seedInquiries(inquiry);
    const { user } = renderApp(`/service/inquiries/${inquiry.id}`);

    await user.click(await screen.findByRole('button', { name: 'Record satisfaction' }, { timeout: 15_000 }));
    const dialog = await findDialog('The customer’s satisfaction');
    await user.click(within(dialog).getAllByRole('radio')[3] as HTMLElement);
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('4 / 5')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Record satisfaction' })).not.toBeInTheDocument();
  });

  it('shows an auditor the inquiry without the answer form or actions', async () => {
    signInAs(auditor);
    const inquiry = mockInquiry({ status: 'Responded' });
    seedInquiries(inquiry);
    renderApp(`/service/inquiries/${inquiry.id}`);

    expect(await screen.findByText('It has not arrived yet.', {}, { timeout: 15_000 })).toBeInTheDocument();
    expect(screen.queryByLabelText('Answer to the customer')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Resolve' })).not.toBeInTheDocument();
  });

  it('says when the inquiry does not exist', async () => {
    signInAs(agent);
    renderApp(`/service/inquiries/${crypto.randomUUID()}`);

    expect(await screen.findByText('This inquiry does not exist', {}, { timeout: 15_000 })).toBeInTheDocument();
  });
});
