export type Part = 1 | 2;

/**
 * CI's two passes (.ci/run: PostgreSQL, then PGlite) each run a part of the journeys, so that
 * each runs once per CI run: run twice, the whole suite took 40 minutes on a slow two-core
 * machine, against CI's 25. The unit and integration tests still run in both passes, on either
 * database. E2E_PART unset (a developer's or a newcomer's `npm test`) runs every journey.
 *
 * The spec files, sorted, are dealt out in turn: the first to part 1, the second to part 2, and so
 * on. The page sweep is in one part (SWEEP_PART), and the journeys that need PostgreSQL stay
 * where it is (playwright.config.ts).
 */
export const SWEEP_SPEC = "every-page.spec.ts";
/** The part with the page sweep: .ci/run's PGlite pass, so every page is rendered as every role on the newcomer's database. */
const SWEEP_PART: Part = 1;

export function parsePart(value: string | undefined): Part | undefined {
  if (value === undefined || value === "") return undefined;
  if (value === "1" || value === "2") return Number(value) as Part;
  throw new Error(`E2E_PART=${value}: must be 1 or 2 (or unset for every journey)`);
}

/** The PostgreSQL-only journeys (playwright.config.ts's `postgres` project): never dealt, they run where PostgreSQL is. */
export const POSTGRES_ONLY = /(faults|instances|processes|long-threads)\.spec\.ts$/;

/** The spec files (names) that are not in `part`: the part's projects ignore them. */
export function specsOutside(files: readonly string[], part: Part | undefined): string[] {
  if (part === undefined) return [];
  const dealt = files.filter((file) => file.endsWith(".spec.ts") && file !== SWEEP_SPEC && !POSTGRES_ONLY.test(file)).sort();
  const outside = dealt.filter((_, i) => (i % 2) + 1 !== part);
  return part === SWEEP_PART ? outside : [...outside, SWEEP_SPEC];
}
