import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "@playwright/test";
import type { AxeResults, RunOptions } from "axe-core";
import { expect } from "./fixtures";

export const WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/** axe-core's minified build, put into a page once per document (the unminified one is 1.4 MB). */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/**
 * axe's serious and critical violations on the page as it is now, one line each (rule and the
 * first nodes). axe-core is put into the document only if it is not there yet: parsing it took
 * about 0.3 s of a scan's 0.5–0.7 s here, and the page sweep scans each page twice (desktop, then
 * phone width), so the second scan of a page now costs only its rules. Only violations are
 * gathered: axe then skips building selectors for every passing node, which is most of its time
 * on a long page. It runs in the page itself; this app embeds no frames.
 */
export async function seriousViolations(page: Page, { include, tags }: { include?: string; tags?: string[] } = {}): Promise<string[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(AXE_SOURCE);
  const options: RunOptions = { resultTypes: ["violations"], ...(tags ? { runOnly: { type: "tag", values: tags } } : {}) };
  const results: AxeResults = await page.evaluate(
    ({ selector, options }) => (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<AxeResults> } }).axe.run(selector ? { include: [selector] } : document, options),
    { selector: include ?? null, options },
  );
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} — ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")}`);
}

export async function expectNoSeriousViolations(page: Page, options: { include?: string; tags?: string[]; label?: string } = {}): Promise<void> {
  const found = await seriousViolations(page, options);
  expect(found, options.label ?? page.url()).toEqual([]);
}
