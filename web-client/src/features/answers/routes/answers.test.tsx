import { aUser } from '@/testing/mocks/data';
import { seedAnswer } from '@/testing/mocks/handlers/answers';
import { findDialog, renderApp, screen, signInAs, waitFor, within } from '@/testing/test-utils';

const agent = aUser({ email: 'service@demo.ops', displayName: 'Service', roles: ['service'] });
const auditor = aUser({ email: 'auditor@demo.ops', displayName: 'Auditor', roles: ['auditor'] });

describe('Standard answer library', () => {
  beforeEach(() => {
    seedAnswer({ question: 'Where is my order?', category: 'OrderStatus', chineseText: '您的包裹正在途中。' });
    seedAnswer({ question: 'Can I return it?', category: 'Return', status: 'Draft', approvedBy: null, approvedAt: null, chineseText: '可以退货。' });
    seedAnswer({ question: 'Is it waterproof?', category: 'Product', status: 'Retired', chineseText: '不防水。' });
  });

  it('lists the library by question and filters it by status and category', async () => {
    signInAs(agent);
    const { user } = renderApp('/service/answers');

    await screen.findByRole('row', { name: /Where is my order/ }, { timeout: 15_000 });
    const rows = screen.getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('link').textContent)).toEqual(['Can I return it?', 'Is it waterproof?', 'Where is my order?']);
    await user.click(screen.getByRole('combobox', { name: 'Status' }));
    await user.click(await screen.findByRole('option', { name: 'Draft' }));

    await screen.findByRole('row', { name: /Can I return it/ });
    expect(screen.queryByRole('row', { name: /Where is my order/ })).not.toBeInTheDocument();
  });

  it('searches the question and both texts', async () => {
    signInAs(agent);
    const { user } = renderApp('/service/answers');

    await screen.findByRole('row', { name: /Where is my order/ }, { timeout: 15_000 });
    await user.type(screen.getByRole('searchbox', { name: 'Search question and texts' }), '包裹{Enter}');

    await waitFor(() => expect(screen.queryByRole('row', { name: /Can I return it/ })).not.toBeInTheDocument());
    expect(screen.getByRole('row', { name: /Where is my order/ })).toBeInTheDocument();
  });

  it('drafts an answer in both languages and opens it as a draft', async () => {
    signInAs(agent);
    const { user } = renderApp('/service/answers');

    await user.click(await screen.findByRole('button', { name: 'Draft answer' }, { timeout: 15_000 }));
    const dialog = await findDialog('Draft a standard answer');
    await user.type(within(dialog).getByLabelText('Question'), 'How long is the warranty?');
    await user.type(within(dialog).getByLabelText('English text (the customer reads this)'), 'Two years from delivery.');
    await user.type(within(dialog).getByLabelText('Chinese text (for the team)'), '自签收起两年。');
    await user.click(within(dialog).getByRole('button', { name: 'Save draft' }));

    expect(await screen.findByRole('heading', { name: 'How long is the warranty?' }, { timeout: 15_000 })).toBeInTheDocument();
    expect(screen.getByText('Two years from delivery.')).toBeInTheDocument();
    expect(screen.getByText('自签收起两年。')).toBeInTheDocument();
    expect(screen.getAllByText('Draft').length).toBeGreaterThan(0);
  });

  it('shows the library but no draft button to an auditor', async () => {
    signInAs(auditor);
    renderApp('/service/answers');

    expect(await screen.findByRole('row', { name: /Where is my order/ }, { timeout: 15_000 })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Draft answer' })).not.toBeInTheDocument();
  });
});
