import "server-only";
import { and, desc, eq, gte, ilike, inArray, lt, lte, or, sql, type SQL } from "drizzle-orm";
import { execute, getDb, type Database } from "../../db/index";
import { auditLog, users } from "../../db/schema";
import { containsPattern } from "../../db/like";

export interface AuditInput {
  actorId: string | null;
  action: string;
  entityType: string;
  entityId?: string | number | null;
  data?: Record<string, unknown>;
  ip?: string | null;
}

/** Records one entry; pass the transaction's db so the entry commits with the change it describes. */
export async function recordAudit(entry: AuditInput, db?: Database): Promise<void> {
  const target = db ?? (await getDb());
  await target.insert(auditLog).values({
    actorId: entry.actorId,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId == null ? null : String(entry.entityId),
    data: entry.data ?? {},
    ip: entry.ip ?? null,
  });
}

export interface AuditFilter {
  action?: string;
  actor?: string;
  entityType?: string;
  from?: Date;
  to?: Date;
  /** The id of the last entry of the previous page. */
  before?: number;
  limit?: number;
}

export interface AuditRow {
  id: number;
  action: string;
  entityType: string;
  entityId: string | null;
  data: Record<string, unknown>;
  ip: string | null;
  createdAt: Date;
  actorEmail: string | null;
  actorName: string | null;
}

/** Newest first, keyset-paginated by id. */
export async function findAuditEntries(filter: AuditFilter): Promise<{ rows: AuditRow[]; nextBefore: number | null }> {
  const db = await getDb();
  const limit = Math.min(filter.limit ?? 50, 200);
  const conditions: (SQL | undefined)[] = [
    filter.action ? eq(auditLog.action, filter.action) : undefined,
    filter.entityType ? eq(auditLog.entityType, filter.entityType) : undefined,
    filter.from ? gte(auditLog.createdAt, filter.from) : undefined,
    filter.to ? lte(auditLog.createdAt, filter.to) : undefined,
    filter.before ? lt(auditLog.id, filter.before) : undefined,
    // The people first, then their entries (audit_log_actor_idx): a rare name is not looked for
    // by reading the log from its newest entry until 51 of theirs turn up.
    filter.actor
      ? inArray(
          auditLog.actorId,
          db
            .select({ id: users.id })
            .from(users)
            .where(or(ilike(users.email, containsPattern(filter.actor)), ilike(users.name, containsPattern(filter.actor)))),
        )
      : undefined,
  ];
  const rows = await db
    .select({
      id: auditLog.id,
      action: auditLog.action,
      entityType: auditLog.entityType,
      entityId: auditLog.entityId,
      data: auditLog.data,
      ip: auditLog.ip,
      createdAt: auditLog.createdAt,
      actorEmail: users.email,
      actorName: users.name,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(and(...conditions))
    .orderBy(desc(auditLog.id))
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  return { rows: page, nextBefore: rows.length > limit ? (page.at(-1)?.id ?? null) : null };
}

/**
 * The distinct actions recorded so far, for the filter's list: one index probe per action
 * (audit_log_action_idx, each step the first action after the last), so a log of millions of
 * entries costs a few dozen probes, not a scan of the log.
 */
export async function findAuditActions(): Promise<string[]> {
  const db = await getDb();
  const rows = await execute<{ action: string }>(
    db,
    sql`with recursive actions(action) as (
          (select action from audit_log order by action limit 1)
          union all
          select (select a.action from audit_log a where a.action > actions.action order by a.action limit 1) from actions where actions.action is not null)
        select action from actions where action is not null`,
  );
  return rows.map((r) => r.action);
}

