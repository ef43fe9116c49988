import "server-only";
import { inArray } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { getDb } from "../../db/index";
import { positions } from "../../db/schema";
import { ALL_API_PURGE, ALL_PAGES_PURGE, type Purge, positionsApiPurge, positionsPurge } from "./cached-path";
import { purgeFrontCache } from "./front-cache";
import { searchesShowing } from "./search-registry";

/**
 * Next's copies and the front cache's copies of the same pages, purged together, and the front
 * cache's copies of the public API's answers that show the same data (Next keeps none of those).
 */
function purge(pages: readonly Purge[], api: readonly Purge[]): void {
  for (const [path, type] of pages) revalidatePath(path, type);
  purgeFrontCache([...pages, ...api]);
}

/**
 * Public pages cached for visitors (app/(cached)) are rendered again after this. Called by the
 * actions that change what all of them may show, and seldom: an employer's profile or review,
 * announcements (shown on the home page, their list and the positions they cap), campaigns,
 * catalogs. Live figures on the home page are not worth a purge per intent; they follow within
 * the cache's time window (PUBLIC_PAGE_SECONDS).
 */
export function publicPagesChanged(): void {
  purge([ALL_PAGES_PURGE], [ALL_API_PURGE]);
}

/**
 * Postings changed (reviewed, edited, closed, taken down): only the cached pages that show them
 * are rendered again (positionsPurge: their own pages, their employers', the home page's figures,
 * the searches that could show them, the announcements), and the public API's searches and those
 * postings' own answers. The other positions', employers' and searches' pages, most of the
 * cache, stay in it: on a fair's day operators approve postings all day long.
 */
export async function positionsChanged(positionIds: readonly number[]): Promise<void> {
  const ids = [...new Set(positionIds)];
  const [rows, searches] = ids.length
    ? await Promise.all([(await getDb()).select({ id: positions.id, employerId: positions.employerId }).from(positions).where(inArray(positions.id, ids)), searchesShowing(ids)])
    : [[], []];
  purge(positionsPurge(rows, searches), positionsApiPurge(rows));
}
