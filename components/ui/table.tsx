import type { ReactNode } from "react";
import { cn } from "./cn";
import { ScrollRegion } from "./scroll-region";

export interface TableColumn<Row> {
  /** Unique within the table. */
  key: string;
  header: ReactNode;
  cell: (row: Row) => ReactNode;
  /** Figures: right-aligned, header included, with digits of one width so they line up. */
  numeric?: boolean;
  /** The column that names each row: its cells are `<th scope="row">`. */
  rowHeader?: boolean;
  /** Classes of the column's body cells (wrapping, type, colour). */
  className?: string;
  /** A body cell's tooltip, for text the cell cuts short. */
  title?: (row: Row) => string | undefined;
}

/**
 * `framed` stands on the page in a card of its own; `inset` sits inside a card and is tighter.
 * The head is set apart by a rule either way, the rows by fainter ones.
 */
const VARIANTS = {
  framed: { region: "rounded-xl bg-white shadow-sm ring-1 ring-slate-200", head: "bg-slate-50 text-slate-700", th: "px-3 py-2 font-semibold", td: "px-3 py-2" },
  inset: { region: "", head: "text-slate-600", th: "px-2 py-1.5 font-medium", td: "px-2 py-1.5" },
} as const;

/**
 * The one table of the app. Its caption names it for screen readers (shown only with
 * `showCaption`) and names the region it scrolls in: wider than a phone, it scrolls sideways
 * on its own (ScrollRegion, focusable for keyboards), never the page.
 */
export function Table<Row>({
  caption,
  showCaption = false,
  columns,
  rows,
  rowKey,
  variant = "framed",
  nowrap = false,
  testId,
}: {
  caption: string;
  showCaption?: boolean;
  columns: readonly TableColumn<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row, index: number) => string | number;
  variant?: keyof typeof VARIANTS;
  /** Never wrap a cell: the table takes the width it needs and scrolls. */
  nowrap?: boolean;
  testId?: string;
}) {
  const look = VARIANTS[variant];
  return (
    <ScrollRegion label={caption} className={look.region || undefined}>
      <table className={cn("w-full text-left text-sm", nowrap && "min-w-max")} data-testid={testId}>
        <caption className={showCaption ? "px-3 py-2 text-left font-medium text-slate-900" : "sr-only"}>{caption}</caption>
        <thead>
          <tr className={cn("border-b border-slate-200", look.head)}>
            {columns.map((c) => (
              <th key={c.key} scope="col" className={cn(look.th, c.numeric && "text-right")}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((row, r) => (
            <tr key={rowKey(row, r)}>
              {columns.map((c) => {
                const Cell = c.rowHeader ? "th" : "td";
                return (
                  <Cell
                    key={c.key}
                    scope={c.rowHeader ? "row" : undefined}
                    title={c.title?.(row)}
                    className={cn(look.td, c.rowHeader && "font-normal text-slate-900", c.numeric && "text-right tabular-nums", c.className)}
                  >
                    {c.cell(row)}
                  </Cell>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
