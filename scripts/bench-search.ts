/**
 * npm run bench:search — issue 4's search targets, measured (printed, never asserted).
 *
 *   npm run bench:search -- [--positions N] [--pglite-positions N] [--no-pglite] [--samples N] [--quick]
 *
 * 1. A PostgreSQL bench database (BENCH_DATABASE_URL) with N published positions: created,
 *    migrated and seeded when it holds fewer, reused otherwise; ANALYZEd.
 * 2. The production app (scripts/serve.ts, as `npm start` runs it) against it, on a free port of 127.0.0.1.
 * 3. A query mix (1–4 Chinese characters, filters, sorts) through GET /api/v1/positions: the
 *    first page (facets=0), page 200 (by the cursor chain) and the first page with facets.
 * 4. The same searches in-process (lib/positions/queries.ts): the API's overhead.
 * 5. The naive ILIKE … OFFSET query at page 200, for comparison.
 * 6. Embedded PGlite at 100,000 positions: opening, and first pages in-process.
 * 7. A table of every figure next to its target.
 *
 * lib/positions/queries.ts imports "server-only", which only resolves to an empty module under
 * the react-server condition: the npm script runs `tsx --conditions=react-server`.
 */
import { randomBytes } from "node:crypto";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import postgres from "postgres";
import type * as DbModule from "../db/index";
import type * as MigrateModule from "../db/migrate";
import type * as SeedModule from "../db/seed/index";
import type * as QueriesModule from "../lib/positions/queries";
import type * as ParamsModule from "../lib/positions/search-params";
import { buildIfNeeded, root } from "./build-if-needed";
import { benchCases, caseParams, chars, NAIVE_WORDS, NO_FILTER, WORDS, type BenchCase, type Word } from "./bench/mix";
import { parseOptions, USAGE, UsageError, type BenchOptions } from "./bench/options";
import { startApp, type AppServer } from "./support/app-server";
import { databaseName, ensureDatabase } from "./bench/database";
import { count, markdownTable, ms, ratio, summarize, type Summary } from "./bench/stats";

process.env.NEXT_TELEMETRY_DISABLED = "1";

interface Lib {
  db: typeof DbModule;
  migrate: typeof MigrateModule;
  seed: typeof SeedModule;
  queries: typeof QueriesModule;
  params: typeof ParamsModule;
}

interface ApiPage {
  items: { id: number }[];
  nextCursor: string | null;
  total: { value: number; capped: boolean };
  facets: unknown;
}

interface Pair {
  api: number[];
  direct: number[];
}

interface CaseResult {
  c: BenchCase;
  total: { value: number; capped: boolean };
  first: Pair;
  deep: (Pair & { page: number; walkMs: number; cut: boolean }) | null;
  facets: Pair | null;
}

interface Target {
  name: string;
  measured: string;
  goal: string;
  ok: boolean | null;
}

const CAVEAT =
  "Caveat: this machine has 2 shared cores; the app, PostgreSQL and the bench share them, and other work on the " +
  "machine moves the figures. Take the medians of several runs before concluding anything.";

const PAGE_SIZE = 20;

// ---------------------------------------------------------------------------------------------

function heading(text: string): void {
  console.log(`\n## ${text}\n`);
}

function seconds(msValue: number): string {
  return `${(msValue / 1000).toFixed(1)} s`;
}

function hasReactServerCondition(): boolean {
  try {
    return createRequire(import.meta.url).resolve("server-only").endsWith("empty.js");
  } catch {
    return false;
  }
}

async function timeApi(origin: string, params: URLSearchParams): Promise<{ ms: number; body: ApiPage }> {
  const started = performance.now();
  const response = await fetch(`${origin}/api/v1/positions?${params}`);
  const text = await response.text();
  const elapsed = performance.now() - started;
  if (response.status !== 200) {
    throw new Error(`GET /api/v1/positions?${params} answered ${response.status}: ${text.slice(0, 400)}`);
  }
  return { ms: elapsed, body: JSON.parse(text) as ApiPage };
}

/** What the route does, in-process: parse, then the page (and the facets) at once. */
async function timeDirect(lib: Lib, params: URLSearchParams): Promise<{ ms: number; ids: number[]; total: { value: number; capped: boolean } }> {
  const started = performance.now();
  const parsed = lib.params.parseSearchStrict(params);
  if (!parsed.ok) throw new Error(`invalid search ${params}: ${JSON.stringify(parsed.errors)}`);
  const withFacets = !parsed.search.cursor && parsed.search.facets !== "0";
  const [result] = await Promise.all([
    lib.queries.findPositions(parsed.search),
    withFacets ? lib.queries.findPositionFacets(parsed.search) : Promise.resolve(null),
  ]);
  return { ms: performance.now() - started, ids: result.items.map((i) => i.id), total: result.total };
}

