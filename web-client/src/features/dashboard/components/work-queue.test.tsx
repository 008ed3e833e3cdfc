import userEvent from '@testing-library/user-event';

import { changeLanguage } from '@/i18n';
import { aUser } from '@/testing/mocks/data';
import { aWorkItem, workItems } from '@/testing/mocks/handlers/work';
import { renderApp, screen, signInAs, waitFor, within } from '@/testing/test-utils';

const listing = aUser({ email: 'listing@demo.ops', displayName: 'Demo listing', roles: ['listing'] });
const manager = aUser({ email: 'ops-manager@demo.ops', displayName: 'Demo ops manager', roles: ['ops-manager'] });

const goLive = (key: string, state: 'Open' | 'Warned' | 'Breached', dueAt: string, sku: string) =>
  aWorkItem({ key, state, dueAt, recordName: sku, link: `/listing/listings/${key}` });

describe('the work queue on the dashboard', () => {
  it('lists my deadlines breached first, then due soon, then open, each linking to its record', async () => {
    workItems.push(
      goLive('open', 'Open', '2026-12-12T14:00:00Z', 'SKU-OPEN'),
      goLive('warned', 'Warned', '2026-12-11T14:00:00Z', 'SKU-WARNED'),
      goLive('breached', 'Breached', '2026-12-05T14:00:00Z', 'SKU-BREACHED'),
    );
    signInAs(listing);
    renderApp('/');

    const queue = await screen.findByText('My work');
    const card = queue.closest('.ant-card') as HTMLElement;
    const links = await within(card).findAllByRole('link');
    expect(links.map((l) => l.textContent)).toEqual(['SKU-BREACHED', 'SKU-WARNED', 'SKU-OPEN']);
    expect(links[0]).toHaveAttribute('href', '/listing/listings/breached');
    const breached = within(screen.getByTestId('work-breached'));
    expect(breached.getByText('Breached')).toBeInTheDocument();
    expect(breached.getByText('Go live')).toBeInTheDocument();
    expect(breached.getByText(/^was due /)).toBeInTheDocument();
    expect(within(screen.getByTestId('work-warned')).getByText('Due soon')).toBeInTheDocument();
    expect(within(screen.getByTestId('work-open')).getByText(/^due /)).toBeInTheDocument();
  });

  it('says so when nothing is due, and offers no view of everyone to those who do not oversee the team', async () => {
    workItems.push(aWorkItem({ key: 'other', roles: ['product'], module: 'selection', kind: 'document-expiry' }));
    signInAs(listing);
    renderApp('/');

    expect(await screen.findByText('Nothing due: no open deadlines.')).toBeInTheDocument();
    expect(screen.queryByText('Everyone')).not.toBeInTheDocument();
  });

  it("lets an ops manager switch to everyone's work", async () => {
    workItems.push(
      aWorkItem({ key: 'mine', recordName: 'SKU-MINE' }),
      aWorkItem({ key: 'product', roles: ['product'], module: 'selection', kind: 'document-expiry', recordName: 'Bright · Business licence' }),
    );
    signInAs(manager);
    renderApp('/');

    expect(await screen.findByText('SKU-MINE')).toBeInTheDocument();
    expect(screen.queryByText('Bright · Business licence')).not.toBeInTheDocument();
    await userEvent.click(screen.getByText('Everyone'));

    expect(await screen.findByText("Everyone's work")).toBeInTheDocument();
    await waitFor(() => expect(screen.getByText('Bright · Business licence')).toBeInTheDocument());
    expect(within(screen.getByTestId('work-product')).getByText('Document expiry')).toBeInTheDocument();
  });

  it('names the deadlines in Chinese', async () => {
    workItems.push(aWorkItem({ key: 'review', module: 'selection', kind: 're-evaluation', roles: ['listing'], state: 'Warned' }));
    signInAs(listing);
    await changeLanguage('zh');
    renderApp('/');

    expect(await screen.findByText('我的待办')).toBeInTheDocument();
    const item = within(await screen.findByTestId('work-review'));
    expect(item.getByText('待重新评估')).toBeInTheDocument();
    expect(item.getByText('即将到期')).toBeInTheDocument();
  });
});
