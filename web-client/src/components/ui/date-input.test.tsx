import type { Dayjs } from 'dayjs';
import { Form } from 'antd';

import { changeLanguage } from '@/i18n';
import { formatDate } from '@/lib/format';
import { FormHarness } from '@/testing/form-harness';
import { renderWithProviders, screen, waitFor } from '@/testing/test-utils';

import { DateInput } from './date-input';

function renderDate() {
  const onFinish = vi.fn();
  const rendered = renderWithProviders(
    <FormHarness onFinish={(values) => onFinish((values.validUntil as Dayjs | undefined)?.format('YYYY-MM-DD'))}>
      <Form.Item name="validUntil" label="Valid until">
        <DateInput />
      </Form.Item>
    </FormHarness>,
  );
  return { ...rendered, onFinish, input: screen.getByLabelText('Valid until') };
}

describe('DateInput', () => {
  it('shows the date picked as the app shows dates, and takes an ISO date typed', async () => {
    const { user, onFinish, input } = renderDate();

    await user.type(input, '2027-01-31{Enter}');
    await waitFor(() => expect(input).toHaveValue('31 Jan 2027'));
    expect(input).toHaveValue(formatDate('2027-01-31', 'en'));
    await user.click(screen.getByRole('button', { name: 'Send' }));

    await waitFor(() => expect(onFinish).toHaveBeenCalledWith('2027-01-31'));
  });

  it('takes a date typed the way it is shown', async () => {
    const { user, onFinish, input } = renderDate();

    await user.type(input, '5 Mar 2027{Enter}');
    await user.click(screen.getByRole('button', { name: 'Send' }));

    await waitFor(() => expect(onFinish).toHaveBeenCalledWith('2027-03-05'));
  });

  it('shows the date the Chinese way in Chinese', async () => {
    await changeLanguage('zh');
    const { user, input } = renderDate();

    await user.type(input, '2027-01-31{Enter}');
    await waitFor(() => expect(input).toHaveValue('2027年1月31日'));
    expect(input).toHaveValue(formatDate('2027-01-31', 'zh'));
  });
});
