import { admin, anApiClient, aUser } from '@/testing/mocks/data';
import { db } from '@/testing/mocks/db';
import { findDialog, renderWithProviders, screen, signInAs, waitFor, within } from '@/testing/test-utils';

import { ApiClientsRoute } from './api-clients';

describe('API clients', () => {
  beforeEach(() => signInAs(admin));

  it('registers a client with scopes and shows its key once, with a warning', async () => {
    const { user } = renderWithProviders(<ApiClientsRoute />);
    expect(await screen.findByText('No API clients yet')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: /Register a client/ }));
    const form = await findDialog('Register an API client');
    await user.type(within(form).getByLabelText('Name'), 'Warehouse ERP');
    await user.click(within(form).getByRole('checkbox', { name: 'Product selection · read' }));
    await user.click(within(form).getByRole('button', { name: 'Register a client' }));

    const keyDialog = await findDialog('The API key of Warehouse ERP');
    expect(within(keyDialog).getByText(/shown only this once/)).toBeInTheDocument();
    const key = within(keyDialog).getByTestId('api-key');
    expect(key).toHaveTextContent(/^ops_[0-9a-f]{16}_s3cr3t-shown-once$/);
    expect(db.apiClients[0]).toMatchObject({ name: 'Warehouse ERP', scopes: ['selection:read'] });

    await user.click(within(keyDialog).getByRole('button', { name: 'I have stored the key' }));

    await waitFor(() => expect(screen.queryByTestId('api-key')).not.toBeInTheDocument());
    expect(await screen.findByRole('row', { name: /Warehouse ERP/ })).toBeInTheDocument();
    expect(screen.queryByText(/s3cr3t/)).not.toBeInTheDocument();
  });

  it('rotates a key after confirmation and shows the new key once', async () => {
    db.apiClients = [anApiClient({ name: 'Finance script' })];
    const { user } = renderWithProviders(<ApiClientsRoute />);

    const row = await screen.findByRole('row', { name: /Finance script/ });
    await user.click(within(row).getByRole('button', { name: 'Rotate key' }));
    const confirm = await screen.findByRole('tooltip');
    expect(within(confirm).getByText(/Give Finance script a new key\?/)).toBeInTheDocument();
    await user.click(within(confirm).getByRole('button', { name: 'Rotate key' }));

    const keyDialog = await findDialog('The API key of Finance script');
    expect(within(keyDialog).getByTestId('api-key')).toHaveTextContent('ops_feedfacefeedface_rotated-secret');
  });

  it('revokes a client with a reason', async () => {
    db.apiClients = [anApiClient({ name: 'Old ERP' })];
    const { user } = renderWithProviders(<ApiClientsRoute />);

    const row = await screen.findByRole('row', { name: /Old ERP/ });
    await user.click(within(row).getByRole('button', { name: 'Revoke' }));
    const dialog = await findDialog('Revoke Old ERP');
    await user.type(within(dialog).getByLabelText('Reason'), 'Replaced by the new ERP');
    await user.click(within(dialog).getByRole('button', { name: 'Revoke' }));

    await waitFor(() => expect(db.apiClients[0]?.status).toBe('Revoked'));
    expect(await screen.findByText('Old ERP revoked')).toBeInTheDocument();
  });

  it('lets an auditor look but not register, rotate or revoke', async () => {
    signInAs(aUser({ roles: ['auditor'] }));
    db.apiClients = [anApiClient({ name: 'Audited ERP' })];

    renderWithProviders(<ApiClientsRoute />);

    const row = await screen.findByRole('row', { name: /Audited ERP/ });
    expect(within(row).getByRole('button', { name: 'Revoke' })).toBeDisabled();
    expect(within(row).getByRole('button', { name: 'Rotate key' })).toBeDisabled();
    expect(screen.queryByRole('button', { name: /Register a client/ })).not.toBeInTheDocument();
  });
});
