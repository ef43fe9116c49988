/** Command-line options of `npm run bench:search`. */

export interface BenchOptions {
  databaseUrl: string;
  positions: number;
  pglitePositions: number;
  pglite: boolean;
  /** Timed samples per query and request kind (after the warm-ups). */
  samples: number;
  warmups: number;
  /** Stop sampling one query after this long, once it has minSamples. */
  budgetMs: number;
  minSamples: number;
  /** Samples of the naive ILIKE query (it takes seconds each). */
  naiveSamples: number;
  /** Page of the deep-page measurements. */
  deepPage: number;
  /** Stop following the cursor chain after this long (the page reached is reported). */
  walkBudgetMs: number;
  pgliteOpens: number;
  quick: boolean;
}

export const USAGE = `Usage: npm run bench:search -- [options]

  --positions N          positions in the PostgreSQL bench database (default 1,000,000)
  --pglite-positions N   positions in the embedded PGlite bench folder (default 100,000)
  --no-pglite            skip the PGlite measurements
  --samples N            timed samples per query and request kind (default 30)
  --quick                50,000 positions, PGlite 20,000, 10 samples: to try it out
  -h, --help             this text

  BENCH_DATABASE_URL     the PostgreSQL database to use (default
                         postgres://postgres@127.0.0.1:5432/zq_bench_search); created if missing,
                         emptied and seeded when it holds fewer positions than asked.`;

export class UsageError extends Error {}

export function parseOptions(argv: readonly string[], env: Record<string, string | undefined>): BenchOptions | "help" {
  let positions: number | undefined;
  let pglitePositions: number | undefined;
  let samples: number | undefined;
  let pglite = true;
  let quick = false;
  const whole = (flag: string, raw: string | undefined, min: number): number => {
    const value = Number(raw?.replace(/[_,]/g, ""));
    if (raw === undefined || !Number.isInteger(value) || value < min) {
      throw new UsageError(`${flag} needs a whole number ≥ ${min} (got ${raw ?? "nothing"})`);
    }
    return value;
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    const eq = arg.indexOf("=");
    const flag = eq > 0 ? arg.slice(0, eq) : arg;
    const inline = eq > 0 ? arg.slice(eq + 1) : undefined;
    const value = () => inline ?? argv[++i];
    switch (flag) {
      case "-h":
      case "--help":
        return "help";
      case "--positions":
        positions = whole(flag, value(), 50);
        break;
      case "--pglite-positions":
        pglitePositions = whole(flag, value(), 50);
        break;
      case "--samples":
        samples = whole(flag, value(), 3);
        break;
      case "--no-pglite":
        pglite = false;
        break;
      case "--quick":
        quick = true;
        break;
      default:
        throw new UsageError(`Unknown argument ${arg}\n\n${USAGE}`);
    }
  }
  const sampleCount = samples ?? (quick ? 10 : 30);
  return {
    databaseUrl: env.BENCH_DATABASE_URL || "postgres://postgres@127.0.0.1:5432/zq_bench_search",
    positions: positions ?? (quick ? 50_000 : 1_000_000),
    pglitePositions: pglitePositions ?? (quick ? 20_000 : 100_000),
    pglite,
    samples: sampleCount,
    warmups: quick ? 2 : 3,
    budgetMs: quick ? 2_000 : 6_000,
    minSamples: Math.min(sampleCount, 3),
    naiveSamples: quick ? 3 : 5,
    deepPage: 200,
    walkBudgetMs: quick ? 10_000 : 30_000,
    pgliteOpens: quick ? 3 : 5,
    quick,
  };
}

/** `--samples N` and `--quick` of a bench that takes nothing else. */
export function parseSampleOptions(argv: readonly string[], defaults: { quick: number; full: number }): { quick: boolean; samples: number } {
  let quick = false;
  let samples: number | undefined;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--quick") quick = true;
    else if (argv[i] === "--samples") {
      samples = Number(argv[++i]);
      if (!Number.isInteger(samples) || samples < 3) throw new UsageError(`--samples needs a whole number ≥ 3 (got ${argv[i] ?? "nothing"})`);
    } else throw new UsageError(`Unknown argument ${argv[i]}`);
  }
  return { quick, samples: samples ?? (quick ? defaults.quick : defaults.full) };
}