/** A query this slow gains nothing from more warm-ups: the cache effects are noise beside it. */
const SLOW_WARMUP_MS = 500;

/**
 * Warm-ups, then timed samples of the API and of the direct call, alternating which goes
 * first; stops at `samples`, or after the time budget once it has `minSamples`.
 */
async function measurePair(options: BenchOptions, api: () => Promise<number>, direct: () => Promise<number>): Promise<Pair> {
  for (let i = 0; i < options.warmups; i++) {
    const a = await api();
    const d = await direct();
    if (Math.min(a, d) > SLOW_WARMUP_MS) break;
  }
  const pair: Pair = { api: [], direct: [] };
  const started = performance.now();
  for (let i = 0; i < options.samples; i++) {
    if (i >= options.minSamples && performance.now() - started > options.budgetMs) break;
    if (i % 2 === 0) {
      pair.api.push(await api());
      pair.direct.push(await direct());
    } else {
      pair.direct.push(await direct());
      pair.api.push(await api());
    }
  }
  return pair;
}

async function measureOne(options: BenchOptions, run: () => Promise<number>): Promise<number[]> {
  for (let i = 0; i < options.warmups; i++) {
    if ((await run()) > SLOW_WARMUP_MS) break;
  }
  const samples: number[] = [];
  const started = performance.now();
  for (let i = 0; i < options.samples; i++) {
    if (i >= options.minSamples && performance.now() - started > options.budgetMs) break;
    samples.push(await run());
  }
  return samples;
}

/**
 * Follows the cursor chain to page `deepPage` (or the last page, or as far as it gets within
 * the time budget): the cursor of that page.
 */
async function walkToPage(
  origin: string,
  params: URLSearchParams,
  deepPage: number,
  budgetMs: number,
): Promise<{ page: number; cursor: string; ms: number; cut: boolean } | null> {
  const started = performance.now();
  let page = 1;
  let cursor: string | null = null;
  let body = (await timeApi(origin, params)).body;
  let cut = false;
  while (page < deepPage && body.nextCursor) {
    if (performance.now() - started > budgetMs) {
      cut = true;
      break;
    }
    cursor = body.nextCursor;
    const next = new URLSearchParams(params);
    next.set("cursor", cursor);
    body = (await timeApi(origin, next)).body;
    page++;
  }
  return cursor ? { page, cursor, ms: performance.now() - started, cut } : null;
}

function p50p95(samples: readonly number[]): string {
  const s = summarize(samples);
  return `${ms(s.p50)}/${ms(s.p95)}`;
}

function totalLabel(total: { value: number; capped: boolean }): string {
  return total.capped ? `${count(total.value)}+` : count(total.value);
}

// ---------------------------------------------------------------------------------------------

async function preparePostgres(lib: Lib, options: BenchOptions): Promise<DbModule.DatabaseHandle> {
  heading("1. PostgreSQL bench database");
  const name = databaseName(options.databaseUrl);
  const created = await ensureDatabase(options.databaseUrl);
  console.log(`${created ? "Created" : "Using"} database ${name} (${new URL(options.databaseUrl).host}).`);
  const handle = await lib.db.openDatabase({ kind: "postgres", url: options.databaseUrl });
  const migrateStarted = performance.now();
  await lib.migrate.migrateDatabase(handle);
  console.log(`Migrated in ${Math.round(performance.now() - migrateStarted)} ms.`);

  const published = await publishedCount(lib, handle.db);
  if (published >= options.positions) {
    console.log(`It holds ${count(published)} published positions (≥ ${count(options.positions)} asked): reused.`);
  } else {
    if (!/bench/i.test(name)) {
      throw new Error(
        `${name} holds ${count(published)} published positions, fewer than ${count(options.positions)}, and the bench would ` +
          `empty it to seed it again; it only empties databases whose name contains "bench". Point BENCH_DATABASE_URL at one.`,
      );
    }
    console.log(`It holds ${count(published)} published positions (< ${count(options.positions)} asked): emptying and seeding it.`);
    await lib.migrate.withSetupLock(handle, async () => {
      await lib.seed.truncateAllTables(handle.db);
      await lib.seed.seedDemo(handle.db, { positions: options.positions, log: (line) => console.log(`  ${line}`) });
    });
  }
  const analyzeStarted = performance.now();
  await lib.db.execute(handle.db, sql`vacuum analyze`);
  console.log(`VACUUM ANALYZE: ${Math.round(performance.now() - analyzeStarted)} ms.`);
  await printRowCounts(lib, handle.db);
  return handle;
}

