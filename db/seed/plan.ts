/**
 * How many of everything. At default options the article's figures hold exactly; --positions
 * (and --talents, --intents) scale the same shape for benchmarks.
 */

/** 183家单位715个岗位 · 3000余名人才 · 达成意向973个 · 4类公告. */
export const DEMO_FIGURES = {
  employers: 183,
  positions: 715,
  talents: 3216,
  intents: 2573,
  reachedIntents: 973,
  announcementCategories: 4,
} as const;

export interface SeedScaleOptions {
  /** Published positions in the campaign (default 715). */
  positions?: number;
  /** Talents taking part, the demo talent included (default max(3216, positions / 10)). */
  talents?: number;
  /** Intents in all states (default 0.8 per talent). */
  intents?: number;
  /** The PRNG seed (default 2020). */
  seed?: number;
}

export interface SeedPlan {
  seed: number;
  /** Published positions in the campaign, all from verified employers. */
  positions: number;
  /** Verified employers; each has at least one published position. */
  employers: number;
  pendingEmployers: number;
  rejectedEmployers: number;
  /** Verified employers on 五大海创平台; the others are on 千企百校. */
  haichuangEmployers: number;
  haichuangPositions: number;
  /** Positions that are not published: drafts, in review, closed. */
  inReviewPositions: number;
  draftPositions: number;
  closedPositions: number;
  talents: number;
  intents: number;
  /** Intents in reached, signed, onboard or settled. */
  reachedIntents: number;
}

function checkCount(name: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new RangeError(`${name} must be a whole number between ${min} and ${max} (got ${value})`);
  }
  return value;
}

export function planSeed(options: SeedScaleOptions = {}): SeedPlan {
  const seed = checkCount("seed", options.seed ?? 2020, 0, 0xffffffff);
  const positions = checkCount("positions", options.positions ?? DEMO_FIGURES.positions, 50, 20_000_000);
  const employers = Math.min(
    positions,
    Math.max(DEMO_FIGURES.employers, Math.round((positions * DEMO_FIGURES.employers) / DEMO_FIGURES.positions)),
  );
  const talents = checkCount(
    "talents",
    options.talents ?? Math.max(DEMO_FIGURES.talents, Math.round(positions / 10)),
    10,
    10_000_000,
  );
  const intents = checkCount(
    "intents",
    options.intents ?? Math.round(talents * (DEMO_FIGURES.intents / DEMO_FIGURES.talents)),
    100,
    Math.min(50_000_000, Math.floor(((talents - 1) * positions) / 4)),
  );
  // 973 of 2,573 at the demo scale (37.8%); the same share elsewhere.
  const reachedIntents = Math.round((intents * DEMO_FIGURES.reachedIntents) / DEMO_FIGURES.intents);
  const haichuangEmployers = Math.round(employers * 0.4);
  const qianqiEmployers = employers - haichuangEmployers;
  const haichuangPositions = Math.min(
    positions - qianqiEmployers,
    Math.max(haichuangEmployers, Math.round(positions * 0.45)),
  );
  return {
    seed,
    positions,
    employers,
    pendingEmployers: 3,
    rejectedEmployers: 1,
    haichuangEmployers,
    haichuangPositions,
    inReviewPositions: Math.max(4, Math.round(positions * 0.004)),
    draftPositions: Math.max(3, Math.round(positions * 0.003)),
    closedPositions: Math.max(5, Math.round(positions * 0.005)),
    talents,
    intents,
    reachedIntents,
  };
}
