// a uPlot line chart over calendar days with optional dated markers; the base of every report chart
import { type KeyboardEvent, useEffect, useRef, useState } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { formatDay } from '@reconnect/core/playbook';
import { axisDate, daySeconds } from '../format.ts';
import { type ChartColors, type ChartTone, readChartColors } from '../tokens.ts';
import { useChartZoom, windowFor, type ZoomWindow } from './zoom.tsx';

export interface ChartSeries {
  readonly label: string;
  readonly values: readonly (number | null)[];
  /** which colour token draws it */
  readonly tone: ChartTone;
  /** shade the area under the line */
  readonly filled?: boolean;
  readonly dash?: readonly number[];
}

export interface ChartMarker {
  /** YYYY-MM-DD */
  readonly day: string;
  readonly label: string;
  /** a marker is drawn in the marker colour unless it names a line's tone */
  readonly tone?: ChartTone;
  /** which side of the line the label prefers (it moves when there is no room) */
  readonly side?: 'before' | 'after';
}

export interface TimeChartProps {
  /** YYYY-MM-DD of each point, ascending */
  readonly days: readonly string[];
  readonly series: readonly ChartSeries[];
  readonly formatValue: (value: number) => string;
  /** a shorter form for axis labels (defaults to formatValue) */
  readonly formatAxis?: (value: number) => string;
  /** the tick steps the value axis may use, smallest first (uPlot picks decimal steps otherwise) */
  readonly ticks?: readonly number[];
  /** read by screen readers in place of the drawing */
  readonly description: string;
  readonly markers?: readonly ChartMarker[];
  readonly range?: readonly [number, number];
  /** what one point stands for, named in the legend */
  readonly period?: 'week' | 'month';
  readonly height?: number;
}

/** height of one row of marker labels above the plot, in CSS pixels */
const LABEL_ROW = 15;

function markerPlugin(markers: readonly ChartMarker[], colors: ChartColors): uPlot.Plugin {
  return {
    hooks: {
      draw: (chart) => {
        const { top, height, left, width } = chart.bbox;
        const ctx = chart.ctx;
        const ratio = window.devicePixelRatio || 1;
        ctx.save();
        ctx.font = `${12 * ratio}px system-ui, sans-serif`;
        ctx.textBaseline = 'bottom';
        const placed: { from: number; to: number; row: number }[] = [];
        for (const marker of markers) {
          const x = chart.valToPos(daySeconds(marker.day), 'x', true);
          if (!Number.isFinite(x) || x < left || x > left + width) continue;
          const color = marker.tone ? colors[marker.tone] : colors.marker;
          ctx.strokeStyle = color;
          ctx.fillStyle = color;
          ctx.lineWidth = 1.5 * ratio;
          ctx.setLineDash([5 * ratio, 4 * ratio]);
          ctx.beginPath();
          ctx.moveTo(x, top);
          ctx.lineTo(x, top + height);
          ctx.stroke();
          ctx.setLineDash([]);
          const textWidth = ctx.measureText(marker.label).width;
          const gap = 4 * ratio;
          const roomBefore = x - gap - textWidth >= 0;
          const roomAfter = x + gap + textWidth <= left + width;
          const before = marker.side === 'after' ? !roomAfter && roomBefore : roomBefore || !roomAfter;
          const from = before ? x - gap - textWidth : x + gap;
          const to = from + textWidth;
          const row = placed.some((p) => p.row === 0 && from < p.to + gap && to > p.from - gap) ? 1 : 0;
          placed.push({ from, to, row });
          ctx.textAlign = before ? 'right' : 'left';
          ctx.fillText(marker.label, before ? x - gap : x + gap, top - gap - row * LABEL_ROW * ratio);
        }
        ctx.restore();
      },
    },
  };
}

const dayOf = (seconds: number): string => new Date(seconds * 1000).toISOString().slice(0, 10);

function chartOptions(
  props: TimeChartProps,
  width: number,
  colors: ChartColors,
  onHover: (index: number | null) => void,
  onSelect: ((window: ZoomWindow) => void) | null,
): uPlot.Options {
  const format = props.formatAxis ?? props.formatValue;
  const axis: Partial<uPlot.Axis> = {
    stroke: colors.axis,
    grid: { stroke: colors.grid, width: 1 },
    ticks: { show: false },
    font: '12px system-ui, sans-serif',
  };
  const yScale: uPlot.Scale = props.range
    ? { range: [props.range[0], props.range[1]] }
    : { range: (_u, _min, max) => [0, max > 0 ? max * 1.1 : 1] };
  return {
    width,
    height: props.height ?? 220,
    tzDate: (ts) => uPlot.tzDate(new Date(ts * 1000), 'Etc/UTC'),
    scales: { x: { time: true }, y: yScale },
    padding: [props.markers?.length ? 10 + LABEL_ROW * props.markers.length : 12, 12, 0, 0],
    legend: { show: false },
    hooks: {
      setCursor: [(chart) => onHover(chart.cursor.idx ?? null)],
      // a drag across the chart zooms every chart on the page into the weeks it covers
      setSelect: [
        (chart) => {
          if (onSelect === null || chart.select.width < 4) return;
          const from = dayOf(chart.posToVal(chart.select.left, 'x'));
          const to = dayOf(chart.posToVal(chart.select.left + chart.select.width, 'x'));
          chart.setSelect({ left: 0, top: 0, width: 0, height: 0 }, false);
          const window = windowFor(props.days, from, to);
          if (window !== null) onSelect(window);
        },
      ],
    },
    cursor: { drag: { x: onSelect !== null, y: false, setScale: false }, points: { size: 7 } },
    axes: [
      {
        ...axis,
        space: 90,
        // dates read like every other date in the report ("17 May 2025"), not the browser's US-style default
        values: (_u, splits) => splits.map(axisDate),
      },
      {
        ...axis,
        size: 64,
        values: (_u, splits) => splits.map((v) => format(v)),
        ...(props.ticks ? { incrs: [...props.ticks] } : {}),
      },
    ],
    series: [
      {},
      ...props.series.map(
        (s): uPlot.Series => ({
          label: s.label,
          stroke: colors[s.tone],
          width: 2,
          spanGaps: true,
          points: { show: false },
          ...(s.filled ? { fill: s.tone === 'connection' ? colors.connectionFill : colors[s.tone] } : {}),
          ...(s.dash ? { dash: [...s.dash] } : {}),
        }),
      ),
    ],
    plugins: props.markers?.length ? [markerPlugin(props.markers, colors)] : [],
  };
}