async function publishedCount(lib: Lib, db: DbModule.Database): Promise<number> {
  const [row] = await lib.db.execute<{ n: number }>(db, sql`select count(*)::int as n from positions where status = 'published'`);
  return Number(row?.n ?? 0);
}

async function printRowCounts(lib: Lib, db: DbModule.Database): Promise<void> {
  const rows = await lib.db.execute<{ what: string; n: number }>(
    db,
    sql`select 'positions (' || status || ')' as what, count(*)::int as n from positions group by status
        union all select 'employers (' || status || ')', count(*)::int from employers group by status
        union all select 'users', count(*)::int from users
        union all select 'talent_profiles', count(*)::int from talent_profiles
        union all select 'intents', count(*)::int from intents
        order by what`,
  );
  const [size] = await lib.db.execute<{ db: string; positions: string; search: string }>(
    db,
    sql`select pg_size_pretty(pg_database_size(current_database())) as db,
          pg_size_pretty(pg_total_relation_size('positions')) as positions,
          pg_size_pretty(pg_total_relation_size('position_search')) as search`,
  );
  console.log();
  console.log(markdownTable(["table", " rows"], rows.map((r) => [r.what, count(Number(r.n))])));
  console.log(`\nDatabase ${size?.db}; positions with indexes ${size?.positions}; position_search with indexes ${size?.search}.`);
}

/** How many public positions each word finds (the search's own token match, counted by SQL). */
async function printMatchShares(lib: Lib, db: DbModule.Database, words: readonly Word[]): Promise<Map<string, number>> {
  heading("Match share of each word (SQL count over public positions)");
  const publicWhere = sql`p.status = 'published' and e.status = 'verified' and (p.closes_at is null or p.closes_at > now())`;
  const [all] = await lib.db.execute<{ n: number }>(
    db,
    sql`select count(*)::int as n from positions p join employers e on e.id = p.employer_id where ${publicWhere}`,
  );
  const publicCount = Number(all?.n ?? 0);
  const { queryTokens } = await import("../lib/search/tokens");
  const shares = new Map<string, number>();
  const rows: string[][] = [];
  for (const word of words) {
    const tokens = `{${queryTokens(word.q).join(",")}}`;
    const [row] = await lib.db.execute<{ n: number }>(
      db,
      sql`select count(*)::int as n from positions p join employers e on e.id = p.employer_id
          where ${publicWhere} and p.search_tokens @> ${tokens}::int[]`,
    );
    const n = Number(row?.n ?? 0);
    const share = publicCount > 0 ? n / publicCount : 0;
    shares.set(word.q, share);
    rows.push([word.q, String(chars(word)), count(n), `${(share * 100).toFixed(1)}%`, word.note]);
  }
  console.log(markdownTable(["word", " chars", " matches", " share", "in the mix as"], rows));
  console.log(`\nPublic positions: ${count(publicCount)}.`);
  const common = [...shares].filter(([, s]) => s >= 0.2).map(([w]) => w);
  console.log(
    common.length > 0
      ? `Words matching ≥ 20% of positions: ${common.join(", ")}.`
      : "WARNING: no word of the mix matches ≥ 20% of positions at this scale.",
  );
  return shares;
}

