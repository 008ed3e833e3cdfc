import { aUser } from '@/testing/mocks/data';
import { answerElsewhere, mockInquiry, seedInquiries } from '@/testing/mocks/handlers/inquiries';
import { renderApp, screen, signInAs } from '@/testing/test-utils';

const agent = aUser({ email: 'service@demo.ops', displayName: 'Service', roles: ['service'] });
const auditor = aUser({ email: 'auditor@demo.ops', displayName: 'Auditor', roles: ['auditor'] });

describe('Inquiry page', () => {
  it('answers an open inquiry: the clocks stop and the answer shows', async () => {
    signInAs(agent);
    const inquiry = mockInquiry({ channel: 'AmazonBuyerMessage', amazonDeadline: { ...mockInquiry().ourDeadline, withinMinutes: 1440 } });
    seedInquiries(inquiry);
    const { user } = renderApp(`/service/inquiries/${inquiry.id}`);

    expect(await screen.findByText('It has not arrived yet.', {}, { timeout: 15_000 })).toBeInTheDocument();
    await user.type(screen.getByLabelText('Answer to the customer'), 'It arrives tomorrow.');
    await user.click(screen.getByRole('button', { name: 'Send answer' }));

    expect(await screen.findByText('It arrives tomorrow.')).toBeInTheDocument();
    expect(screen.getByText('Our answer')).toBeInTheDocument();
    expect(screen.getAllByText('Met')).toHaveLength(2);
    expect(screen.getAllByText(/^answered in time/)).toHaveLength(2);
    expect(screen.queryByRole('button', { name: 'Send answer' })).not.toBeInTheDocument();
  });

  it('shows the refusal when another agent answered first', async () => {
    signInAs(agent);
    const inquiry = mockInquiry();
    seedInquiries(inquiry);
    const { user } = renderApp(`/service/inquiries/${inquiry.id}`);

    await user.type(await screen.findByLabelText('Answer to the customer', {}, { timeout: 15_000 }), 'Second.');
    answerElsewhere(inquiry.id);
    await user.click(screen.getByRole('button', { name: 'Send answer' }));

    expect(await screen.findByText(/already has its first response/)).toBeInTheDocument();
    expect(screen.getByText('inquiry.already_responded', { exact: false })).toBeInTheDocument();
  });

  it('shows an auditor the inquiry without the answer form', async () => {
    signInAs(auditor);
    const inquiry = mockInquiry();
    seedInquiries(inquiry);
    renderApp(`/service/inquiries/${inquiry.id}`);

    expect(await screen.findByText('It has not arrived yet.', {}, { timeout: 15_000 })).toBeInTheDocument();
    expect(screen.queryByLabelText('Answer to the customer')).not.toBeInTheDocument();
  });

  it('says when the inquiry does not exist', async () => {
    signInAs(agent);
    renderApp(`/service/inquiries/${crypto.randomUUID()}`);

    expect(await screen.findByText('This inquiry does not exist', {}, { timeout: 15_000 })).toBeInTheDocument();
  });
});
