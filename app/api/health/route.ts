import { getDatabaseHealth } from "@/lib/health/queries";

export const dynamic = "force-dynamic";

/** 200 when the database takes queries and is migrated, 503 otherwise; never cached. */
export async function GET() {
  const database = await getDatabaseHealth();
  return Response.json(
    { status: database.ok ? "ok" : "unavailable", database },
    { status: database.ok ? 200 : 503, headers: { "cache-control": "no-store" } },
  );
}
