import { ProblemError, type Problem } from '@/lib/problem';
import { renderWithProviders, screen, waitFor } from '@/testing/test-utils';

import { ReasonDialog } from './reason-dialog';

const problem = (overrides: Partial<Problem>): ProblemError =>
  new ProblemError({ type: 'about:blank', title: 'Refused', status: 409, detail: null, instance: null, code: 'x', correlationId: null, ...overrides });

function open(submit: (reason: string) => Promise<unknown>, required = true) {
  return renderWithProviders(<ReasonDialog title="Suspend Acme" okText="Suspend" required={required} submit={submit} onClose={vi.fn()} />);
}

describe('ReasonDialog', () => {
  it('asks for a reason before sending, then sends it trimmed', async () => {
    const submit = vi.fn(() => Promise.resolve());
    const { user } = open(submit);

    await user.click(screen.getByRole('button', { name: 'Suspend' }));
    expect(await screen.findByText('Give a reason')).toBeInTheDocument();
    expect(submit).not.toHaveBeenCalled();

    await user.type(screen.getByLabelText('Reason'), '  Late twice  ');
    await user.click(screen.getByRole('button', { name: 'Suspend' }));
    await waitFor(() => expect(submit).toHaveBeenCalledWith('Late twice'));
  });

  it('sends an empty reason where none is required', async () => {
    const submit = vi.fn(() => Promise.resolve());
    const { user } = open(submit, false);
    await user.click(screen.getByRole('button', { name: 'Suspend' }));
    await waitFor(() => expect(submit).toHaveBeenCalledWith(''));
  });

  it("puts the server's error on the reason, and shows a rule's refusal with its detail and code", async () => {
    const submit = vi
      .fn<(reason: string) => Promise<unknown>>()
      .mockRejectedValueOnce(problem({ status: 400, code: 'validation_failed', errors: { reason: ['The reason must be at most 500 characters.'] } }))
      .mockRejectedValueOnce(problem({ code: 'supplier.must_be_approved', detail: 'Only an approved supplier can be suspended.' }));
    const { user } = open(submit);

    await user.type(screen.getByLabelText('Reason'), 'Late');
    await user.click(screen.getByRole('button', { name: 'Suspend' }));
    expect(await screen.findByText('The reason must be at most 500 characters.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Suspend' }));
    expect(await screen.findByText('Only an approved supplier can be suspended.')).toBeInTheDocument();
    expect(screen.getByText(/supplier\.must_be_approved/)).toBeInTheDocument();
  });
});
