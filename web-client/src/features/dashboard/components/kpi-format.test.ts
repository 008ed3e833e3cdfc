import { i18n } from '@/i18n';

import { changeTone, formatKpiChange, formatKpiValue, kpiChange, listHref } from './kpi-format';

const t = i18n.t.bind(i18n);

describe('KPI values', () => {
  it('are written in their unit', () => {
    expect(formatKpiValue(12_345, 'Count', 'en', t)).toBe('12,345');
    expect(formatKpiValue(26.09, 'Percent', 'en', t)).toBe('26.09 %');
    expect(formatKpiValue(50, 'Percent', 'en', t)).toBe('50.0 %');
    expect(formatKpiValue(1.8, 'Ratio', 'en', t)).toBe('1.8×');
    expect(formatKpiValue(4.5, 'Days', 'en', t)).toBe('4.5 days');
    expect(formatKpiValue(75, 'Score', 'en', t)).toBe('75.0 / 100');
    expect(formatKpiValue(42.5, 'Minutes', 'en', t)).toBe('42.5 min');
    expect(formatKpiValue(4.5, 'Rating', 'en', t)).toBe('4.5 / 5');
    expect(formatKpiValue(42, 'Minutes', 'zh', i18n.getFixedT('zh'))).toBe('42 分钟');
  });

  it('change by points for a percentage and in the unit otherwise, signed', () => {
    expect(formatKpiChange(7.5, 'Percent', 'en', t)).toBe('+7.5 pts');
    expect(formatKpiChange(-2, 'Days', 'en', t)).toBe('−2.0 days');
    expect(formatKpiChange(0, 'Count', 'en', t)).toBe('±0');
  });

  it('have no change without a previous value, and one without float noise', () => {
    expect(kpiChange({ value: 50, previous: null })).toBeNull();
    expect(kpiChange({ value: null, previous: 50 })).toBeNull();
    expect(kpiChange({ value: 0.3, previous: 0.1 })).toBe(0.2);
  });

  it('call a change better or worse by which way the KPI is better', () => {
    expect(changeTone(5, 'HigherIsBetter')).toBe('better');
    expect(changeTone(5, 'LowerIsBetter')).toBe('worse');
    expect(changeTone(-5, 'LowerIsBetter')).toBe('better');
    expect(changeTone(5, 'Neutral')).toBe('neutral');
    expect(changeTone(0, 'HigherIsBetter')).toBe('neutral');
  });
});

describe('the list behind a figure', () => {
  it('opens on the screen of its resource with its filters in the address', () => {
    expect(listHref({ resource: '/api/selection/suppliers', query: { activity: 'Delivered', from: '2026-11-01T00:00:00Z' } })).toBe(
      '/selection/suppliers?activity=Delivered&from=2026-11-01T00%3A00%3A00Z',
    );
    expect(listHref({ resource: '/api/listing/listings', query: {} })).toBe('/listing/listings');
  });

  it('has no link where no screen shows the list', () => {
    expect(listHref({ resource: '/api/listing/promotions', query: {} })).toBeNull();
    expect(listHref(null)).toBeNull();
  });
});
