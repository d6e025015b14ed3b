// one measured figure of npm run bench, with its budget and the peer measured in the same run
export interface BenchRow {
  /** what was measured, e.g. "coach --batch 200,000 messages" */
  readonly work: string;
  /** Reconnect's figure, formatted with its unit, e.g. "61,200 msg/s" */
  readonly reconnect: string;
  /** the speed the product promises for this work, e.g. "≥ 50,000 msg/s" */
  readonly budget: string;
  /** whether the figure is within budget (null when the row has no budget) */
  readonly withinBudget: boolean | null;
  /** the peer's figure on the same input in the same run, e.g. "vader-sentiment: 2,950 msg/s" */
  readonly peer?: string;
}

/** a bench section: measures one area and returns its rows; `quick` shrinks inputs for a smoke run */
export type BenchSection = (options: { quick: boolean; log: (line: string) => void }) => Promise<BenchRow[]>;
