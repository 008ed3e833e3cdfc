import { formatDate, formatMeasure, formatMoney, formatNumber, formatPercent } from './format';

describe('formats', () => {
  it('shows a full-precision measure with at most three decimals, so a limit stays visible', () => {
    expect(formatMeasure(25 / 2.54, 'en')).toBe('9.843');
    expect(formatMeasure(0.752, 'en')).toBe('0.752');
    expect(formatMeasure(15, 'zh')).toBe('15');
  });

  it('shows money in its own currency and the UI language', () => {
    expect(formatMoney({ amount: 1234.5, currency: 'USD' }, 'en')).toBe('US$1,234.50');
    expect(formatMoney({ amount: 1234.5, currency: 'USD' }, 'zh')).toBe('US$1,234.50');
    expect(formatMoney(null, 'en')).toBeNull();
    // A unit cost kept finer than cents keeps its digits when asked; a whole amount still shows the currency's decimals.
    expect(formatMoney({ amount: 2.125, currency: 'USD' }, 'en', 4)).toBe('US$2.125');
    expect(formatMoney({ amount: 2.125, currency: 'USD' }, 'en')).toBe('US$2.13');
    expect(formatMoney({ amount: 30, currency: 'USD' }, 'en', 4)).toBe('US$30.00');
  });

  it('shows a calendar date as that date wherever the browser is', () => {
    expect(formatDate('2026-12-31', 'en')).toBe('31 Dec 2026');
    expect(formatDate('2026-12-31', 'zh')).toBe('2026年12月31日');
  });

  it('shows ratios as percentages', () => {
    expect(formatPercent(0.255, 'en')).toBe('25.5%');
    expect(formatPercent(undefined, 'en')).toBeNull();
  });

  it('writes counts with thousands separators in both languages', () => {
    expect(formatNumber(12000, 'en')).toBe('12,000');
    expect(formatNumber(1234567, 'zh')).toBe('1,234,567');
    expect(formatNumber(2.5, 'en')).toBe('2.5');
  });
});