async function benchApi(lib: Lib, options: BenchOptions, server: AppServer): Promise<CaseResult[]> {
  heading("3–4. The query mix: HTTP API and in-process, interleaved");
  const cases = benchCases();
  console.log(
    `${cases.length} cases (${WORDS.length} words × 3 sorts unfiltered + 3 filtered); per case and request kind ` +
      `${options.warmups} warm-ups each side, then up to ${options.samples} samples each side ` +
      `(fewer when a case takes over ${seconds(options.budgetMs)}, at least ${options.minSamples}).`,
  );
  console.log("Figures below: API p50/p95 ms (direct p50/p95 ms).\n");
  const results: CaseResult[] = [];
  const facetsDone = new Set<string>();
  let mismatches = 0;
  for (const c of cases) {
    const firstParams = caseParams(c, { facets: false });
    // A check before timing: both paths answer the same page.
    const [apiFirst, directFirst] = [await timeApi(server.origin, firstParams), await timeDirect(lib, firstParams)];
    const apiIds = apiFirst.body.items.map((i) => i.id).join(",");
    if (apiIds !== directFirst.ids.join(",")) {
      mismatches++;
      console.log(`  WARNING: ${c.label}: the API and the direct call returned different pages.`);
    }
    const first = await measurePair(
      options,
      async () => (await timeApi(server.origin, firstParams)).ms,
      async () => (await timeDirect(lib, firstParams)).ms,
    );

    let deep: CaseResult["deep"] = null;
    const walked = await walkToPage(server.origin, firstParams, options.deepPage, options.walkBudgetMs);
    if (walked) {
      const deepParams = new URLSearchParams(firstParams);
      deepParams.set("cursor", walked.cursor);
      const pair = await measurePair(
        options,
        async () => (await timeApi(server.origin, deepParams)).ms,
        async () => (await timeDirect(lib, deepParams)).ms,
      );
      deep = { ...pair, page: walked.page, walkMs: walked.ms, cut: walked.cut };
    }

    let facets: Pair | null = null;
    const facetKey = `${c.word.q}|${c.filter.label}`;
    if (!facetsDone.has(facetKey)) {
      facetsDone.add(facetKey);
      const facetParams = caseParams(c, { facets: true });
      facets = await measurePair(
        options,
        async () => {
          const { ms: elapsed, body } = await timeApi(server.origin, facetParams);
          if (body.facets == null) throw new Error(`no facets in the answer to ${facetParams}`);
          return elapsed;
        },
        async () => (await timeDirect(lib, facetParams)).ms,
      );
    }

    results.push({ c, total: apiFirst.body.total, first, deep, facets });
    const parts = [
      `first ${p50p95(first.api)} (${p50p95(first.direct)})`,
      deep
        ? `page ${deep.page} ${p50p95(deep.api)} (${p50p95(deep.direct)}), walked in ${seconds(deep.walkMs)}${deep.cut ? " (walk cut short by its time budget)" : ""}`
        : "one page only",
      facets ? `+facets ${p50p95(facets.api)} (${p50p95(facets.direct)})` : "",
    ].filter(Boolean);
    console.log(`[${String(c.index + 1).padStart(2)}/${cases.length}] ${c.label} — ${totalLabel(apiFirst.body.total)} hits: ${parts.join(" · ")}`);
  }
  if (mismatches > 0) console.log(`\nWARNING: ${mismatches} case(s) answered differently through the API and in-process.`);
  return results;
}

interface KindFigures {
  kind: string;
  cases: number;
  api: Summary;
  direct: Summary;
  worst: { label: string; p95: number; page?: number } | null;
}

function kindFigures(kind: string, entries: { label: string; pair: Pair; page?: number }[]): KindFigures {
  const api = summarize(entries.flatMap((e) => e.pair.api));
  const direct = summarize(entries.flatMap((e) => e.pair.direct));
  let worst: KindFigures["worst"] = null;
  for (const e of entries) {
    const p95 = summarize(e.pair.api).p95;
    if (!worst || p95 > worst.p95) worst = { label: e.label, p95, page: e.page };
  }
  return { kind, cases: entries.length, api, direct, worst };
}

