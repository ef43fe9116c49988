import { clientIp } from "@/lib/http/client-ip";
import { parseId } from "@/lib/http/ids";
import { viewCounter } from "@/lib/stats/view-counting";
import { recordPositionView } from "@/lib/stats/views";

export const dynamic = "force-dynamic";

/**
 * The view beacon of a public position page (navigator.sendBeacon, after the page has shown):
 * one more on the position's counter of the day. The page itself stays free of the write, so
 * it can be cached. 204 whether or not it counted: a draft or unknown id is not counted, nor a
 * repeat from one address or a flood (lib/stats/view-counting.ts).
 */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const id = parseId((await params).id);
  if (id === null) return new Response(null, { status: 404, headers: { "cache-control": "no-store" } });
  if (viewCounter.shouldCount({ ip: clientIp(request.headers), positionId: id })) await recordPositionView({ positionId: id });
  return new Response(null, { status: 204, headers: { "cache-control": "no-store" } });
}
