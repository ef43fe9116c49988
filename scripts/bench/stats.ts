/** Percentiles and plain-text / Markdown tables for the search bench. */

export interface Summary {
  n: number;
  p50: number;
  p95: number;
  p99: number;
  min: number;
  max: number;
}

/** The p-th percentile (0–100) of sorted values, linearly interpolated between ranks. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = (p / 100) * (sorted.length - 1);
  const lower = Math.floor(rank);
  const upper = Math.ceil(rank);
  const a = sorted[lower] ?? Number.NaN;
  const b = sorted[upper] ?? a;
  return a + (b - a) * (rank - lower);
}

export function summarize(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    n: sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    min: sorted[0] ?? Number.NaN,
    max: sorted.at(-1) ?? Number.NaN,
  };
}

/** Milliseconds for a table: one decimal below 100, whole numbers above. */
export function ms(value: number): string {
  if (!Number.isFinite(value)) return "–";
  return value < 100 ? value.toFixed(1) : Math.round(value).toLocaleString("en-US");
}

export function ratio(value: number): string {
  if (!Number.isFinite(value)) return "–";
  return `${value < 10 ? value.toFixed(2) : value.toFixed(0)}×`;
}

export function count(value: number): string {
  return value.toLocaleString("en-US");
}

/** East Asian characters take two columns in a terminal. */
function width(text: string): number {
  let w = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    w += code >= 0x1100 && (code <= 0x115f || (code >= 0x2e80 && code <= 0xa4cf) || (code >= 0xac00 && code <= 0xd7a3) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xfe30 && code <= 0xfe4f) || (code >= 0xff00 && code <= 0xff60) || (code >= 0xffe0 && code <= 0xffe6)) ? 2 : 1;
  }
  // ✓ and ✗ are narrow; × too.
  return w;
}

function pad(text: string, to: number, right: boolean): string {
  const fill = " ".repeat(Math.max(0, to - width(text)));
  return right ? fill + text : text + fill;
}

/**
 * A Markdown table, padded so that it also reads well in a terminal. Columns whose header
 * starts with a space are right-aligned (numbers).
 */
export function markdownTable(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const right = headers.map((h) => h.startsWith(" "));
  const names = headers.map((h) => h.trim());
  const widths = names.map((h, i) => Math.max(width(h), 3, ...rows.map((r) => width(r[i] ?? ""))));
  const line = (cells: readonly string[]) =>
    `| ${names.map((_, i) => pad(cells[i] ?? "", widths[i] ?? 3, right[i] ?? false)).join(" | ")} |`;
  const rule = `|${widths.map((w, i) => (right[i] ? `${"-".repeat(w + 1)}:` : `${"-".repeat(w + 2)}`)).join("|")}|`;
  return [line(names), rule, ...rows.map(line)].join("\n");
}
