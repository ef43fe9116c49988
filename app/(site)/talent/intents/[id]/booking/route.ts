import { getTranslations } from "next-intl/server";
import { can } from "@/lib/auth/policy";
import { getCurrentUser } from "@/lib/auth/session";
import { AppError, FieldError } from "@/lib/errors";
import { parseId } from "@/lib/http/ids";
import { bookSlot } from "@/lib/negotiations/mutations";
import { bookSlotSchema } from "@/lib/negotiations/schemas";

export const dynamic = "force-dynamic";

const answer = (status: number, body: Record<string, unknown>) => Response.json(body, { status, headers: { "cache-control": "no-store" } });

/**
 * POST a booking (form fields slotId and, optionally, timeZone) for one of the signed-in
 * talent's intents — the same booking as the intent page's form, for clients that speak HTTP.
 * 201 {bookingId, rescheduled}; a full slot answers 409 {error: "conflict:slot", field:
 * "slotId", message: "此时段已约满…"} in the reader's language, never a 500.
 */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  // Cookies ride along on cross-site form posts in old browsers: only our own pages may post here.
  const origin = request.headers.get("origin");
  if (origin && new URL(origin).host !== request.headers.get("host")) return answer(403, { error: "forbidden" });
  const user = await getCurrentUser();
  if (!user) return answer(401, { error: "unauthorized" });
  if (!can(user, { action: "talent.own", talentId: user.id })) return answer(403, { error: "forbidden" });
  const { id } = await params;
  const form = await request.formData().catch(() => new FormData());
  const parsed = bookSlotSchema.safeParse({ intentId: parseId(id) ?? "", slotId: form.get("slotId") ?? undefined, timeZone: form.get("timeZone") ?? undefined });
  const [validation, errors] = await Promise.all([getTranslations("validation"), getTranslations("formErrors")]);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = String(issue.path[0] ?? "form");
    if (field === "intentId") return answer(404, { error: "not_found:intent", message: errors("not_found") });
    return answer(400, { error: "bad_request:field", field, message: validation.has(issue.message as never) ? validation(issue.message as never) : validation("invalid") });
  }
  try {
    const result = await bookSlot({ talentId: user.id, ...parsed.data });
    return answer(201, result);
  } catch (error) {
    if (error instanceof FieldError) return answer(error.status, { error: error.code, field: error.field, message: validation(error.messageKey as never) });
    if (error instanceof AppError) {
      const specific = error.code.replace(":", "_");
      return answer(error.status, { error: error.code, message: errors.has(specific as never) ? errors(specific as never) : errors(error.kind as never) });
    }
    throw error;
  }
}
