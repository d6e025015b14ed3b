// the report's building blocks, for the standalone report and the local web app alike

export { AdviceCard } from './advice-card.tsx';
export { ChartCard } from './chart-card.tsx';
export { DatedQuote } from './dated-quote.tsx';
export {
  ConnectionChart,
  describeChange,
  MessageLengthChart,
  MessagesChart,
  QuestionsChart,
  ReplyTimeChart,
  TurnTowardChart,
  WhoStartsChart,
} from './metric-charts.tsx';
export { PairChart, reportMarkers } from './pair-chart.tsx';
export { byPeriod, MONTHLY_AFTER_WEEKS } from './periods.ts';
export { PursuitPanel } from './pursuit-panel.tsx';
export { ReasonsPanel } from './reasons-panel.tsx';
export { SafetyNote, SafetyPanel } from './safety-panel.tsx';
export { SurenessMeter } from './sureness-meter.tsx';
export { TimeChart } from './time-chart.tsx';
export { WithdrawalSummary } from './withdrawal-summary.tsx';
