import { BarChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

import { modules } from '@/config/modules';

// Only what this chart draws: the dashboard chunk stays small, and no other chunk carries ECharts.
echarts.use([BarChart, GridComponent, TooltipComponent, SVGRenderer]);

/** Which of the nine modules have their screens (a placeholder until the KPIs arrive). */
export function ReadinessChart() {
  const { t, i18n } = useTranslation();
  const element = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!element.current) return;
    const chart = echarts.init(element.current, undefined, { renderer: 'svg' });
    chart.setOption({
      grid: { left: 8, right: 16, top: 8, bottom: 8, containLabel: true },
      tooltip: { trigger: 'item' },
      xAxis: { type: 'value', max: 1, show: false },
      yAxis: { type: 'category', inverse: true, data: modules.map((m) => t(`modules.${m.key}`)) },
      series: [
        {
          type: 'bar',
          barWidth: 12,
          data: modules.map((m) => ({
            value: m.live ? 1 : 0.15,
            name: m.live ? t('dashboard.live') : t('dashboard.planned'),
            itemStyle: { color: m.live ? '#52c41a' : '#d9d9d9' },
          })),
          tooltip: { valueFormatter: () => '' },
        },
      ],
    });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [t, i18n.resolvedLanguage]);

  return <div ref={element} role="img" aria-label={t('dashboard.readiness')} style={{ width: '100%', height: 280 }} />;
}
