/** The query mix of the search bench: Chinese words of 1–4 characters, filters and sorts. */

export type Sort = "relevance" | "newest" | "salary";

export interface Filter {
  label: string;
  params: Record<string, string>;
}

export interface Word {
  q: string;
  /** Why it is in the mix. */
  note: string;
}

export interface BenchCase {
  index: number;
  word: Word;
  filter: Filter;
  sort: Sort;
  label: string;
}

export const NO_FILTER: Filter = { label: "—", params: {} };

export const FILTERS: readonly Filter[] = [
  { label: "location=dinghai", params: { location: "dinghai" } },
  { label: "board=haichuang&education=master", params: { board: "haichuang", education: "master" } },
  { label: "salary=20000", params: { salary: "20000" } },
];

/**
 * The words of the mix. 海, 海洋 and 工程师 are each in over a fifth of the seeded positions
 * (titles, categories, majors, skills, employer names): the very common words the targets ask
 * for. Every word's share is measured and printed on each run.
 */
export const WORDS: readonly Word[] = [
  { q: "海", note: "1 character, very common" },
  { q: "医", note: "1 character" },
  { q: "海洋", note: "2 characters, very common" },
  { q: "石化", note: "2 characters" },
  { q: "航空", note: "2 characters" },
  { q: "工程师", note: "3 characters, very common" },
  { q: "研究员", note: "3 characters" },
  { q: "海洋电子", note: "4 characters" },
];

/** Words of the naive ILIKE comparison: a very common one, a less common one, a 4-character one. */
export const NAIVE_WORDS: readonly string[] = ["海洋", "航空", "海洋电子"];

export function chars(word: Word): number {
  return [...word.q].length;
}

/**
 * Six cases a word: each sort without a filter, and each filter once (with a sort that
 * rotates from word to word, so that every filter meets every sort).
 */
export function benchCases(words: readonly Word[] = WORDS): BenchCase[] {
  const cases: BenchCase[] = [];
  words.forEach((word, i) => {
    const variants: [Filter, Sort][] = [
      [NO_FILTER, "relevance"],
      [NO_FILTER, "newest"],
      [NO_FILTER, "salary"],
      [FILTERS[i % 3]!, "relevance"],
      [FILTERS[(i + 1) % 3]!, "newest"],
      [FILTERS[(i + 2) % 3]!, "salary"],
    ];
    for (const [filter, sort] of variants) {
      cases.push({ index: cases.length, word, filter, sort, label: `${word.q} · ${filter.label} · ${sort}` });
    }
  });
  return cases;
}

/** The API's query string for a case. */
export function caseParams(c: BenchCase, { facets }: { facets: boolean }): URLSearchParams {
  const params = new URLSearchParams({ q: c.word.q, ...c.filter.params, sort: c.sort, limit: "20" });
  if (!facets) params.set("facets", "0");
  return params;
}
