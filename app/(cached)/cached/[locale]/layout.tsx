import type { ReactNode } from "react";
import { SiteDocument, siteMetadata } from "@/components/layout/site-document";
import { cachedVariant } from "@/lib/cache/public-render";
import "../../../globals.css";

/**
 * The public pages as visitors without a session see them, rendered once and then served from
 * Next's cache (proxy.ts sends such visitors here; the URL they see does not change). A page is
 * rendered again on the first request after 300 seconds (PAGE_RENDER_SECONDS, which must equal
 * the literal below: Next reads it from the source; the home page, 50) and at once after an
 * action on any instance changes what it shows (lib/cache/public-pages.ts, and
 * lib/cache/instance-relay.ts for the other instances). The front cache
 * (lib/cache/front-cache.ts) may keep what Next served another FRONT_PAGE_SECONDS: together,
 * PUBLIC_PAGE_SECONDS. Signed-in users of each role get their own copies (the first segment
 * names the role: lib/cache/cached-path.ts renderSegment).
 * force-static: should anything here read cookies or headers, it reads nothing rather than
 * making the page dynamic; the pages' own reads of the session are answered "signed out".
 */
export const dynamic = "force-static";
export const revalidate = 300;

// No page is rendered at build time (there is no database then); each on its first request.
export function generateStaticParams() {
  return [];
}

export const generateMetadata = cachedVariant(siteMetadata);

export default cachedVariant(function CachedPublicLayout({ children }: { children: ReactNode }) {
  // Visitors' public pages translate nothing in the browser beyond the error boundary's words
  // (SiteDocument's): their client parts, the view beacon and the title fixer, say nothing, and
  // the intent form and the report button, which do, are shown to signed-in users only.
  return <SiteDocument>{children}</SiteDocument>;
});
