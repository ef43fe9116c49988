import { unsubscribeAlert } from "@/lib/alerts/mutations";
import { alertTokenSchema } from "@/lib/alerts/schemas";
import { apiError } from "@/lib/http/api";

export const dynamic = "force-dynamic";

/**
 * RFC 8058 one-click unsubscribe: mail programs POST `List-Unsubscribe=One-Click` to the URL of
 * an alert e-mail's List-Unsubscribe header, without a session or cookies. The token alone
 * names the alert; answering 200 for an alert already gone keeps repeats harmless. (People
 * clicking the link in the text get a page that asks first: /alerts/unsubscribe/{token}.)
 */
export async function POST(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const parsed = alertTokenSchema.safeParse(await params);
  if (!parsed.success) return apiError(400, "invalid_token");
  const removed = await unsubscribeAlert({ token: parsed.data.token });
  return Response.json({ unsubscribed: true, removed }, { headers: { "cache-control": "no-store" } });
}
