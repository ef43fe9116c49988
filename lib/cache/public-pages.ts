import "server-only";
import { revalidatePath } from "next/cache";

/**
 * Public pages cached for visitors (app/(cached)) are rendered again after this. Called by the
 * actions that change what they show: a posting's status or text, an employer's profile or
 * review, announcements, campaigns, catalogs. Live figures on the home page are not worth a
 * purge per intent; they follow within the cache's time window (PUBLIC_PAGE_SECONDS).
 */
export function publicPagesChanged(): void {
  revalidatePath("/(cached)/cached/[locale]", "layout");
}
