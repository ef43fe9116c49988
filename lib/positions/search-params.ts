import { z } from "zod";
import { hasControlCharacters } from "../forms/control-characters";
import { educationLevel, employerKind, talentLevel } from "../../db/schema/enums";
import { cursorOrder, decodeCursor } from "./search-cursor";

/**
 * The whole search, as the URL (and the API) carries it. Filters name catalog entries by
 * their code, so links stay readable and stable.
 */
const code = z.string().trim().regex(/^[a-z0-9][a-z0-9-]{0,49}$/, "must be a code like 'dinghai'");

export const SORTS = ["relevance", "newest", "salary"] as const;

/** The salary floors the search page offers: each is one of the search index's SALARY_FLOORS (lib/search/tokens.ts), so exact there. */
export const SALARY_CHOICES = [8000, 15000, 25000, 40000] as const;

export const positionSearchSchema = z.object({
  q: z.string().trim().max(100, "at most 100 characters").refine((q) => !hasControlCharacters(q), "must not contain control characters").optional(),
  board: code.optional(),
  platform: code.optional(),
  location: code.optional(),
  industry: code.optional(),
  /** A talent-policy tag (人才政策) the position offers. */
  policy: code.optional(),
  education: z.enum(educationLevel.enumValues).optional(),
  level: z.enum(talentLevel.enumValues).optional(),
  kind: z.enum(employerKind.enumValues).optional(),
  /** Positions paying at least this much a month (their maximum reaches it). */
  salary: z.coerce.number({ error: "must be a whole number" }).int("must be a whole number").min(0, "must not be negative").max(1_000_000, "at most 1000000").optional(),
  overseas: z.enum(["1"], { error: "must be 1" }).optional(),
  sort: z.enum(SORTS).optional(),
  cursor: z.string().regex(/^[A-Za-z0-9_-]{1,200}$/, "not a cursor from a previous page").optional(),
  limit: z.coerce.number({ error: "must be a whole number" }).int("must be a whole number").min(1, "at least 1").max(50, "at most 50").default(20),
  /** API only: facet counts come with a first page unless facets=0. */
  facets: z.enum(["0", "1"], { error: "must be 0 or 1" }).optional(),
});

export type PositionSearch = z.output<typeof positionSearchSchema>;
export type FacetName = "board" | "platform" | "location" | "industry" | "education" | "level" | "kind" | "policy";

type Raw = Record<string, string | string[] | undefined> | URLSearchParams;

function entries(raw: Raw): Record<string, string> {
  const out: Record<string, string> = {};
  const pairs = raw instanceof URLSearchParams ? [...raw.entries()] : Object.entries(raw);
  for (const [key, value] of pairs) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined && first !== "") out[key] = first;
  }
  return out;
}

const CURSOR_MISFIT = "not a cursor from a previous page of this search's sort";

/** A cursor continues one order (relevance, newest or salary): one that does not fit the search's is no cursor of it. */
function cursorFits(search: PositionSearch): boolean {
  return search.cursor === undefined || decodeCursor(search.cursor, cursorOrder(search)) !== null;
}

/** For the API: every problem, by parameter name. Unknown parameters are refused too. */
export function parseSearchStrict(raw: Raw): { ok: true; search: PositionSearch } | { ok: false; errors: { parameter: string; message: string }[] } {
  const values = entries(raw);
  const unknown = Object.keys(values).filter((k) => !(k in positionSearchSchema.shape));
  const parsed = positionSearchSchema.safeParse(values);
  const errors = [
    ...unknown.map((parameter) => ({ parameter, message: "unknown parameter" })),
    ...(parsed.success ? [] : parsed.error.issues.map((i) => ({ parameter: String(i.path[0] ?? "query"), message: i.message }))),
    ...(parsed.success && !cursorFits(parsed.data) ? [{ parameter: "cursor", message: CURSOR_MISFIT }] : []),
  ];
  if (errors.length > 0 || !parsed.success) return { ok: false, errors };
  return { ok: true, search: parsed.data };
}

/** For the page: a bad parameter is dropped (and reported), the rest of the search still runs. */
export function parseSearchLenient(raw: Raw): { search: PositionSearch; dropped: string[] } {
  const values = entries(raw);
  const dropped: string[] = [];
  const kept: Record<string, string> = {};
  for (const [key, value] of Object.entries(values)) {
    const field = positionSearchSchema.shape[key as keyof typeof positionSearchSchema.shape];
    if (!field) continue;
    if (field.safeParse(value).success) kept[key] = value;
    else dropped.push(key);
  }
  const search = positionSearchSchema.parse(kept);
  if (cursorFits(search)) return { search, dropped };
  return { search: { ...search, cursor: undefined }, dropped: [...dropped, "cursor"] };
}

/** The URL of a search, without empty values; `changes` set or clear (undefined) parameters. */
export function searchHref(search: Partial<Record<keyof PositionSearch, string | number | undefined>>, changes: Partial<Record<keyof PositionSearch, string | number | undefined>> = {}): string {
  const merged = { ...search, ...changes };
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(merged)) {
    if (value === undefined || value === "" || key === "facets" || (key === "limit" && Number(value) === 20)) continue;
    params.set(key, String(value));
  }
  const query = params.toString();
  return query ? `/positions?${query}` : "/positions";
}
