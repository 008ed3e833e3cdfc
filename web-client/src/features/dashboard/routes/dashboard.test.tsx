import { http, HttpResponse } from 'msw';

import { changeLanguage } from '@/i18n';
import { admin } from '@/testing/mocks/data';
import { kpiReports } from '@/testing/mocks/handlers/kpis';
import { forbidden } from '@/testing/mocks/problems';
import { server } from '@/testing/mocks/server';
import { renderApp, screen, signInAs, waitFor, within } from '@/testing/test-utils';

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

  it('writes large counts with thousands separators, on the cards and on the breakdowns', async () => {
    const report = kpiReports.selection(false);
    server.use(
      http.get('/api/selection/kpis', () =>
        HttpResponse.json({
          ...report,
          kpis: report.kpis.map((kpi) =>
            kpi.code === 'selection.candidates_by_stage' ? { ...kpi, value: 12_345, parts: [{ key: 'Proposed', value: 11_111 }, { key: 'Approved', value: 1_234 }] } : kpi,
          ),
        }),
      ),
    );
    signInAs(admin);
    renderApp('/');

    expect(within(await screen.findByTestId('kpi-selection.candidates_by_stage')).getByText('12,345')).toBeInTheDocument();
    const chart = await screen.findByRole('img', { name: 'Candidates by stage — Proposed: 11,111, Approved: 1,234' });
    await waitFor(() => expect([...chart.querySelectorAll('svg text')].map((t) => t.textContent)).toEqual(expect.arrayContaining(['11,111', '1,234'])));
  });

  it("shows a module's refusal where its KPIs would be, and the others still", async () => {
    server.use(http.get('/api/listing/kpis', () => forbidden()));
    signInAs(admin);
    renderApp('/');

    expect(await screen.findByText('Your roles do not allow this operation.')).toBeInTheDocument();
    expect(await screen.findByTestId('kpi-selection.screening_pass_rate')).toBeInTheDocument();
  });
});
