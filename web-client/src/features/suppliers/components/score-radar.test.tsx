import { render } from '@testing-library/react';

import ScoreRadar from './score-radar';

const labels = {
  qualification: 'Qualification', reputation: 'Reputation', capacity: 'Production capacity', quality: 'Product quality',
  price: 'Price', leadTime: 'Delivery lead time', afterSales: 'After-sales service',
};
const scores = { qualification: 90, reputation: 75, capacity: 82, quality: 64, price: 58, leadTime: 71, afterSales: 93 };

/** The texts the chart draws. */
const drawn = (container: HTMLElement) => [...container.querySelectorAll('svg text')].map((t) => t.textContent);

describe('The score radar', () => {
  // jsdom lays nothing out: give the chart the size it has on a tablet, so its labels do not overlap.
  beforeEach(() => {
    vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(600);
    vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(300);
  });
  afterEach(() => vi.restoreAllMocks());

  it('writes its 0–100 scale and every score on the chart', () => {
    const { container } = render(<ScoreRadar scores={scores} labels={labels} label="Scores" seriesName="Weighted score" language="en" />);

    const texts = drawn(container);
    expect(texts).toEqual(expect.arrayContaining(['0', '20', '40', '60', '80', '100']));
    expect(texts).toEqual(expect.arrayContaining(['90', '75', '82', '64', '58', '71', '93']));
    expect(texts).toEqual(expect.arrayContaining(['Qualification', 'After-sales service']));
  });
});
