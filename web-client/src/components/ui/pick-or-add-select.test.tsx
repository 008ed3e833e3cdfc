import { Form } from 'antd';

import { FormHarness } from '@/testing/form-harness';
import { renderWithProviders, screen, waitFor } from '@/testing/test-utils';

import { PickOrAddSelect } from './pick-or-add-select';

function renderCategory() {
  const onFinish = vi.fn();
  const rendered = renderWithProviders(
    <FormHarness onFinish={onFinish}>
      <Form.Item name="category" label="Category">
        <PickOrAddSelect choices={['Home & Kitchen', 'Pet Supplies']} />
      </Form.Item>
    </FormHarness>,
  );
  return { ...rendered, onFinish, input: screen.getByLabelText('Category') };
}

describe('PickOrAddSelect', () => {
  it('offers the values in use and sends the one picked', async () => {
    const { user, onFinish, input } = renderCategory();

    await user.click(input);
    expect(await screen.findByTitle('Home & Kitchen')).toBeInTheDocument();
    await user.click(screen.getByTitle('Pet Supplies'));
    await user.click(screen.getByRole('button', { name: 'Send' }));

    await waitFor(() => expect(onFinish).toHaveBeenCalledWith({ category: 'Pet Supplies' }));
  });

  it('adds a new value exactly as typed', async () => {
    const { user, onFinish, input } = renderCategory();

    await user.type(input, '  Garden Tools ');
    await user.click(await screen.findByText('Add “Garden Tools”'));
    expect(await screen.findByTitle('Garden Tools')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Send' }));

    await waitFor(() => expect(onFinish).toHaveBeenCalledWith({ category: 'Garden Tools' }));
  });

  it('offers the value in use rather than a second spelling of it', async () => {
    const { user, input } = renderCategory();

    await user.type(input, 'pet supplies');

    expect(await screen.findByTitle('Pet Supplies')).toBeInTheDocument();
    expect(screen.queryByText(/^Add “/)).not.toBeInTheDocument();
    expect(screen.queryByTitle('Home & Kitchen')).not.toBeInTheDocument();
  });
});
