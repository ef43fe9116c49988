import "server-only";
import { inArray } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { getDb } from "../../db/index";
import { positions } from "../../db/schema";
import { CACHED_ROUTE, type Purge, positionsPurge } from "./cached-path";
import { purgeFrontCache } from "./front-cache";

/** Next's copies and the front cache's copies of the same pages, purged together. */
function purge(purges: readonly Purge[]): void {
  for (const [path, type] of purges) revalidatePath(path, type);
  purgeFrontCache(purges);
}

/**
 * Public pages cached for visitors (app/(cached)) are rendered again after this. Called by the
 * actions that change what all of them may show, and seldom: an employer's profile or review,
 * announcements (shown on the home page, their list and the positions they cap), campaigns,
 * catalogs. Live figures on the home page are not worth a purge per intent; they follow within
 * the cache's time window (PUBLIC_PAGE_SECONDS).
 */
export function publicPagesChanged(): void {
  purge([[CACHED_ROUTE, "layout"]]);
}

/**
 * Postings changed (reviewed, edited, closed, taken down): only the cached pages that show them
 * are rendered again (positionsPurge: their own pages, their employers', the home page's figures,
 * every search, the announcements). The other positions' and employers' pages, most of the
 * cache, stay in it: on a fair's day operators approve postings all day long.
 */
export async function positionsChanged(positionIds: readonly number[]): Promise<void> {
  const ids = [...new Set(positionIds)];
  const rows = ids.length ? await (await getDb()).select({ id: positions.id, employerId: positions.employerId }).from(positions).where(inArray(positions.id, ids)) : [];
  purge(positionsPurge(rows));
}
