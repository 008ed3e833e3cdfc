import { changeLanguage } from '@/i18n';
import { FormHarness } from '@/testing/form-harness';
import { renderWithProviders, screen, waitFor } from '@/testing/test-utils';

import { NumberField, type NumberBounds } from './number-field';

function renderField(bounds: NumberBounds) {
  const onFinish = vi.fn();
  const rendered = renderWithProviders(
    <FormHarness onFinish={onFinish}>
      <NumberField name="value" label="Capacity" rules={[{ required: true, message: 'Enter the capacity' }]} {...bounds} />
    </FormHarness>,
  );
  return { ...rendered, onFinish, input: screen.getByLabelText('Capacity') };
}

describe('NumberField', () => {
  it('keeps a number below the minimum as typed, says why, and sends nothing', async () => {
    const { user, onFinish, input } = renderField({ min: 1, integer: true });

    await user.type(input, '-5');
    await user.tab();
    expect(input).toHaveValue('-5');
    expect(await screen.findByText('Enter 1 or more')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Send' }));
    expect(input).toHaveValue('-5');
    expect(onFinish).not.toHaveBeenCalled();
  });

  it('keeps a number above the maximum as typed, with both bounds in the message', async () => {
    const { user, onFinish, input } = renderField({ min: 0, max: 100, integer: true });

    await user.type(input, '101');
    await user.click(screen.getByRole('button', { name: 'Send' }));

    expect(await screen.findByText('Enter a number from 0 to 100')).toBeInTheDocument();
    expect(input).toHaveValue('101');
    expect(onFinish).not.toHaveBeenCalled();
  });

  it('refuses a fraction where a count is asked for, rather than rounding it', async () => {
    const { user, onFinish, input } = renderField({ min: 1, integer: true });

    await user.type(input, '2.5');
    await user.click(screen.getByRole('button', { name: 'Send' }));

    expect(await screen.findByText('Enter a whole number')).toBeInTheDocument();
    expect(input).toHaveValue('2.5');
    expect(onFinish).not.toHaveBeenCalled();
  });

  it('states an exclusive bound and a large one with thousands separators', async () => {
    const { user, input } = renderField({ above: 0, max: 10_000 });

    await user.type(input, '0');
    await user.click(screen.getByRole('button', { name: 'Send' }));

    expect(await screen.findByText('Enter a number greater than 0 and at most 10,000')).toBeInTheDocument();
  });

  it('sends a number in range as typed', async () => {
    const { user, onFinish, input } = renderField({ min: 1, integer: true });

    await user.type(input, '12000');
    await user.click(screen.getByRole('button', { name: 'Send' }));

    await waitFor(() => expect(onFinish).toHaveBeenCalledWith({ value: 12000 }));
  });

  it('says it in Chinese', async () => {
    await changeLanguage('zh');
    const { user, input } = renderField({ min: 1 });

    await user.type(input, '-5');
    await user.click(screen.getByRole('button', { name: 'Send' }));

    expect(await screen.findByText('请输入不小于 1 的数')).toBeInTheDocument();
  });
});
