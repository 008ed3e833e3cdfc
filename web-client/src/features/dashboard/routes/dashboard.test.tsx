import { http, HttpResponse } from 'msw';

import { changeLanguage } from '@/i18n';
import { admin } from '@/testing/mocks/data';
import { kpiPeriod, kpiReports } from '@/testing/mocks/handlers/kpis';
import { forbidden } from '@/testing/mocks/problems';
import { server } from '@/testing/mocks/server';
import { renderApp, screen, signInAs, waitFor, within } from '@/testing/test-utils';

const tile = async (code: string) => within(await screen.findByTestId(`kpi-${code}`));

/** The titles of the dashboard's cards (a module's KPIs under its name; the menu names modules too). */
const cardTitles = () => [...document.querySelectorAll('.ant-card-head-title')].map((title) => title.textContent);

/** Records the query of every GET of `path`. */
function queriesOf(path: string): URLSearchParams[] {
  const queries: URLSearchParams[] = [];
  server.events.on('request:start', ({ request }) => {
    const url = new URL(request.url);
    if (request.method === 'GET' && url.pathname === path) queries.push(url.searchParams);
  });
  return queries;
}

describe('the dashboard', () => {
  beforeEach(() => signInAs(admin));

  it('shows each KPI in its unit: a rate as a percentage, days as days, ROI as a multiple, never a currency', async () => {
    renderApp('/');

    expect((await tile('selection.screening_pass_rate')).getByTestId('kpi-value')).toHaveTextContent(/^62\.5 %$/);
    expect((await tile('selection.average_days_proposed_to_approved')).getByTestId('kpi-value')).toHaveTextContent(/^12\.5 days$/);
    expect((await tile('promotions.acos')).getByTestId('kpi-value')).toHaveTextContent(/^20\.0 %$/);
    const roi = (await tile('promotions.roi')).getByTestId('kpi-value');
    expect(roi).toHaveTextContent(/^1\.8×$/);
    expect(roi).not.toHaveTextContent(/USD|\$/);
  });

  it('says "no data yet" for a KPI with nothing to measure, never 0.0', async () => {
    renderApp('/');

    const samples = await tile('selection.sample_pass_rate');
    expect(samples.getByTestId('kpi-value')).toHaveTextContent('No data yet');
    expect(samples.queryByText(/0\.0/)).not.toBeInTheDocument();
    expect(samples.getByText('Nothing to compare with in the previous period')).toBeInTheDocument();
  });

  it('shows the period, the target and whether it is met, and a trend', async () => {
    renderApp('/');

    const rate = await tile('selection.screening_pass_rate');
    expect(rate.getByText('1 Nov 2026 – 30 Nov 2026')).toBeInTheDocument(); // the period ends before 1 December
    expect(rate.getByText('Target at least 60.0 %')).toBeInTheDocument();
    expect(rate.getByText('Met')).toBeInTheDocument();
    expect(rate.getByRole('img', { name: 'Trend over the last periods: no data, no data, 40.0 %, 50.0 %, 55.0 %, 62.5 %' })).toBeInTheDocument();
    const days = await tile('selection.average_days_proposed_to_approved');
    expect(days.getByText('Target at most 10.0 days')).toBeInTheDocument();
    expect(days.getByText('Missed')).toBeInTheDocument();
    expect((await tile('selection.candidates_by_stage')).getByText('As things stand now')).toBeInTheDocument();
  });

  it('points the change against the previous period up or down, green when better and red when worse', async () => {
    renderApp('/');

    // 62.5 % after 55 %: up, and a pass rate is better higher.
    const rate = (await tile('selection.screening_pass_rate')).getByTestId('kpi-change');
    expect(rate).toHaveTextContent('+7.5 pts on the previous period (55.0 %)');
    expect(rate.querySelector('[aria-label="arrow-up"]')).not.toBeNull();
    expect(rate).toHaveAttribute('data-tone', 'better');
    // 12.5 days after 10: up too, but days to approval are better lower.
    const days = (await tile('selection.average_days_proposed_to_approved')).getByTestId('kpi-change');
    expect(days).toHaveTextContent('+2.5 days on the previous period (10.0 days)');
    expect(days).toHaveAttribute('data-tone', 'worse');
    // ACoS fell: down, and better.
    const acos = (await tile('promotions.acos')).getByTestId('kpi-change');
    expect(acos.querySelector('[aria-label="arrow-down"]')).not.toBeNull();
    expect(acos).toHaveAttribute('data-tone', 'better');
  });

  it('opens the list behind a figure, filtered to what it counts', async () => {
    const listingQueries = queriesOf('/api/listing/listings');
    const { user, router } = renderApp('/');

    await user.click(await screen.findByRole('link', { name: 'Open the list behind Average days from approval to live' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/listing/listings'));
    expect(Object.fromEntries(new URLSearchParams(router.state.location.search))).toEqual({ activity: 'FirstWentLive', ...kpiPeriod });
    await waitFor(() => expect(listingQueries.at(-1)?.get('activity')).toBe('FirstWentLive'));
    expect(listingQueries.at(-1)?.get('from')).toBe(kpiPeriod.from);
    expect(listingQueries.at(-1)?.get('to')).toBe(kpiPeriod.to);
    expect(await screen.findByTestId('period-filter')).toHaveTextContent('First live: 1 Nov 2026 – 30 Nov 2026');
  });

  it('opens the candidates behind a rate with its activity and period in the address', async () => {
    const { user, router } = renderApp('/');

    await user.click(await screen.findByRole('link', { name: 'Open the list behind Screening pass rate' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/selection/candidates'));
    expect(Object.fromEntries(new URLSearchParams(router.state.location.search))).toEqual({ activity: 'Screened', ...kpiPeriod });
  });

  it('draws a breakdown in its tile, with its parts named in the UI language', async () => {
    await changeLanguage('zh');
    renderApp('/');

    const stages = await tile('selection.candidates_by_stage');
    expect(stages.getByRole('img', { name: '各阶段候选品数 — 已提议: 3, 已批准: 4' })).toBeInTheDocument();
    expect(screen.getByText('筛选通过率')).toBeInTheDocument();
  });

  it('shows an empty state instead of an empty chart', async () => {
    renderApp('/');

    const grades = await tile('selection.suppliers_by_grade');
    expect(grades.getByText('Nothing counted yet')).toBeInTheDocument();
    expect(grades.queryByRole('img', { name: /^Suppliers by grade —/ })).not.toBeInTheDocument();
  });

  it('asks for the period chosen', async () => {
    const selectionQueries = queriesOf('/api/selection/kpis');
    const { user } = renderApp('/');
    await screen.findByTestId('kpi-selection.screening_pass_rate');
    expect(selectionQueries.at(-1)?.get('from')).toBeNull(); // the server's default: the last 30 days

    await user.click(screen.getByText('the last 7 days'));

    await waitFor(() => expect(selectionQueries.at(-1)?.get('from')).not.toBeNull());
    const from = new Date(selectionQueries.at(-1)?.get('from') ?? '').getTime();
    expect(Math.abs(Date.now() - 7 * 86_400_000 - from)).toBeLessThan(60_000);
  });

  it('writes large counts with thousands separators, on the tiles and on the breakdowns', async () => {
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
    renderApp('/');

    expect((await tile('selection.candidates_by_stage')).getByTestId('kpi-value')).toHaveTextContent('12,345');
    const chart = await screen.findByRole('img', { name: 'Candidates by stage — Proposed: 11,111, Approved: 1,234' });
    await waitFor(() => expect([...chart.querySelectorAll('svg text')].map((t) => t.textContent)).toEqual(expect.arrayContaining(['11,111', '1,234'])));
  });

  it('shows the logistics card: order rates against their targets, the cost share per currency, turnover as a multiple, stockouts in days', async () => {
    renderApp('/');

    const onTime = await tile('logistics.on_time_ship_rate');
    expect(onTime.getByTestId('kpi-value')).toHaveTextContent(/^83\.3 %$/);
    expect(onTime.getByText('Target at least 98.0 %')).toBeInTheDocument();
    expect(onTime.getByText('Missed')).toBeInTheDocument();
    const delay = await tile('logistics.delay_rate');
    expect(delay.getByText('Target at most 3.0 %')).toBeInTheDocument();
    expect(delay.getByTestId('kpi-change')).toHaveAttribute('data-tone', 'worse');
    const cost = await tile('costs.cost_of_sales');
    expect(cost.getByTestId('kpi-value')).toHaveTextContent(/^20\.4 %$/);
    expect(cost.getByTestId('kpi-parts')).toHaveTextContent('USD 20.4 %'); // a currency is shown as it comes, in either language
    expect((await tile('inventory.turnover')).getByTestId('kpi-value')).toHaveTextContent(/^0\.03×$/);
    expect((await tile('inventory.stockout_days')).getByTestId('kpi-value')).toHaveTextContent(/^0\.0 days$/);
    expect(cardTitles()).toContain('Logistics');
  });

  it('opens the orders behind an order rate', async () => {
    const { user, router } = renderApp('/');

    await user.click(await screen.findByRole('link', { name: 'Open the list behind On-time shipping rate' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/logistics/orders'));
  });

  it('shows the service card: the timely response rate per agent, the average response time in minutes', async () => {
    const { user, router } = renderApp('/');

    const timely = await tile('service.timely_response_rate');
    expect(timely.getByTestId('kpi-value')).toHaveTextContent(/^75\.0 %$/);
    expect(timely.getByText('Target at least 95.0 %')).toBeInTheDocument();
    expect(timely.getByTestId('kpi-parts')).toHaveTextContent('mei@demo.ops');
    expect((await tile('service.average_response_minutes')).getByTestId('kpi-value')).toHaveTextContent(/^42\.5 min$/);
    expect(cardTitles()).toContain('Customer service');

    await user.click(await screen.findByRole('link', { name: 'Open the list behind Timely response rate' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/service/inquiries'));
    expect(router.state.location.search).toBe('?status=Responded');
  });

  it('names the logistics card and its figures in Chinese', async () => {
    await changeLanguage('zh');
    renderApp('/');

    expect(await screen.findByText('准时发货率')).toBeInTheDocument();
    expect(cardTitles()).toContain('物流');
    expect((await tile('inventory.stockout_days')).getByTestId('kpi-value')).toHaveTextContent('0.0');
  });

  it("shows a module's refusal where its KPIs would be, and the others still", async () => {
    server.use(http.get('/api/listing/kpis', () => forbidden()));
    renderApp('/');

    expect(await screen.findByText('Your roles do not allow this operation.')).toBeInTheDocument();
    expect(await screen.findByTestId('kpi-selection.screening_pass_rate')).toBeInTheDocument();
  });
});