function printApiTables(results: CaseResult[], options: BenchOptions): KindFigures[] {
  heading("Per case (API p50/p95 ms; in-process p95 in brackets)");
  console.log(
    markdownTable(
      ["#", "query", "chars", "filter", "sort", " hits", " first page", " deep page", " at page", " page + facets"],
      results.map((r) => [
        String(r.c.index + 1),
        r.c.word.q,
        String(chars(r.c.word)),
        r.c.filter.label,
        r.c.sort,
        totalLabel(r.total),
        `${p50p95(r.first.api)} (${ms(summarize(r.first.direct).p95)})`,
        r.deep ? `${p50p95(r.deep.api)} (${ms(summarize(r.deep.direct).p95)})` : "–",
        r.deep ? `${r.deep.page}${r.deep.cut ? "*" : ""}` : "1",
        r.facets ? `${p50p95(r.facets.api)} (${ms(summarize(r.facets.direct).p95)})` : "",
      ]),
    ),
  );

  const kinds = [
    kindFigures(
      "first page + total (facets=0)",
      results.map((r) => ({ label: r.c.label, pair: r.first })),
    ),
    kindFigures(
      `deep page (${options.deepPage}, or the last) by cursor`,
      results.flatMap((r) => (r.deep ? [{ label: r.c.label, pair: r.deep, page: r.deep.page }] : [])),
    ),
    kindFigures(
      `page ${options.deepPage} exactly`,
      results.flatMap((r) => (r.deep && r.deep.page === options.deepPage ? [{ label: r.c.label, pair: r.deep, page: r.deep.page }] : [])),
    ),
    kindFigures(
      "page + facets",
      results.flatMap((r) => (r.facets ? [{ label: r.c.label, pair: r.facets }] : [])),
    ),
  ];

  heading("By request kind (all samples of all cases pooled; ms)");
  console.log(
    markdownTable(
      ["request kind", " cases", " samples", " API p50", " API p95", " API p99", " direct p50", " direct p95", " direct p99", " API/direct p50", " API/direct p95", "worst case (API p95)"],
      kinds.map((k) => [
        k.kind,
        String(k.cases),
        String(k.api.n),
        ms(k.api.p50),
        ms(k.api.p95),
        ms(k.api.p99),
        ms(k.direct.p50),
        ms(k.direct.p95),
        ms(k.direct.p99),
        ratio(k.api.p50 / k.direct.p50),
        ratio(k.api.p95 / k.direct.p95),
        k.worst ? `${ms(k.worst.p95)} ms: ${k.worst.label}${k.worst.page ? ` (page ${k.worst.page})` : ""}` : "–",
      ]),
    ),
  );

  heading("By query length (API p50/p95 ms, pooled)");
  const lengths = [...new Set(results.map((r) => chars(r.c.word)))].sort((a, b) => a - b);
  console.log(
    markdownTable(
      ["chars", "words", " first page", " deep page", " page + facets"],
      lengths.map((n) => {
        const of = results.filter((r) => chars(r.c.word) === n);
        return [
          String(n),
          [...new Set(of.map((r) => r.c.word.q))].join(" "),
          p50p95(of.flatMap((r) => r.first.api)),
          p50p95(of.flatMap((r) => r.deep?.api ?? [])),
          p50p95(of.flatMap((r) => r.facets?.api ?? [])),
        ];
      }),
    ),
  );
  heading("By sort (API p50/p95 ms, pooled)");
  console.log(
    markdownTable(
      ["sort", " first page", " deep page"],
      (["relevance", "newest", "salary"] as const).map((sort) => {
        const of = results.filter((r) => r.c.sort === sort);
        return [sort, p50p95(of.flatMap((r) => r.first.api)), p50p95(of.flatMap((r) => r.deep?.api ?? []))];
      }),
    ),
  );
  console.log(
    `\nRelevance ranks the newest 1,000 matches only, so its deepest page is 50. * the walk to page ${options.deepPage} ` +
      `was cut short after ${seconds(options.walkBudgetMs)}: measured at the page reached.`,
  );
  return kinds;
}

interface NaiveFigures {
  word: string;
  naive: Summary;
  timedOut: boolean;
  oursApi: Summary | null;
  oursDirect: Summary | null;
  page: number | null;
}

async function benchNaive(options: BenchOptions, results: CaseResult[]): Promise<NaiveFigures[]> {
  heading(`5. The naive way: ILIKE on title and description, OFFSET ${(options.deepPage - 1) * PAGE_SIZE}`);
  console.log(`statement_timeout 30 s; 1 warm-up and ${options.naiveSamples} samples per word.\n`);
  const client = postgres(options.databaseUrl, { max: 1, onnotice: () => {}, connection: { statement_timeout: 30_000 } });
  const figures: NaiveFigures[] = [];
  try {
    for (const word of NAIVE_WORDS) {
      const needle = `%${word}%`;
      let timedOut = false;
      const run = async (): Promise<number> => {
        const started = performance.now();
        try {
          await client`select p.id, p.title, e.name as employer, p.published_at
            from positions p join employers e on e.id = p.employer_id
            where p.status = 'published' and (p.title ilike ${needle} or p.description ilike ${needle})
            order by p.published_at desc offset ${(options.deepPage - 1) * PAGE_SIZE} limit ${PAGE_SIZE}`;
        } catch (error) {
          if ((error as { code?: string }).code !== "57014") throw error;
          timedOut = true;
        }
        return performance.now() - started;
      };
      await run();
      const samples: number[] = [];
      for (let i = 0; i < options.naiveSamples && !timedOut; i++) samples.push(await run());
      if (samples.length === 0) samples.push(30_000);
      const ours = results.find((r) => r.c.word.q === word && r.c.filter === NO_FILTER && r.c.sort === "newest");
      const fig: NaiveFigures = {
        word,
        naive: summarize(samples),
        timedOut,
        oursApi: ours?.deep ? summarize(ours.deep.api) : null,
        oursDirect: ours?.deep ? summarize(ours.deep.direct) : null,
        page: ours?.deep?.page ?? null,
      };
      figures.push(fig);
      console.log(`  ${word}: naive p50 ${ms(fig.naive.p50)} ms, p95 ${ms(fig.naive.p95)} ms${timedOut ? " (timed out at 30 s)" : ""}`);
    }
  } finally {
    await client.end({ timeout: 5 });
  }
  console.log();
  console.log(
    markdownTable(
      ["word", " naive p50", " naive p95", " ours API p50 (page)", " ours direct p50", " naive/ours API", " naive/ours direct"],
      figures.map((f) => [
        f.word,
        `${ms(f.naive.p50)}${f.timedOut ? "+" : ""}`,
        `${ms(f.naive.p95)}${f.timedOut ? "+" : ""}`,
        f.oursApi ? `${ms(f.oursApi.p50)} (${f.page})` : "–",
        f.oursDirect ? ms(f.oursDirect.p50) : "–",
        f.oursApi ? ratio(f.naive.p50 / f.oursApi.p50) : "–",
        f.oursDirect ? ratio(f.naive.p50 / f.oursDirect.p50) : "–",
      ]),
    ),
  );
  console.log("\nOurs: the same word, newest first, no filter, by cursor (the deep-page case of the mix).");
  return figures;
}

