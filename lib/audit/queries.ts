import "server-only";
import { and, desc, eq, gte, ilike, lt, lte, or, sql, type SQL } from "drizzle-orm";
import { getDb, type Database } from "../../db/index";
import { auditLog, users } from "../../db/schema";

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
    filter.actor ? or(ilike(users.email, `%${escapeLike(filter.actor)}%`), ilike(users.name, `%${escapeLike(filter.actor)}%`)) : undefined,
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

/** The distinct actions recorded so far, for the filter's list. */
export async function findAuditActions(): Promise<string[]> {
  const db = await getDb();
  const rows = await db.selectDistinct({ action: auditLog.action }).from(auditLog).orderBy(sql`1`);
  return rows.map((r) => r.action);
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}
