import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect } from "./fixtures";

export const WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/**
 * axe's serious and critical violations on the page as it is now, one line each (rule and the
 * first nodes). Only violations are gathered: axe then skips building selectors for every
 * passing node, which is most of its time on a long page. axe runs in the page itself (legacy
 * mode): the default opens a blank page per scan to merge the frames' results, which tripled
 * each scan's time here, for cross-origin frames this app never embeds.
 */
export async function seriousViolations(page: Page, { include, tags }: { include?: string; tags?: string[] } = {}): Promise<string[]> {
  let axe = new AxeBuilder({ page }).setLegacyMode().options({ resultTypes: ["violations"] });
  if (tags) axe = axe.withTags(tags);
  if (include) axe = axe.include(include);
  const results = await axe.analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} — ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")}`);
}

export async function expectNoSeriousViolations(page: Page, options: { include?: string; tags?: string[]; label?: string } = {}): Promise<void> {
  const found = await seriousViolations(page, options);
  expect(found, options.label ?? page.url()).toEqual([]);
}
