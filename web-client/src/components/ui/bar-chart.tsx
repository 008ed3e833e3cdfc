import { Empty } from 'antd';
import { BarChart as EBarChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

import { currentLanguage } from '@/i18n';
import { formatNumber } from '@/lib/format';

// Only what this chart draws, as the dashboard's parts chart does: no other chart type enters the chunk.
echarts.use([EBarChart, GridComponent, TooltipComponent, SVGRenderer]);

export type Bar = { key: string; label: string; value: number };

/**
 * Counts as horizontal bars, in the order given (the dashboard's KPI parts chart, for any labelled counts). For screen
 * readers and tests it is an image whose name lists every bar; with nothing counted it says `emptyText` instead.
 */
export function BarChart({ name, bars, emptyText }: { name: string; bars: Bar[]; emptyText: string }) {
  const element = useRef<HTMLDivElement>(null);
  const language = currentLanguage();
  const empty = bars.every((b) => b.value === 0);

  useEffect(() => {
    const count = (value: number) => formatNumber(value, language);
    if (!element.current) return;
    const chart = echarts.init(element.current, undefined, { renderer: 'svg' });
    chart.setOption({
      grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
      tooltip: { trigger: 'item', valueFormatter: (value: number) => count(value) },
      xAxis: { type: 'value', minInterval: 1, axisLabel: { formatter: (value: number) => count(value) } },
      yAxis: { type: 'category', inverse: true, data: bars.map((b) => b.label) },
      series: [
        {
          type: 'bar',
          barWidth: 12,
          data: bars.map((b) => b.value),
          itemStyle: { color: '#1677ff' },
          label: { show: true, position: 'right', formatter: ({ value }: { value: number }) => count(value) },
        },
      ],
    });
    const resize = () => chart.resize();
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(resize);
    observer?.observe(element.current);
    window.addEventListener('resize', resize);
    return () => {
      observer?.disconnect();
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [bars, language, empty]);

  if (empty) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText} />;
  const summary = bars.map((b) => `${b.label}: ${formatNumber(b.value, language)}`).join(', ');
  return <div ref={element} role="img" aria-label={`${name} — ${summary}`} style={{ width: '100%', height: Math.max(120, bars.length * 32) }} />;
}
