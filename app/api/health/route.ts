import { markDatabaseDown, markDatabaseUp } from "@/lib/health/availability";
import { getDatabaseHealth } from "@/lib/health/queries";

export const dynamic = "force-dynamic";

/** 200 when the database takes queries and is migrated, 503 otherwise; never cached. */
export async function GET() {
  const database = await getDatabaseHealth();
  // What the health check learns (a load balancer asks often) also tells the proxy at once.
  if (database.ok) markDatabaseUp();
  else if (database.problem === "unreachable" && database.driver === "postgres") markDatabaseDown();
  return Response.json(
    { status: database.ok ? "ok" : "unavailable", database },
    { status: database.ok ? 200 : 503, headers: { "cache-control": "no-store" } },
  );
}