function legendTitle(period: 'week' | 'month', latest: boolean, day: string): string {
  if (period === 'month') return `${latest ? 'Latest month' : 'Month of'} ${formatDay(day).replace(/^\d+ /, '')}`;
  return `${latest ? 'Latest week' : 'Week of'} ${formatDay(day)}`;
}

function Swatch({ tone, dash }: { tone: ChartTone; dash: readonly number[] | undefined }) {
  return (
    <svg className="swatch" width="22" height="10" viewBox="0 0 22 10" aria-hidden="true">
      <line
        className={`tone-${tone}`}
        x1="1"
        y1="5"
        x2="21"
        y2="5"
        strokeWidth="2.5"
        strokeDasharray={dash?.join(' ')}
      />
    </svg>
  );
}

/**
 * A responsive line chart of weekly values, drawn on a canvas by uPlot, with a legend that reads out the
 * week under the pointer (the latest week otherwise).
 * @example <TimeChart days={['2024-01-01']} series={[{ label: 'You', values: [3], tone: 'me' }]} formatValue={String} description="…" />
 */
export function TimeChart(props: TimeChartProps) {
  const holder = useRef<HTMLDivElement>(null);
  const plot = useRef<uPlot | null>(null);
  const [hover, setHover] = useState<number | null>(null);
  const [spoken, setSpoken] = useState('');
  const zoom = useChartZoom();
  const setWindow = zoom?.setWindow ?? null;

  useEffect(() => {
    const element = holder.current;
    if (!element) return;
    const data: uPlot.AlignedData = [
      props.days.map(daySeconds),
      ...props.series.map((s) => s.values.map((v) => (v === null || !Number.isFinite(v) ? null : v))),
    ];
    const colors = readChartColors(element);
    const chart = new uPlot(
      chartOptions(props, Math.max(240, element.clientWidth), colors, setHover, setWindow),
      data,
      element,
    );
    plot.current = chart;
    const observer = new ResizeObserver(() => {
      const width = Math.max(240, element.clientWidth);
      if (Math.abs(width - chart.width) > 1) chart.setSize({ width, height: props.height ?? 220 });
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
      plot.current = null;
      chart.destroy();
    };
  }, [props, setWindow]);

  const index = hover ?? props.days.length - 1;
  const day = props.days[index];
  const reading = (at: number): string => {
    const when = props.days[at];
    if (when === undefined) return '';
    const values = props.series.map((s) => {
      const value = s.values[at];
      return `${s.label}: ${value === null || value === undefined ? 'no figure' : props.formatValue(value)}`;
    });
    return `${legendTitle(props.period ?? 'week', false, when)}. ${values.join('; ')}.`;
  };
  // the arrow keys walk the points as the pointer does, and the figures are read out
  const onKey = (event: KeyboardEvent<HTMLDivElement>) => {
    const chart = plot.current;
    const last = props.days.length - 1;
    const moves: Record<string, number> = { ArrowLeft: index - 1, ArrowRight: index + 1, Home: 0, End: last };
    const next = moves[event.key];
    if (chart === null || next === undefined || last < 0) return;
    event.preventDefault();
    const at = Math.min(last, Math.max(0, next));
    const x = chart.valToPos(daySeconds(props.days[at] as string), 'x');
    chart.setCursor({ left: x, top: chart.bbox.height / (2 * (window.devicePixelRatio || 1)) });
    setHover(at);
    setSpoken(reading(at));
  };
  return (
    <div className="time-chart-wrap">
      <div
        className="time-chart"
        ref={holder}
        role="img"
        // biome-ignore lint/a11y/noNoninteractiveTabindex: the chart is read point by point with the arrow keys
        tabIndex={0}
        aria-label={`${props.description} Use the left and right arrow keys to read each ${props.period ?? 'week'}.`}
        onKeyDown={onKey}
        onBlur={() => setSpoken('')}
      />
      <p className="visually-hidden" aria-live="polite">
        {spoken}
      </p>
      <div className="legend" aria-hidden="true">
        <span className="legend-week">{day ? legendTitle(props.period ?? 'week', hover === null, day) : ''}</span>
        {props.series.map((s) => {
          const value = s.values[index];
          return (
            <span className="legend-item" key={s.label}>
              <Swatch tone={s.tone} dash={s.dash} />
              <span className="legend-name">{s.label}:</span>
              <strong>{value === null || value === undefined ? '—' : props.formatValue(value)}</strong>
            </span>
          );
        })}
      </div>
    </div>
  );
}
