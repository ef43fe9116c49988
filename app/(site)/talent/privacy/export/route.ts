import { can } from "@/lib/auth/policy";
import { getCurrentUser } from "@/lib/auth/session";
import { exportTalentData } from "@/lib/talents/privacy";

export const dynamic = "force-dynamic";

/** PIPL data portability: everything the platform holds about the signed-in talent, as JSON. */
export async function GET() {
  const user = await getCurrentUser();
  if (!user) return Response.json({ error: "unauthorized" }, { status: 401 });
  if (!can(user, { action: "talent.own", talentId: user.id })) return Response.json({ error: "forbidden" }, { status: 403 });
  const data = await exportTalentData({ talentId: user.id });
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      "content-type": "application/json; charset=utf-8",
      "content-disposition": `attachment; filename="zhihui-my-data-${new Date().toISOString().slice(0, 10)}.json"`,
      "cache-control": "no-store",
    },
  });
}