interface PgliteFigures {
  positions: number;
  opens: number[];
  firstSearch: number[];
  cases: { label: string; samples: number[] }[];
  facets: { label: string; samples: number[] }[];
}

async function benchPglite(lib: Lib, options: BenchOptions): Promise<PgliteFigures> {
  heading(`6. Embedded PGlite at ${count(options.pglitePositions)} positions`);
  const dataDir = path.join(root, ".data", "bench-pglite");
  const target = { kind: "pglite" as const, dataDir };
  console.log(`Data folder ${path.relative(root, dataDir)} (kept between runs).`);
  {
    const started = performance.now();
    const handle = await lib.db.openDatabase(target);
    try {
      await lib.migrate.migrateDatabase(handle);
      console.log(`Opened and migrated in ${seconds(performance.now() - started)}.`);
      const published = await publishedCount(lib, handle.db);
      if (published >= options.pglitePositions) {
        console.log(`It holds ${count(published)} published positions (≥ ${count(options.pglitePositions)} asked): reused.`);
      } else {
        console.log(`It holds ${count(published)} published positions: emptying and seeding ${count(options.pglitePositions)} (this takes a while).`);
        await lib.seed.truncateAllTables(handle.db);
        await lib.seed.seedDemo(handle.db, { positions: options.pglitePositions, log: (line) => console.log(`  ${line}`) });
      }
      const analyzeStarted = performance.now();
      await lib.db.execute(handle.db, sql`vacuum analyze`);
      await lib.db.execute(handle.db, sql`checkpoint`);
      console.log(`VACUUM ANALYZE and CHECKPOINT: ${Math.round(performance.now() - analyzeStarted)} ms.`);
    } finally {
      await handle.close();
    }
  }

  const opens: number[] = [];
  const firstSearch: number[] = [];
  let positions = 0;
  const firstPage = (q: string, extra: Record<string, string> = {}) =>
    new URLSearchParams({ q, ...extra, limit: String(PAGE_SIZE), facets: "0" });
  for (let i = 0; i < options.pgliteOpens; i++) {
    const started = performance.now();
    const handle = await lib.db.openDatabase(target);
    const [row] = await lib.db.execute<{ n: number }>(handle.db, sql`select count(*)::int as n from positions where status = 'published'`);
    opens.push(performance.now() - started);
    positions = Number(row?.n ?? 0);
    lib.db.setProcessDatabase(handle);
    firstSearch.push((await timeDirect(lib, firstPage("海洋"))).ms);
    await lib.db.closeDatabase();
  }
  console.log(
    `Opening (openDatabase + first query), ${opens.length} times: ${opens.map((o) => `${Math.round(o)} ms`).join(", ")}; ` +
      `the first search after it (海洋): ${firstSearch.map((o) => `${Math.round(o)} ms`).join(", ")}.`,
  );

  const twoChar = WORDS.filter((w) => chars(w) === 2);
  const variants: { label: string; extra: Record<string, string> }[] = [
    { label: "relevance", extra: {} },
    { label: "newest", extra: { sort: "newest" } },
    { label: "salary", extra: { sort: "salary" } },
    { label: "location=dinghai", extra: { location: "dinghai" } },
    { label: "board=haichuang&education=master · newest", extra: { board: "haichuang", education: "master", sort: "newest" } },
  ];
  const cases: PgliteFigures["cases"] = [];
  const facets: PgliteFigures["facets"] = [];
  lib.db.setProcessDatabase(await lib.db.openDatabase(target));
  try {
    for (const word of twoChar) {
      for (const v of variants) {
        const params = firstPage(word.q, v.extra);
        const samples = await measureOne(options, async () => (await timeDirect(lib, params)).ms);
        cases.push({ label: `${word.q} · ${v.label}`, samples });
      }
      const facetParams = new URLSearchParams({ q: word.q, limit: String(PAGE_SIZE) });
      facets.push({ label: word.q, samples: await measureOne(options, async () => (await timeDirect(lib, facetParams)).ms) });
      console.log(
        `  ${word.q}: first page ${cases
          .slice(-variants.length)
          .map((c) => p50p95(c.samples))
          .join(", ")} ms · page + facets ${p50p95(facets.at(-1)?.samples ?? [])} ms (p50/p95)`,
      );
    }
  } finally {
    await lib.db.closeDatabase();
  }
  console.log();
  console.log(
    markdownTable(
      ["PGlite, in-process", " samples", " p50", " p95", " p99"],
      [
        ["first page (2-character words, all variants)", cases.flatMap((c) => c.samples)],
        ["page + facets (2-character words)", facets.flatMap((c) => c.samples)],
      ].map(([label, samples]) => {
        const s = summarize(samples as number[]);
        return [label as string, String(s.n), ms(s.p50), ms(s.p95), ms(s.p99)];
      }),
    ),
  );
  return { positions, opens, firstSearch, cases, facets };
}

