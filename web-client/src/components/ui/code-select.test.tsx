import { Form } from 'antd';

import { changeLanguage } from '@/i18n';
import { FormHarness } from '@/testing/form-harness';
import { renderWithProviders, screen, waitFor } from '@/testing/test-utils';

import { CountrySelect } from './country-select';
import { CurrencySelect } from './currency-select';

function renderCountry(onFinish = vi.fn(), initialValues?: Record<string, unknown>) {
  const rendered = renderWithProviders(
    <FormHarness onFinish={onFinish} initialValues={initialValues}>
      <Form.Item name="country" label="Country" rules={[{ required: true, message: 'Choose a country' }]}>
        <CountrySelect />
      </Form.Item>
    </FormHarness>,
  );
  return { ...rendered, onFinish };
}

describe('CountrySelect', () => {
  it('never turns text typed into a code: "Chinaa" matches nothing and nothing is sent', async () => {
    const { user, onFinish } = renderCountry();

    await user.type(screen.getByLabelText('Country'), 'Chinaa');
    expect(await screen.findByText('Nothing matches')).toBeInTheDocument();
    expect(screen.queryByTitle('Switzerland (CH)')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Send' }));

    expect(await screen.findByText('Choose a country')).toBeInTheDocument();
    expect(onFinish).not.toHaveBeenCalled();
  });

  it('finds a country by name or code in either language and sends the code picked', async () => {
    const { user, onFinish } = renderCountry();
    const input = screen.getByLabelText('Country');

    await user.type(input, 'china');
    expect(await screen.findByTitle('China (CN)')).toBeInTheDocument();
    expect(screen.getByTitle('Hong Kong SAR China (HK)')).toBeInTheDocument();
    await user.clear(input);
    await user.type(input, '瑞士');
    await user.click(await screen.findByTitle('Switzerland (CH)'));
    await user.click(screen.getByRole('button', { name: 'Send' }));

    await waitFor(() => expect(onFinish).toHaveBeenCalledWith({ country: 'CH' }));
  });

  it('puts the code typed first, before names that merely contain it', async () => {
    const { user } = renderCountry();

    await user.type(screen.getByLabelText('Country'), 'cn');
    await screen.findByTitle('China (CN)');
    const shown = [...document.querySelectorAll('.ant-select-item-option')].map((o) => o.getAttribute('title'));
    expect(shown[0]).toBe('China (CN)');
  });

  it('names countries in the UI language', async () => {
    await changeLanguage('zh');
    const { user } = renderCountry(vi.fn(), { country: 'CN' });

    expect(await screen.findByTitle('中国 (CN)')).toBeInTheDocument();
    await user.type(screen.getByLabelText('Country'), 'germany');
    expect(await screen.findByTitle('德国 (DE)')).toBeInTheDocument();
  });

  it('shows a code outside the list as it is rather than dropping it', async () => {
    renderCountry(vi.fn(), { country: 'XK' });
    expect(await screen.findByTitle('XK')).toBeInTheDocument();
  });
});

describe('CurrencySelect', () => {
  it('finds a currency by code or name in either language and sends the code picked', async () => {
    const onFinish = vi.fn();
    const { user } = renderWithProviders(
      <FormHarness onFinish={onFinish} initialValues={{ currency: 'USD' }}>
        <Form.Item name="currency" label="Currency">
          <CurrencySelect />
        </Form.Item>
      </FormHarness>,
    );
    expect(await screen.findByTitle('US Dollar (USD)')).toBeInTheDocument();

    await user.type(screen.getByLabelText('Currency'), '人民币');
    await user.click(await screen.findByTitle('Chinese Yuan (CNY)'));
    await user.click(screen.getByRole('button', { name: 'Send' }));

    await waitFor(() => expect(onFinish).toHaveBeenCalledWith({ currency: 'CNY' }));
  });

  it('offers no currency for a typo', async () => {
    const { user } = renderWithProviders(
      <FormHarness onFinish={vi.fn()}>
        <Form.Item name="currency" label="Currency">
          <CurrencySelect />
        </Form.Item>
      </FormHarness>,
    );
    await user.type(screen.getByLabelText('Currency'), 'usdd');
    expect(await screen.findByText('Nothing matches')).toBeInTheDocument();
  });
});
