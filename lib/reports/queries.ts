import "server-only";
import { and, count, desc, eq, sql } from "drizzle-orm";
import { execute, getDb } from "../../db/index";
import { PG_UNIQUE_VIOLATION, pgError } from "../../db/errors";
import { positions, reports } from "../../db/schema";
import { AppError } from "../errors";
import { getPublicPosition } from "../positions/queries";
import { hitRateLimit } from "../rate-limits/queries";
import type { ReportInput, ReportReason } from "./schemas";

/** How many reports one person may file per hour (a flood is not a report). */
export const REPORTS_PER_HOUR = 10;

export interface ReportView {
  id: number;
  positionId: number;
  reason: ReportReason;
  details: string;
  status: "open" | "dismissed" | "actioned";
  resolution: string | null;
  createdAt: Date;
  handledAt: Date | null;
}

const VIEW = {
  id: reports.id,
  positionId: reports.positionId,
  reason: reports.reason,
  details: reports.details,
  status: reports.status,
  resolution: reports.resolution,
  createdAt: reports.createdAt,
  handledAt: reports.handledAt,
};

/** The person's report on this posting that operators have not handled yet, if any. */
export async function getOpenReport({ reporterId, positionId }: { reporterId: string; positionId: number }): Promise<ReportView | null> {
  const db = await getDb();
  const [row] = await db
    .select(VIEW)
    .from(reports)
    .where(and(eq(reports.reporterId, reporterId), eq(reports.positionId, positionId), eq(reports.status, "open")));
  return row ?? null;
}

/**
 * Files a report on a public posting. A second report while the first is open answers the
 * first (`existing`): the partial unique index decides, so two at once still make one row.
 */
export async function createReport(input: ReportInput & { reporterId: string }): Promise<{ report: ReportView; existing: boolean }> {
  const rate = await hitRateLimit({ key: `report:${input.reporterId}`, windowSeconds: 3600 });
  if (rate.count > REPORTS_PER_HOUR) throw new AppError("rate_limited:reports");
  if (!(await getPublicPosition({ id: input.positionId }))) throw new AppError("not_found:position");
  const db = await getDb();
  // Once more if the open report that refused ours was handled in between (then ours may go in).
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const [row] = await db
        .insert(reports)
        .values({ reporterId: input.reporterId, positionId: input.positionId, reason: input.reason, details: input.details })
        .returning(VIEW);
      return { report: row!, existing: false };
    } catch (error) {
      const pg = pgError(error);
      if (pg?.code !== PG_UNIQUE_VIOLATION) throw error;
      const existing = await getOpenReport(input);
      if (existing) return { report: existing, existing: true };
    }
  }
  throw new AppError("conflict:report");
}

/** Everything a person reported, newest first, with what became of it. */
export async function findReportsBy({ reporterId, limit = 100 }: { reporterId: string; limit?: number }) {
  const db = await getDb();
  return db
    .select({ ...VIEW, title: positions.title })
    .from(reports)
    .innerJoin(positions, eq(positions.id, reports.positionId))
    .where(eq(reports.reporterId, reporterId))
    .orderBy(desc(reports.createdAt), desc(reports.id))
    .limit(limit);
}

/** Open reports, for the operators' badge. */
export async function countOpenReports(): Promise<number> {
  const db = await getDb();
  const [row] = await db.select({ n: count() }).from(reports).where(eq(reports.status, "open"));
  return Number(row?.n ?? 0);
}

export interface ReportedPosition {
  positionId: number;
  title: string;
  status: "draft" | "in_review" | "published" | "closed";
  employerId: number;
  employerName: string;
  count: number;
  /** Open reports per reason, most frequent first. */
  reasons: { reason: ReportReason; count: number }[];
  latestDetails: string | null;
  latestAt: Date;
  /** The newest open report's id (the queue's `upTo`). */
  latestId: number;
}

/** The operators' queue: open reports grouped by posting, the most reported first, then the longest waiting. */
export async function findReportQueue({ limit = 100 }: { limit?: number } = {}): Promise<ReportedPosition[]> {
  const db = await getDb();
  const rows = await execute<{
    positionId: number;
    title: string;
    status: ReportedPosition["status"];
    employerId: number;
    employerName: string;
    count: number;
    reasons: Record<string, number>;
    latestDetails: string | null;
    latestAt: string | Date;
    latestId: number;
  }>(
    db,
    sql`select r.position_id as "positionId", p.title, p.status, e.id as "employerId", e.name as "employerName",
          count(*)::int as count, max(r.id) as "latestId", max(r.created_at) as "latestAt",
          (array_agg(r.details order by r.id desc) filter (where r.details <> ''))[1] as "latestDetails",
          (select jsonb_object_agg(g.reason, g.n) from (
             select reason, count(*)::int as n from reports where position_id = r.position_id and status = 'open' group by reason
           ) g) as reasons
        from reports r join positions p on p.id = r.position_id join employers e on e.id = p.employer_id
        where r.status = 'open'
        group by r.position_id, p.id, e.id
        order by count(*) desc, min(r.created_at) asc
        limit ${limit}`,
  );
  return rows.map((row) => ({
    ...row,
    latestId: Number(row.latestId),
    latestAt: new Date(row.latestAt),
    reasons: Object.entries(row.reasons ?? {})
      .map(([reason, n]) => ({ reason: reason as ReportReason, count: Number(n) }))
      .sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason)),
  }));
}
