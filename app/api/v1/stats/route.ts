import { z } from "zod";
import { apiError, apiJson, parameterErrors, publicApiRoute } from "@/lib/http/api";
import { getPublicStats } from "@/lib/stats/public";

export const dynamic = "force-dynamic";

const schema = z.strictObject({
  campaign: z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/, "must be a campaign slug").optional(),
});

/** GET /api/v1/stats — a campaign's public figures (the featured one by default), cached for a minute. */
export const GET = publicApiRoute(async function GET(request: Request) {
  const parsed = schema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) {
    return apiError(400, "invalid_parameters", parameterErrors(parsed.error));
  }
  const stats = await getPublicStats({ slug: parsed.data.campaign });
  if (!stats) return apiError(404, "not_found");
  return apiJson(stats, { maxAge: 60 });
});
