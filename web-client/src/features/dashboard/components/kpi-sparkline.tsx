import type { KpiPoint } from '../api/get-kpis';

const width = 96;
const height = 28;
const pad = 3;

/**
 * The last periods' values as a small line, oldest on the left. A period with nothing to measure leaves a gap; fewer than
 * two values draw nothing (a single point is no trend). `label` names the values for screen readers.
 */
export function KpiSparkline({ trend, label, colour = '#1677ff' }: { trend: readonly KpiPoint[]; label: string; colour?: string }) {
  const values = trend.map((p) => (p.value === null || p.value === undefined ? null : p.value));
  const known = values.filter((v): v is number => v !== null);
  if (known.length < 2) return null;

  const min = Math.min(...known);
  const max = Math.max(...known);
  const x = (i: number) => pad + (i * (width - 2 * pad)) / Math.max(1, values.length - 1);
  const y = (v: number) => (max === min ? height / 2 : pad + ((max - v) * (height - 2 * pad)) / (max - min));

  // Runs of consecutive known values, each its own line.
  const runs: string[] = [];
  let run: string[] = [];
  values.forEach((v, i) => {
    if (v === null) {
      if (run.length) runs.push(run.join(' '));
      run = [];
    } else run.push(`${x(i).toFixed(1)},${y(v).toFixed(1)}`);
  });
  if (run.length) runs.push(run.join(' '));
  const lastIndex = values.length - 1 - [...values].reverse().findIndex((v) => v !== null);
  const last = values[lastIndex];

  return (
    <svg role="img" aria-label={label} width={width} height={height} viewBox={`0 0 ${width} ${height}`} data-testid="kpi-sparkline">
      {runs.map((points) =>
        points.includes(' ') ? <polyline key={points} points={points} fill="none" stroke={colour} strokeWidth={1.5} strokeLinejoin="round" /> : null,
      )}
      {last !== null && last !== undefined ? <circle cx={x(lastIndex)} cy={y(last)} r={2.5} fill={colour} /> : null}
    </svg>
  );
}
