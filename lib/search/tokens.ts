/**
 * Search tokens for Chinese and English, as 32-bit integers for an intarray GIN index.
 *
 * Chinese has no spaces and pg_trgm cannot index 2-character words (海洋, 石化), so Han text is
 * cut into single characters and adjacent pairs: "海洋电子" → 海 洋 电 子 海洋 洋电 电子. A query
 * of one character looks up its unigram; a longer one needs all of its pairs (every hit contains
 * each pair; the trial on 1M rows found the same hits as LIKE). A pair of BMP characters is
 * encoded exactly — first << 16 | second — so pairs never collide; a single character is its
 * code point (high half 0, which no pair has). Latin letters and digits form words, lower-cased
 * and hashed (FNV-1a, 29 bits) into codes whose low half is below U+2000 — less than any Han
 * character, so no pair — and whose high half is never 0, so no unigram.
 */

const HAN = /\p{Script=Han}/u;
const WORD = /[\p{L}\p{N}]/u;

/** Full-width ASCII (ＣＡＤ, ２０２０) to half-width, and everything lower-cased (NFKC). */
export function normalise(text: string): string {
  return text.normalize("NFKC").toLowerCase();
}

function hanPair(a: number, b: number): number {
  return ((a << 16) | b) | 0;
}

function hashWord(word: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) {
    hash ^= word.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  const high = hash >>> 16 || 1;
  const low = hash & 0x1fff;
  return ((high << 16) | low) | 0;
}

interface Runs {
  han: number[][];
  words: string[];
}

function runs(text: string): Runs {
  const han: number[][] = [];
  const words: string[] = [];
  let hanRun: number[] = [];
  let word = "";
  const flush = () => {
    if (hanRun.length) han.push(hanRun);
    if (word) words.push(word);
    hanRun = [];
    word = "";
  };
  for (const char of normalise(text)) {
    const code = char.codePointAt(0)!;
    if (HAN.test(char) && code < 0x10000) {
      if (word) {
        words.push(word);
        word = "";
      }
      hanRun.push(code);
    } else if (WORD.test(char)) {
      if (hanRun.length) {
        han.push(hanRun);
        hanRun = [];
      }
      word += char;
    } else flush();
  }
  flush();
  return { han, words: words.filter((w) => w.length <= 40) };
}

/** The tokens of a document: every Han unigram and pair, every word. Sorted, unique. */
export function documentTokens(...texts: string[]): number[] {
  const tokens = new Set<number>();
  for (const text of texts) {
    const { han, words } = runs(text);
    for (const run of han) {
      for (let i = 0; i < run.length; i++) {
        tokens.add(run[i]!);
        if (i + 1 < run.length) tokens.add(hanPair(run[i]!, run[i + 1]!));
      }
    }
    for (const word of words) tokens.add(hashWord(word));
  }
  return [...tokens].sort((a, b) => a - b);
}

/**
 * The tokens a query needs, all of them (AND): pairs of each Han run (its unigram when the run
 * is one character), and each word. Empty when the query has nothing searchable.
 */
export function queryTokens(query: string): number[] {
  const tokens = new Set<number>();
  const { han, words } = runs(query.slice(0, 200));
  for (const run of han) {
    if (run.length === 1) tokens.add(run[0]!);
    for (let i = 0; i + 1 < run.length; i++) tokens.add(hanPair(run[i]!, run[i + 1]!));
  }
  for (const word of words) tokens.add(hashWord(word));
  return [...tokens].sort((a, b) => a - b);
}

/**
 * What a position is found by: its title, category, major, skills and employer's name. The
 * description is left out on purpose — it would make every row's token array large (TOASTed)
 * and the search slow, for hits people rarely want.
 */
export function positionTokens(p: { title: string; category: string; major: string; skills: readonly string[]; employerName: string }): number[] {
  return documentTokens(p.title, p.category, p.major, p.skills.join(" "), p.employerName);
}

/**
 * Salary floors, as tokens of the search's copy (position_search, migration 0015's
 * salary_tokens): a position carries one token for each floor its salary_max reaches, so a
 * word and a salary floor intersect in the GIN index instead of the floor being checked row by
 * row. The codes (high half 1, low half 0x2000 + the floor's place) are no pair (a pair's low
 * half is a Han character, U+2E80 or above), no unigram (high half 0) and no word (low half
 * below 0x2000). A search's floor that is none of these uses the nearest one below it and checks
 * the rest row by row.
 */
export const SALARY_FLOORS = [5000, 8000, 10000, 15000, 20000, 25000, 30000, 40000, 50000] as const;

function salaryFloorToken(place: number): number {
  return (1 << 16) | (0x2000 + place);
}

/** The salary tokens of a position paying at most `salaryMax` a month (none when it does not say). */
export function salaryTokens(salaryMax: number | null): number[] {
  return SALARY_FLOORS.flatMap((floor, place) => (salaryMax !== null && salaryMax >= floor ? [salaryFloorToken(place)] : []));
}

/**
 * The token a search for positions paying at least `floor` can require: the highest floor not
 * above it; `exact` when it is that floor (no row needs checking). Null below the lowest floor.
 */
export function salaryFloorTokenFor(floor: number): { token: number; exact: boolean } | null {
  const place = SALARY_FLOORS.findLastIndex((f) => f <= floor);
  return place < 0 ? null : { token: salaryFloorToken(place), exact: SALARY_FLOORS[place] === floor };
}
