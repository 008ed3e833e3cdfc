import { RadarChart } from 'echarts/charts';
import { LegendComponent, RadarComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

import { scoreNames, type SupplierScores } from './scores';

// Only what the radar draws; this module is loaded lazily, so ECharts stays out of the route's first chunk.
echarts.use([RadarChart, RadarComponent, TooltipComponent, LegendComponent, CanvasRenderer]);

let canvasSupport: boolean | undefined;
const canDraw = () => {
  if (canvasSupport === undefined) {
    try {
      canvasSupport = !/jsdom/i.test(navigator.userAgent) && document.createElement('canvas').getContext('2d') !== null;
    } catch {
      canvasSupport = false;
    }
  }
  return canvasSupport;
};

type ScoreRadarProps = {
  scores: SupplierScores;
  /** The axis names in the UI language, by score. */
  labels: Record<keyof SupplierScores, string>;
  /** Names the chart for screen readers (it states the scores). */
  label: string;
  seriesName: string;
};

/** The latest evaluation's seven scores on a 0–100 radar. */
export default function ScoreRadar({ scores, labels, label, seriesName }: ScoreRadarProps) {
  const element = useRef<HTMLDivElement>(null);

  useEffect(() => {
    // Without a 2D canvas (a test DOM) there is nothing to draw on: the labelled element still states the scores.
    if (!element.current || !canDraw()) return;
    let chart: echarts.ECharts | undefined;
    try {
      chart = echarts.init(element.current, undefined, { renderer: 'canvas' });
      chart.setOption({
        tooltip: { trigger: 'item' },
        radar: { indicator: scoreNames.map((name) => ({ name: labels[name], max: 100 })), radius: '65%' },
        series: [
          {
            type: 'radar',
            name: seriesName,
            areaStyle: { opacity: 0.2 },
            data: [{ name: seriesName, value: scoreNames.map((name) => scores[name]) }],
          },
        ],
      });
    } catch {
      chart = undefined;
    }
    const resize = () => chart?.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart?.dispose();
    };
  }, [scores, labels, seriesName]);

  return <div ref={element} role="img" aria-label={label} style={{ width: '100%', height: 300 }} />;
}
