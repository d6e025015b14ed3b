// a titled figure around a chart, with the one sentence that says how to read it
import type { ReactNode } from 'react';

export interface ChartCardProps {
  readonly title: string;
  /** one plain sentence: what the chart shows and how to read it */
  readonly explanation: string;
  readonly children: ReactNode;
  readonly wide?: boolean;
}

/**
 * @example <ChartCard title="Reply time" explanation="Lower is quicker.">{chart}</ChartCard>
 */
export function ChartCard({ title, explanation, children, wide = false }: ChartCardProps) {
  return (
    <figure className={wide ? 'card chart-card wide' : 'card chart-card'}>
      <h3>{title}</h3>
      <figcaption>{explanation}</figcaption>
      {children}
    </figure>
  );
}
