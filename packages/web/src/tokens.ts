// the chart colours, read from the design tokens in styles/tokens.css so that each colour is defined once

/** the colours a chart draws with */
export interface ChartColors {
  readonly me: string;
  readonly partner: string;
  readonly connection: string;
  readonly connectionFill: string;
  readonly marker: string;
  readonly grid: string;
  readonly axis: string;
}

/** which line a series is: each tone has its colour token (and a `.tone-…` class for legend swatches) */
export type ChartTone = 'me' | 'partner' | 'connection';

/** the CSS custom property behind each chart colour */
export const CHART_TOKENS: Readonly<Record<keyof ChartColors, string>> = {
  me: '--chart-me',
  partner: '--chart-partner',
  connection: '--chart-connection',
  connectionFill: '--chart-connection-fill',
  marker: '--chart-marker',
  grid: '--chart-grid',
  axis: '--chart-axis',
};

/**
 * The chart colours as the page's stylesheet defines them for `element`.
 * @example readChartColors(document.documentElement).partner // the value of --chart-partner
 */
export function readChartColors(element: Element): ChartColors {
  const style = getComputedStyle(element);
  const read = (key: keyof ChartColors) => style.getPropertyValue(CHART_TOKENS[key]).trim();
  return {
    me: read('me'),
    partner: read('partner'),
    connection: read('connection'),
    connectionFill: read('connectionFill'),
    marker: read('marker'),
    grid: read('grid'),
    axis: read('axis'),
  };
}
