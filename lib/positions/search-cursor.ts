import { queryTokens } from "../search/tokens";

/**
 * The cursor of a search's next page: the sort key of the last row shown, base64url JSON.
 * Pure, so the API can refuse a cursor that does not fit its search before any query runs.
 */
export interface Cursor {
  /** relevance: [titleHit, publishedAt, id]; newest: [publishedAt, id]; salary: [salary, id]. */
  k: (string | number)[];
}

export type CursorOrder = "relevance" | "newest" | "salary";

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString("base64url");
}

/** The order a search's pages follow: relevance (the default) only for a query with searchable words, else newest. */
export function orderOf(sort: CursorOrder | undefined, hasWords: boolean): CursorOrder {
  const chosen = sort ?? "relevance";
  return chosen === "relevance" && !hasWords ? "newest" : chosen;
}

/** The order of a search as the URL carries it. */
export function cursorOrder(search: { q?: string; sort?: CursorOrder }): CursorOrder {
  return orderOf(search.sort, search.q ? queryTokens(search.q).length > 0 : false);
}

/** The cursor after a page's last row, in the key its order continues from (the shapes below). */
export function cursorAfter(order: CursorOrder, last: Record<string, unknown>): string {
  const date = new Date(last.publishedAt as string).toISOString();
  const id = Number(last.id);
  const k = order === "relevance" ? [Number(last.hit), date, id] : order === "salary" ? [last.salaryMax == null ? -1 : Number(last.salaryMax), id] : [date, id];
  return encodeCursor({ k });
}

const whole = (v: unknown) => Number.isSafeInteger(v);
const date = (v: unknown) => typeof v === "string" && /^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/.test(v) && !Number.isNaN(Date.parse(v));
const SHAPES: Record<CursorOrder, ((v: unknown) => boolean)[]> = {
  relevance: [(v) => v === 0 || v === 1, date, whole],
  newest: [date, whole],
  salary: [whole, whole],
};

/** A cursor's key, checked against the order it continues; anything else (forged, or from another sort) is null. */
export function decodeCursor(value: string | undefined, order: CursorOrder): Cursor | null {
  if (!value) return null;
  try {
    const parsed = JSON.parse(Buffer.from(value, "base64url").toString("utf8")) as Cursor;
    const shape = SHAPES[order];
    return Array.isArray(parsed?.k) && parsed.k.length === shape.length && shape.every((ok, i) => ok(parsed.k[i])) ? parsed : null;
  } catch {
    return null;
  }
}