// ---------------------------------------------------------------------------------------------

function printTargets(
  options: BenchOptions,
  published: number,
  kinds: KindFigures[],
  naive: NaiveFigures[],
  pglite: PgliteFigures | null,
): void {
  const byKind = (prefix: string) => kinds.find((k) => k.kind.startsWith(prefix));
  const first = byKind("first page");
  const deep = byKind("deep page");
  const facets = byKind("page + facets");
  const targets: Target[] = [];
  const worst = (k: KindFigures | undefined) =>
    k?.worst ? `${ms(k.worst.p95)} ms worst query (${k.worst.label}${k.worst.page ? `, page ${k.worst.page}` : ""}); pooled p95 ${ms(k.api.p95)} ms` : "–";
  targets.push({ name: `First page with total, p95, every query (API, ${count(published)} positions)`, measured: worst(first), goal: "≤ 50 ms", ok: first?.worst ? first.worst.p95 <= 50 : null });
  targets.push({ name: `Deep page (${options.deepPage} by cursor, or the last), p95, every query (API)`, measured: worst(deep), goal: "≤ 50 ms", ok: deep?.worst ? deep.worst.p95 <= 50 : null });
  targets.push({ name: "Page + facets, p95, every query (API)", measured: worst(facets), goal: "≤ 150 ms", ok: facets?.worst ? facets.worst.p95 <= 150 : null });
  for (const k of [first, deep, facets]) {
    if (!k) continue;
    const r50 = k.api.p50 / k.direct.p50;
    const r95 = k.api.p95 / k.direct.p95;
    targets.push({
      name: `API overhead: ${k.kind} (API time / in-process time)`,
      measured: `${ratio(r50)} at p50 (${ms(k.api.p50)} / ${ms(k.direct.p50)} ms); ${ratio(r95)} at p95`,
      goal: "≤ 1.5×",
      ok: Number.isFinite(r50) ? r50 <= 1.5 : null,
    });
  }
  const naiveRatios = naive.filter((f) => f.oursApi).map((f) => ({ word: f.word, r: f.naive.p50 / f.oursApi!.p50, page: f.page }));
  const lowest = naiveRatios.reduce<(typeof naiveRatios)[number] | null>((lo, f) => (!lo || f.r < lo.r ? f : lo), null);
  targets.push({
    name: `Faster than naive ILIKE + OFFSET at page ${options.deepPage} (p50, API)`,
    measured: naiveRatios.length ? naiveRatios.map((f) => `${f.word} ${ratio(f.r)}${f.page !== options.deepPage ? ` (our page ${f.page})` : ""}`).join(", ") : "–",
    goal: "≥ 20× (each word)",
    ok: lowest ? lowest.r >= 20 : null,
  });
  if (pglite) {
    const worstCase = pglite.cases.reduce<{ label: string; p95: number } | null>((w, c) => {
      const p95 = summarize(c.samples).p95;
      return !w || p95 > w.p95 ? { label: c.label, p95 } : w;
    }, null);
    const pooled = summarize(pglite.cases.flatMap((c) => c.samples));
    targets.push({
      name: `PGlite ${count(pglite.positions)} positions: first page p95, 2-character words (in-process)`,
      measured: worstCase ? `${ms(worstCase.p95)} ms worst (${worstCase.label}); pooled p50 ${ms(pooled.p50)}, p95 ${ms(pooled.p95)} ms` : "–",
      goal: "≤ 50 ms",
      ok: worstCase ? worstCase.p95 <= 50 : null,
    });
    const opens = summarize(pglite.opens);
    targets.push({
      name: "PGlite opening (openDatabase + first query)",
      measured: `${Math.round(opens.max)} ms slowest of ${opens.n} (median ${Math.round(opens.p50)} ms)`,
      goal: "≤ 1 s",
      ok: opens.max <= 1000,
    });
  } else {
    targets.push({ name: "PGlite (skipped: --no-pglite)", measured: "–", goal: "first page ≤ 50 ms, opening ≤ 1 s", ok: null });
  }

  heading("7. Targets (issue 4)");
  console.log(
    markdownTable(
      ["target", "measured", "goal", "met"],
      targets.map((t) => [t.name, t.measured, t.goal, t.ok === null ? "–" : t.ok ? "✓" : "✗"]),
    ),
  );
  const missed = targets.filter((t) => t.ok === false).length;
  console.log(`\n${missed === 0 ? "Every measured target met." : `${missed} target(s) missed.`} ${CAVEAT}`);
}

