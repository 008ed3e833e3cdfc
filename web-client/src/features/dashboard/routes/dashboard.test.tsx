import { http } from 'msw';

import { changeLanguage } from '@/i18n';
import { admin } from '@/testing/mocks/data';
import { forbidden } from '@/testing/mocks/problems';
import { server } from '@/testing/mocks/server';
import { renderApp, screen, signInAs, within } from '@/testing/test-utils';

describe('the dashboard', () => {
  it("shows each module's KPIs with their units, and a dash where there is nothing to measure", async () => {
    signInAs(admin);
    renderApp('/');

    const rate = within(await screen.findByTestId('kpi-selection.screening_pass_rate'));
    expect(rate.getByText('Screening pass rate')).toBeInTheDocument();
    expect(rate.getByText('62')).toBeInTheDocument();
    expect(rate.getByText('%')).toBeInTheDocument();
    expect(within(screen.getByTestId('kpi-selection.sample_pass_rate')).getByText('—')).toBeInTheDocument();
    expect(within(await screen.findByTestId('kpi-listing.average_days_to_live')).getByText('days')).toBeInTheDocument();
  });

  it('draws a breakdown with its parts named in the UI language', async () => {
    signInAs(admin);
    await changeLanguage('zh');
    renderApp('/');

    expect(await screen.findByRole('img', { name: '各阶段候选品数 — 已提议: 3, 已批准: 4' })).toBeInTheDocument();
    expect(screen.getByText('筛选通过率')).toBeInTheDocument();
  });

  it("shows a module's refusal where its KPIs would be, and the others still", async () => {
    server.use(http.get('/api/listing/kpis', () => forbidden()));
    signInAs(admin);
    renderApp('/');

    expect(await screen.findByText('Your roles do not allow this operation.')).toBeInTheDocument();
    expect(await screen.findByTestId('kpi-selection.screening_pass_rate')).toBeInTheDocument();
  });
});
