// zooming the charts into a period: one window shared by every chart on a page, set from the period controls
// (selects and buttons, so the keyboard reaches it) or by dragging across any chart; the report has no zoom
import { formatDay } from '@reconnect/core/playbook';
import { createContext, type ReactNode, useContext, useId, useMemo, useState } from 'react';

/** a period of weeks, by the Mondays that start its first and last week (YYYY-MM-DD) */
export interface ZoomWindow {
  readonly from: string;
  readonly to: string;
}

export interface ChartZoom {
  readonly window: ZoomWindow | null;
  readonly setWindow: (window: ZoomWindow | null) => void;
}

const ZoomContext = createContext<ChartZoom | null>(null);

/** the page's zoom, or null where charts do not zoom (the one-file report) */
export const useChartZoom = (): ChartZoom | null => useContext(ZoomContext);

/**
 * @example <ZoomProvider><Findings report={report} /></ZoomProvider>
 */
export function ZoomProvider({ children }: { children: ReactNode }) {
  const [window, setWindow] = useState<ZoomWindow | null>(null);
  const value = useMemo(() => ({ window, setWindow }), [window]);
  return <ZoomContext.Provider value={value}>{children}</ZoomContext.Provider>;
}

/**
 * The weeks inside a window (all of them without one), never fewer than two so a line can be drawn.
 * @example weeksIn(weeks, { from: '2025-03-03', to: '2025-05-26' }).length // 13
 */
export function weeksIn<W extends { readonly start: string }>(weeks: readonly W[], window: ZoomWindow | null): W[] {
  if (window === null) return [...weeks];
  const inside = weeks.filter((w) => w.start >= window.from && w.start <= window.to);
  return inside.length >= 2 ? inside : [...weeks];
}

/**
 * The window a dragged span of days covers, snapped to the weeks it touches; null when it holds fewer than two.
 * @example windowFor(['2025-01-06', '2025-01-13', '2025-01-20'], '2025-01-08', '2025-01-21') // { from: '2025-01-06', to: '2025-01-20' }
 */
export function windowFor(starts: readonly string[], fromDay: string, toDay: string): ZoomWindow | null {
  const [low, high] = fromDay <= toDay ? [fromDay, toDay] : [toDay, fromDay];
  let first = -1;
  let last = -1;
  for (let i = 0; i < starts.length; i++) {
    const start = starts[i] as string;
    const next = starts[i + 1];
    // a week is touched when it starts before the span ends and the next one starts after the span begins
    if (start <= high && (next === undefined || next > low)) {
      if (first < 0) first = i;
      last = i;
    }
  }
  if (first < 0 || last - first < 1) return null;
  return { from: starts[first] as string, to: starts[last] as string };
}

/** the presets: the whole history, the last three months, and a few months either side of the change */
function presets(starts: readonly string[], onset: string | null): { label: string; window: ZoomWindow | null }[] {
  const list: { label: string; window: ZoomWindow | null }[] = [{ label: 'Whole history', window: null }];
  const last = starts[starts.length - 1];
  if (last !== undefined && starts.length > 14) {
    list.push({ label: 'Last 3 months', window: { from: starts[starts.length - 13] as string, to: last } });
  }
  if (onset !== null) {
    const at = starts.findIndex((s) => s >= onset);
    if (at >= 0 && starts.length > 18) {
      const from = starts[Math.max(0, at - 8)] as string;
      const to = starts[Math.min(starts.length - 1, at + 8)] as string;
      list.push({ label: 'Around the change', window: { from, to } });
    }
  }
  return list;
}

/**
 * The period controls above the charts: from and to weeks, presets, and what is shown now.
 * @example <ZoomControls starts={weeks.map((w) => w.start)} onset={withdrawal.onset} />
 */
export function ZoomControls({ starts, onset }: { starts: readonly string[]; onset: string | null }) {
  const zoom = useChartZoom();
  const id = useId();
  if (zoom === null || starts.length < 3) return null;
  const first = starts[0] as string;
  const last = starts[starts.length - 1] as string;
  const from = zoom.window?.from ?? first;
  const to = zoom.window?.to ?? last;
  const pick = (nextFrom: string, nextTo: string) => {
    const window = nextFrom <= nextTo ? { from: nextFrom, to: nextTo } : { from: nextTo, to: nextFrom };
    zoom.setWindow(window.from === first && window.to === last ? null : window);
  };
  return (
    <section className="card zoom" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="zoom-title">
        Period shown
      </h2>
      <p className="muted zoom-hint">
        Choose the weeks to look at closely, or drag across any chart. Every chart below follows.
      </p>
      <div className="zoom-fields">
        <label htmlFor={`${id}-from`}>From the week of</label>
        <select id={`${id}-from`} value={from} onChange={(event) => pick(event.target.value, to)}>
          {starts.map((start) => (
            <option key={start} value={start}>
              {formatDay(start)}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-to`}>to the week of</label>
        <select id={`${id}-to`} value={to} onChange={(event) => pick(from, event.target.value)}>
          {starts.map((start) => (
            <option key={start} value={start}>
              {formatDay(start)}
            </option>
          ))}
        </select>
      </div>
      <div className="actions zoom-presets">
        {presets(starts, onset).map((preset) => {
          const current =
            preset.window === null
              ? zoom.window === null
              : zoom.window?.from === preset.window.from && zoom.window?.to === preset.window.to;
          return (
            <button
              key={preset.label}
              type="button"
              className="button"
              aria-pressed={current}
              onClick={() => zoom.setWindow(preset.window)}
            >
              {preset.label}
            </button>
          );
        })}
      </div>
      <p className="zoom-now" role="status">
        {zoom.window === null
          ? `Showing the whole history, ${formatDay(first)} to ${formatDay(last)}.`
          : `Showing the weeks of ${formatDay(zoom.window.from)} to ${formatDay(zoom.window.to)}.`}
      </p>
    </section>
  );
}
