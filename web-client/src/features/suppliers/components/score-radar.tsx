import { RadarChart } from 'echarts/charts';
import { LegendComponent, RadarComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

import type { Language } from '@/i18n';
import { formatNumber } from '@/lib/format';

import { scoreNames, type SupplierScores } from './scores';

// Only what the radar draws; this module is loaded lazily, so ECharts stays out of the route's first chunk.
echarts.use([RadarChart, RadarComponent, TooltipComponent, LegendComponent, SVGRenderer]);

type ScoreRadarProps = {
  scores: SupplierScores;
  /** The axis names in the UI language, by score. */
  labels: Record<keyof SupplierScores, string>;
  /** Names the chart for screen readers (it states the scores). */
  label: string;
  seriesName: string;
  language: Language;
};

/** The chart's scale: 0 to 100 in steps of 20, written along the first axis (on every axis it would hide the shape). */
const scale = { min: 0, max: 100, splitNumber: 5 };

/**
 * The radar's option: seven axes on the 0–100 scale, the scale written along the first one, and each score written at
 * its point, so the chart can be read without hovering.
 */
export function radarOption({ scores, labels, seriesName, language }: Omit<ScoreRadarProps, 'label'>) {
  const number = (value: number) => formatNumber(value, language);
  return {
    tooltip: { trigger: 'item' },
    radar: {
      radius: '62%',
      splitNumber: scale.splitNumber,
      axisLabel: { show: false },
      indicator: scoreNames.map((name, index) => ({
        name: labels[name],
        min: scale.min,
        max: scale.max,
        ...(index === 0 ? { axisLabel: { show: true, showMinLabel: true, showMaxLabel: true, fontSize: 10, color: '#8c8c8c', formatter: (value: number) => number(value) } } : {}),
      })),
    },
    series: [
      {
        type: 'radar',
        name: seriesName,
        areaStyle: { opacity: 0.2 },
        label: { show: true, fontSize: 11, formatter: ({ value }: { value: number }) => number(value) },
        data: [{ name: seriesName, value: scoreNames.map((name) => scores[name]) }],
      },
    ],
  };
}

/** The latest evaluation's seven scores on a 0–100 radar, drawn as SVG (crisp when zoomed, and readable in tests). */
export default function ScoreRadar({ scores, labels, label, seriesName, language }: ScoreRadarProps) {
  const element = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!element.current) return;
    const chart = echarts.init(element.current, undefined, { renderer: 'svg' });
    chart.setOption(radarOption({ scores, labels, seriesName, language }));
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [scores, labels, seriesName, language]);

  return <div ref={element} role="img" aria-label={label} style={{ width: '100%', height: 300 }} />;
}
