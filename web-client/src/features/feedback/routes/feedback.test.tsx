import { aUser } from '@/testing/mocks/data';
import { dismissElsewhere, mockFeedback, seedFeedback } from '@/testing/mocks/handlers/feedback';
import { findDialog, renderApp, screen, signInAs, waitFor, within } from '@/testing/test-utils';

/** The list row of a feedback text (found by its text: role queries over this page, chart included, are slow in jsdom). */
const rowOf = async (text: RegExp, timeout = 15_000) => (await screen.findByText(text, {}, { timeout })).closest('tr') as HTMLElement;

const agent = aUser({ email: 'service@demo.ops', displayName: 'Service', roles: ['service'] });
const auditor = aUser({ email: 'auditor@demo.ops', displayName: 'Auditor', roles: ['auditor'] });

describe('Customer feedback', () => {
  it('lists the open feedback and the voice of the customer by category and by SKU', async () => {
    signInAs(agent);
    seedFeedback(
      mockFeedback({ text: 'Box crushed again.', category: 'Packaging', sku: 'OPS-LAMP' }),
      mockFeedback({ text: 'Cable too short.', category: 'ProductQuality', sku: 'OPS-LAMP', status: 'Routed', department: 'product' }),
      mockFeedback({ text: 'Already fixed.', category: 'Packaging', sku: 'OPS-DESK', status: 'Done', department: 'logistics', outcome: 'New box' }),
    );
    renderApp('/service/feedback');

    await rowOf(/Box crushed again/, 15_000);
    expect((screen.getByText(/Cable too short/).closest('tr') as HTMLElement)).toBeInTheDocument();
    expect(screen.queryByText(/Already fixed/)).not.toBeInTheDocument();
    // Closed feedback still counts in the voice of the customer: the customer said it.
    expect(screen.getByLabelText(/Feedback by category/)).toHaveAccessibleName(expect.stringContaining('Packaging: 2'));
    expect(screen.getByLabelText(/Feedback by category/)).toHaveAccessibleName(expect.stringContaining('Product quality: 1'));
    const lamp = screen.getByText('Product quality 1, Packaging 1').closest('tr') as HTMLElement;
    expect(within(lamp).getByText('OPS-LAMP')).toBeInTheDocument();
  });

  it('filters by category', async () => {
    signInAs(agent);
    seedFeedback(mockFeedback({ text: 'Box crushed again.' }), mockFeedback({ text: 'Too expensive.', category: 'Price' }));
    const { user } = renderApp('/service/feedback');

    await rowOf(/Too expensive/, 15_000);
    await user.click(screen.getByRole('combobox', { name: 'Category' }));
    await user.click(await screen.findByRole('option', { name: 'Price' }));

    await waitFor(() => expect(screen.queryByText(/Box crushed again/)).not.toBeInTheDocument());
    expect((screen.getByText(/Too expensive/).closest('tr') as HTMLElement)).toBeInTheDocument();
  });

  it('captures feedback, routes it to a department and marks the improvement done', async () => {
    signInAs(agent);
    const { user } = renderApp('/service/feedback');

    await user.click(await screen.findByRole('button', { name: 'Capture feedback' }, { timeout: 15_000 }));
    const capture = await findDialog('Capture customer feedback');
    await user.type(within(capture).getByLabelText('SKU'), 'OPS-LAMP');
    await user.type(within(capture).getByLabelText('Feedback'), 'The shade rattles.');
    await user.click(within(capture).getByRole('button', { name: 'Capture' }));

    const row = await rowOf(/The shade rattles/, 10_000);
    expect(within(row).getByText('Captured')).toBeInTheDocument();
    await user.click(within(row).getByRole('button', { name: 'Route' }));
    const route = await findDialog('Route to the department that can act on it');
    await user.type(within(route).getByRole('combobox', { name: 'Department' }), 'product');
    await user.click(within(route).getByRole('button', { name: 'Route' }));

    await waitFor(() => expect(within((screen.getByText(/The shade rattles/).closest('tr') as HTMLElement)).getByText('Routed')).toBeInTheDocument());
    await user.click(within((screen.getByText(/The shade rattles/).closest('tr') as HTMLElement)).getByRole('button', { name: 'Done' }));
    const done = await findDialog('The improvement is done: what changed');
    await user.type(within(done).getByRole('textbox'), 'Supplier added a rubber ring.');
    await user.click(within(done).getByRole('button', { name: 'Done' }));

    // Done is no longer open: it leaves the default list.
    await waitFor(() => expect(screen.queryByText(/The shade rattles/)).not.toBeInTheDocument());
  });

  it('shows the refusal in the dialog when the item was dismissed meanwhile', async () => {
    signInAs(agent);
    const item = mockFeedback({ text: 'Box crushed again.' });
    seedFeedback(item);
    const { user } = renderApp('/service/feedback');

    const row = await rowOf(/Box crushed again/, 15_000);
    dismissElsewhere(item.id);
    await user.click(within(row).getByRole('button', { name: 'Route' }));
    const route = await findDialog('Route to the department that can act on it');
    await user.type(within(route).getByRole('combobox', { name: 'Department' }), 'logistics');
    await user.click(within(route).getByRole('button', { name: 'Route' }));

    expect(await within(route).findByText(/Code: feedback\.closed/)).toBeInTheDocument();
  });

  it('shows an auditor the feedback and the voice of the customer without capture or actions', async () => {
    signInAs(auditor);
    seedFeedback(mockFeedback({ text: 'Box crushed again.' }));
    renderApp('/service/feedback');

    const row = await rowOf(/Box crushed again/, 15_000);
    expect(screen.getByLabelText(/Feedback by category/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Capture feedback' })).not.toBeInTheDocument();
    expect(within(row).queryByRole('button')).not.toBeInTheDocument();
  });
});
