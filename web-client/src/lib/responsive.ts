import { Grid } from 'antd';

/**
 * The widths the layout changes at, from AntD's breakpoints (its `md` and `lg`): below 768 px a phone
 * (navigation in a drawer, tables as cards, the candidate board stacked), below 992 px a tablet (the
 * side menu starts folded to icons), a desktop above. Every screen asks here rather than measuring itself.
 */
export type Viewport = 'phone' | 'tablet' | 'desktop';

export function useViewport(): Viewport {
  const screens = Grid.useBreakpoint();
  // Before AntD has measured (the first render) the breakpoints are unknown: lay out for a desktop.
  if (screens.md === false) return 'phone';
  if (screens.lg === false) return 'tablet';
  return 'desktop';
}