// ---------------------------------------------------------------------------------------------

async function main(options: BenchOptions, state: { server?: AppServer }): Promise<void> {
  process.env.DATABASE_URL = options.databaseUrl;
  const lib: Lib = {
    db: await import("../db/index"),
    migrate: await import("../db/migrate"),
    seed: await import("../db/seed/index"),
    queries: await import("../lib/positions/queries"),
    params: await import("../lib/positions/search-params"),
  };
  const started = performance.now();
  console.log(`# Search bench — ${new Date().toISOString()}`);
  console.log(
    `\n${os.cpus().length} CPU(s), load ${os.loadavg().map((l) => l.toFixed(2)).join(" ")}, Node ${process.version}. ` +
      `${options.quick ? "--quick: " : ""}${count(options.positions)} positions on PostgreSQL, ` +
      `${options.pglite ? `${count(options.pglitePositions)} on PGlite` : "PGlite skipped"}, ${options.samples} samples.`,
  );
  console.log(CAVEAT);

  const handle = await preparePostgres(lib, options);
  lib.db.setProcessDatabase(handle);
  const published = await publishedCount(lib, handle.db);
  await printMatchShares(lib, handle.db, WORDS);

  heading("2. The production app");
  buildIfNeeded();
  const authSecret = randomBytes(32).toString("base64url");
  const serverStarted = performance.now();
  state.server = await startApp({
    command: "serve",
    env: {
      DATABASE_URL: options.databaseUrl,
      NODE_ENV: "production",
      AUTH_SECRET: authSecret,
      AUTH_TRUST_HOST: "true",
      NEXT_TELEMETRY_DISABLED: "1",
      SEED_DEMO: "false",
    },
  });
  console.log(`The app (pid ${state.server.pid}) healthy at ${state.server.origin} after ${Math.round(performance.now() - serverStarted)} ms.`);

  const results = await benchApi(lib, options, state.server);
  const kinds = printApiTables(results, options);
  const naive = await benchNaive(options, results);

  await state.server.stop();
  state.server = undefined;
  await lib.db.closeDatabase();

  const pglite = options.pglite ? await benchPglite(lib, options) : null;

  printTargets(options, published, kinds, naive, pglite);
  console.log(`\nBench finished in ${seconds(performance.now() - started)}; load average now ${os.loadavg().map((l) => l.toFixed(2)).join(" ")}.`);
}

// ---------------------------------------------------------------------------------------------

let options: BenchOptions;
try {
  const parsed = parseOptions(process.argv.slice(2), process.env);
  if (parsed === "help") {
    console.log(USAGE);
    process.exit(0);
  }
  options = parsed;
} catch (error) {
  console.error(error instanceof UsageError ? error.message : error);
  process.exit(2);
}

if (!hasReactServerCondition()) {
  console.error(
    'lib/positions/queries.ts imports "server-only": run the bench under the react-server condition, ' +
      "`npm run bench:search` or `npx tsx --conditions=react-server scripts/bench-search.ts`.",
  );
  process.exit(2);
}

const state: { server?: AppServer; stopping?: boolean } = {};
for (const [signal, code] of [["SIGINT", 130], ["SIGTERM", 143]] as const) {
  process.once(signal, () => {
    state.stopping = true;
    console.error(`\n${signal}: stopping the app server.`);
    void (state.server?.stop() ?? Promise.resolve()).finally(() => process.exit(code));
  });
}

try {
  await main(options, state);
  process.exit(0);
} catch (error) {
  // Interrupted: the signal handler stops the server and exits.
  if (state.stopping) await new Promise(() => {});
  console.error(`\nThe bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  if (state.server) {
    await state.server.stop().catch(() => {});
  }
  process.exit(1);
}
