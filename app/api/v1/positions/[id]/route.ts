import { FRONT_PAGE_SECONDS } from "@/lib/cache/cached-path";
import { apiError, apiJson, publicApiRoute } from "@/lib/http/api";
import { parseId } from "@/lib/http/ids";
import { getPublicPosition } from "@/lib/positions/queries";

export const dynamic = "force-dynamic";

/** GET /api/v1/positions/{id} — one public position, 404 when it is not public. */
export const GET = publicApiRoute(async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const positionId = parseId(id);
  if (!positionId) return apiError(400, "invalid_parameters", [{ parameter: "id", message: "must be a positive whole number" }]);
  const position = await getPublicPosition({ id: positionId });
  if (!position) return apiError(404, "not_found");
  return apiJson(position, { shared: FRONT_PAGE_SECONDS });
});
