import { z } from "zod";
import { findAnnouncements } from "@/lib/announcements/queries";
import { apiError, apiJson, parameterErrors, publicApiRoute } from "@/lib/http/api";

export const dynamic = "force-dynamic";

const schema = z.strictObject({
  category: z.string().regex(/^[a-z0-9][a-z0-9-]{0,49}$/, "must be a category code").optional(),
  page: z.coerce.number().int("must be a whole number").min(1, "at least 1").max(1000, "at most 1000").default(1),
  limit: z.coerce.number().int("must be a whole number").min(1, "at least 1").max(50, "at most 50").default(20),
});

/** GET /api/v1/announcements — published announcements, pinned first, with the categories' counts. */
export const GET = publicApiRoute(async function GET(request: Request) {
  const parsed = schema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) {
    return apiError(400, "invalid_parameters", parameterErrors(parsed.error));
  }
  const result = await findAnnouncements(parsed.data);
  return apiJson({ ...result, page: parsed.data.page, limit: parsed.data.limit });
});
