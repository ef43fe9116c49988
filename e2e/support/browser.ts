import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";

export interface BrowserChoice {
  path: string;
  source: "CHROMIUM_PATH" | "debian" | "playwright";
}

/**
 * The Chromium the journeys run in: CHROMIUM_PATH if set, else Debian's /usr/bin/chromium,
 * else the one `npx playwright install chromium` downloads. Undefined when there is none.
 */
export function findChromium(): BrowserChoice | undefined {
  const named = process.env.CHROMIUM_PATH;
  if (named) return existsSync(named) ? { path: named, source: "CHROMIUM_PATH" } : undefined;
  if (existsSync("/usr/bin/chromium")) return { path: "/usr/bin/chromium", source: "debian" };
  try {
    const own = chromium.executablePath();
    if (own && existsSync(own)) return { path: own, source: "playwright" };
  } catch {
    // Playwright has no browser of its own installed.
  }
  return undefined;
}

export const NO_BROWSER_ADVICE = [
  "No Chromium found for the end-to-end tests. Install one of:",
  "  - Debian/Ubuntu: sudo apt-get install -y chromium   (used from /usr/bin/chromium)",
  "  - anywhere with internet: npx playwright install chromium",
  "  - or point CHROMIUM_PATH at a Chromium or Chrome binary.",
].join("\n");

/** Flags for a headless Chromium on a machine without a network or a GPU. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
