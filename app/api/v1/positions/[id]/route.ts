import { apiError, apiJson } from "@/lib/http/api";
import { getPublicPosition } from "@/lib/positions/queries";

export const dynamic = "force-dynamic";

/** GET /api/v1/positions/{id} — one public position, 404 when it is not public. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!/^[1-9][0-9]{0,9}$/.test(id) || Number(id) > 2_147_483_647) {
    return apiError(400, "invalid_parameters", [{ parameter: "id", message: "must be a positive whole number" }]);
  }
  const position = await getPublicPosition({ id: Number(id) });
  if (!position) return apiError(404, "not_found");
  return apiJson(position);
}
