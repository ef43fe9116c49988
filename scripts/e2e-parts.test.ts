import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parsePart, POSTGRES_ONLY, specsOutside, SWEEP_SPEC } from "../e2e/support/parts";

const specs = readdirSync(path.join(import.meta.dirname, "../e2e")).filter((file) => file.endsWith(".spec.ts"));

describe("[ci] CI's two passes share the journeys", () => {
  it("every journey runs in exactly one part, the page sweep in part 1; the PostgreSQL-only journeys are never left out", () => {
    const outside = [specsOutside(specs, 1), specsOutside(specs, 2)];
    for (const spec of specs) {
      const runs = outside.filter((ignored) => !ignored.includes(spec)).length;
      expect({ spec, runs }).toEqual({ spec, runs: POSTGRES_ONLY.test(spec) ? 2 : 1 });
    }
    expect(outside[0]).not.toContain(SWEEP_SPEC);
    expect(specs.filter((spec) => POSTGRES_ONLY.test(spec)).sort()).toEqual(["faults.spec.ts", "instances.spec.ts", "long-threads.spec.ts", "processes.spec.ts"]);
  });

  it("unset runs everything; a bad value fails instead of running nothing", () => {
    expect(specsOutside(specs, parsePart(undefined))).toEqual([]);
    expect(parsePart("2")).toBe(2);
    expect(() => parsePart("3")).toThrow(/E2E_PART=3/);
  });
});
