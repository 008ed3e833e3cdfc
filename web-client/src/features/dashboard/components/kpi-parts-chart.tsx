import { Empty } from 'antd';
import { BarChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

import { currentLanguage } from '@/i18n';
import { formatNumber } from '@/lib/format';

import type { Kpi, KpiPart } from '../api/get-kpis';

// Only what this chart draws: the dashboard chunk stays small, and no other chunk carries ECharts.
echarts.use([BarChart, GridComponent, TooltipComponent, SVGRenderer]);

type KpiPartsChartProps = {
  kpi: Kpi;
  label: (code: string, key: string) => string;
  /** A bar was clicked: open its part's list. */
  onOpen?: (part: KpiPart) => void;
};

/**
 * A count broken down (candidates by stage, listings by status): one bar per part, in the server's order. With nothing
 * counted yet it says so instead of drawing empty axes.
 */
export function KpiPartsChart({ kpi, label, onOpen }: KpiPartsChartProps) {
  const { t } = useTranslation();
  const element = useRef<HTMLDivElement>(null);
  const language = currentLanguage();
  const number = (value: number) => formatNumber(value, language);
  const empty = kpi.parts.every((p) => p.value === 0);
  // The latest handler, without drawing the chart again each time the tile renders.
  const open = useRef(onOpen);
  useEffect(() => {
    open.current = onOpen;
  });
  const clickable = !!onOpen;

  useEffect(() => {
    const count = (value: number) => formatNumber(value, language);
    if (!element.current) return;
    const chart = echarts.init(element.current, undefined, { renderer: 'svg' });
    chart.setOption({
      grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
      tooltip: { trigger: 'item', valueFormatter: (value: number) => count(value) },
      xAxis: { type: 'value', minInterval: 1, axisLabel: { formatter: (value: number) => count(value) } },
      yAxis: { type: 'category', inverse: true, data: kpi.parts.map((p) => label(kpi.code, p.key)) },
      series: [
        {
          type: 'bar',
          barWidth: 12,
          cursor: clickable ? 'pointer' : 'default',
          data: kpi.parts.map((p) => p.value),
          itemStyle: { color: '#1677ff' },
          label: { show: true, position: 'right', formatter: ({ value }: { value: number }) => count(value) },
        },
      ],
    });
    chart.on('click', ({ dataIndex }) => {
      const part = kpi.parts[dataIndex];
      if (part) open.current?.(part);
    });
    // The tile settles its width after the chart is drawn (the grid lays out around it): follow the element's own size,
    // or the bars are drawn for a wider box and run out of the tile.
    const resize = () => chart.resize();
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(resize);
    observer?.observe(element.current);
    window.addEventListener('resize', resize);
    return () => {
      observer?.disconnect();
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [kpi, label, language, clickable, empty]);

  if (empty) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('dashboard.kpi.emptyChart')} />;
  const summary = kpi.parts.map((p) => `${label(kpi.code, p.key)}: ${number(p.value)}`).join(', ');
  return <div ref={element} role="img" aria-label={`${kpi.name} — ${summary}`} style={{ width: '100%', height: Math.max(120, kpi.parts.length * 32) }} />;
}
