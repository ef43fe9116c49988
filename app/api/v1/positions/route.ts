import { FRONT_PAGE_SECONDS } from "@/lib/cache/cached-path";
import { apiError, apiJson, publicApiRoute } from "@/lib/http/api";
import { findPositionFacets, findPositions } from "@/lib/positions/queries";
import { parseSearchStrict } from "@/lib/positions/search-params";

export const dynamic = "force-dynamic";

/** GET /api/v1/positions — the public search as JSON, with facets and a cursor (see openapi.json). */
export const GET = publicApiRoute(async function GET(request: Request) {
  const url = new URL(request.url);
  const parsed = parseSearchStrict(url.searchParams);
  if (!parsed.ok) return apiError(400, "invalid_parameters", parsed.errors);
  const withFacets = !parsed.search.cursor && parsed.search.facets !== "0";
  const [result, facets] = await Promise.all([findPositions(parsed.search), withFacets ? findPositionFacets(parsed.search) : Promise.resolve(null)]);
  return apiJson({ ...result, facets }, { shared: FRONT_PAGE_SECONDS });
});
