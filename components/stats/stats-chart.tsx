"use client";

import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";

export interface ChartSeries {
  key: string;
  label: string;
}

export interface StatsChartProps {
  kind: "bar" | "stacked" | "line";
  /** One object a category (or a day): `label` and a number per series key. */
  data: Record<string, string | number>[];
  series: ChartSeries[];
  /** Bars drawn sideways, for long category names. */
  horizontal?: boolean;
  /** A logarithmic value axis, for a funnel whose first stage dwarfs the others. */
  log?: boolean;
  height?: number;
}

/** Colours that tell series apart for most colour-blind readers too (Okabe–Ito). */
const COLOURS = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00"];

/**
 * A chart of the dashboard (recharts, drawn as SVG). Only /admin pages load it. It is a picture
 * of the table beside it, which holds the same numbers for screen readers and for copying.
 */
export function StatsChart({ kind, data, series, horizontal = false, log = false, height }: StatsChartProps) {
  const valueAxis = log ? ({ scale: "log", domain: [1, "dataMax"], allowDataOverflow: true } as const) : ({ allowDecimals: false } as const);
  const h = height ?? (horizontal ? Math.max(160, data.length * 34 + 60) : 260);
  const style = { width: "100%", height: h };
  if (kind === "line") {
    return (
      <LineChart responsive style={style} data={data} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
        <XAxis dataKey="label" tick={{ fontSize: 11 }} minTickGap={16} />
        <YAxis allowDecimals={false} tick={{ fontSize: 11 }} width={44} />
        <Tooltip />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        {series.map((s, i) => (
          <Line key={s.key} type="monotone" dataKey={s.key} name={s.label} stroke={COLOURS[i % COLOURS.length]} strokeWidth={2} dot={false} isAnimationActive={false} />
        ))}
      </LineChart>
    );
  }
  return (
    <BarChart responsive style={style} data={data} layout={horizontal ? "vertical" : "horizontal"} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
      <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
      {horizontal ? (
        <>
          <XAxis type="number" {...valueAxis} tick={{ fontSize: 11 }} />
          <YAxis type="category" dataKey="label" width={110} tick={{ fontSize: 11 }} />
        </>
      ) : (
        <>
          <XAxis dataKey="label" tick={{ fontSize: 11 }} interval={0} />
          <YAxis {...valueAxis} tick={{ fontSize: 11 }} width={52} />
        </>
      )}
      <Tooltip />
      {series.length > 1 ? <Legend wrapperStyle={{ fontSize: 12 }} /> : null}
      {series.map((s, i) => (
        <Bar key={s.key} dataKey={s.key} name={s.label} fill={COLOURS[i % COLOURS.length]} stackId={kind === "stacked" ? "stack" : undefined} isAnimationActive={false} />
      ))}
    </BarChart>
  );
}
