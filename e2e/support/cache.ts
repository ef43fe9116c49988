import type { APIRequestContext, APIResponse } from "@playwright/test";
import { expect } from "./fixtures";

/**
 * Asks for `address` (priming the cache), then for `again` (the same address unless given; by
 * another user, `by`, to show a copy is shared), and expects the second answer from the cache ("HIT"), sent by the production server's front cache
 * (scripts/serve.ts, lib/cache/front-cache.ts: its copies carry an Age); returns it. The other
 * Playwright worker approves and edits postings and announcements all the while, and each such
 * action purges cached pages (lib/cache/public-pages.ts: the home page and the searches that can
 * show it on each posting's change, all of them on an announcement's): when a purge falls between the two
 * requests, the second is rendered afresh (MISS). So the pair is tried again, a few times within 20 seconds; a
 * page that is never cached fails every try.
 */
export async function expectFromCache(
  request: APIRequestContext,
  address: string,
  again: { address?: string; headers?: Record<string, string>; by?: APIRequestContext } = {},
): Promise<APIResponse> {
  let cached: APIResponse | undefined;
  await expect(async () => {
    const first = await request.get(address, { headers: again.headers });
    expect(first.status(), address).toBe(200);
    const second = await (again.by ?? request).get(again.address ?? address, { headers: again.headers });
    expect(second.status(), again.address ?? address).toBe(200);
    expect(second.headers()["x-nextjs-cache"], `${again.address ?? address}: from the cache`).toBe("HIT");
    expect(second.headers()["age"], `${again.address ?? address}: from the front cache`).toMatch(/^\d+$/);
    cached = second;
  }).toPass({ intervals: [200, 500, 1_000, 2_000], timeout: 20_000 });
  return cached!;
}

/** The search page's result count as the page says it ("共 3 个岗位"), read off its HTML. */
export function resultCount(html: string): string | undefined {
  return /data-testid="result-count">([^<]*)</.exec(html)?.[1];
}
