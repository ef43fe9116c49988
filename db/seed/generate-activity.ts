/** Saved positions, notifications and the audit log, so that none of those screens is empty. */
import { ANNOUNCEMENTS } from "./announcements-data";
import { CAMPAIGN } from "./catalog-data";
import type { SeedContext } from "./context";
import type { EmployerMeta } from "./generate-employers";
import type { NotificationDraft } from "./generate-intents";
import type { PositionMeta } from "./generate-positions";
import type { TalentMeta } from "./generate-talents";
import type { AuditLogRow, NotificationRow, RowBatch, SavedPositionRow } from "./rows";
import { DAY, HOUR, MINUTE, iso, timeBetween } from "./time";

const CHUNK = 5000;
/**
 * Reviews kept in the audit log: every one at the demo scale; at benchmark scale the first
 * few thousand, since the log is history, not what the benchmark measures.
 */
const AUDIT_CAP = 5000;

export function* generateSavedPositions(ctx: SeedContext, positions: PositionMeta, talents: TalentMeta): Generator<RowBatch> {
  const rng = ctx.rng("saved-positions");
  const latest = ctx.now - HOUR;
  const seen = new Set<number>();
  let rows: SavedPositionRow[] = [];
  const save = (talent: number, position: number): void => {
    const key = talent * positions.total + position;
    if (seen.has(key)) return;
    const earliest = Math.max(talents.joinedAt[talent] ?? ctx.start, positions.publishedAt[position] ?? ctx.start) + HOUR;
    if (earliest >= latest) return;
    seen.add(key);
    rows.push({ talent_id: ctx.talentUserId(talent), position_id: position + 1, created_at: iso(timeBetween(rng, earliest, latest)) });
  };
  for (const p of positions.demoPublished.slice(0, 2)) save(0, p);
  const { offsets, items } = positions.byIndustry;
  const field = talents.industry[0] ?? 0;
  for (let n = 0; n < 4; n++) {
    const from = offsets[field] ?? 0;
    const to = offsets[field + 1] ?? 0;
    if (to > from) save(0, items[rng.int(from, to - 1)] ?? 0);
  }
  const target = Math.round(talents.count * 0.12);
  for (let n = 0; n < target; n++) {
    save(rng.int(1, talents.count - 1), rng.int(0, positions.published - 1));
    if (rows.length >= CHUNK) {
      yield { table: "saved_positions", rows };
      rows = [];
    }
  }
  if (rows.length > 0) yield { table: "saved_positions", rows };
}

export function* generateNotifications(
  ctx: SeedContext,
  employers: EmployerMeta,
  positions: PositionMeta,
  drafts: NotificationDraft[],
): Generator<RowBatch> {
  const rng = ctx.rng("notifications");
  const all: NotificationDraft[] = drafts.slice();
  for (let p = employers.verified; p < employers.verified + ctx.plan.pendingEmployers; p++) {
    all.push({
      userId: ctx.operatorId,
      kind: "employer.pending_review",
      data: { employerId: p + 1, name: employers.names[p] ?? "" },
      at: (employers.createdAt[p] ?? ctx.now) + 5 * MINUTE,
      read: false,
    });
  }
  for (const other of positions.others.filter((o) => o.status === "in_review").slice(0, 20)) {
    all.push({
      userId: ctx.operatorId,
      kind: "position.pending_review",
      data: { positionId: other.index + 1, title: positions.title(other.index) },
      at: other.at + MINUTE,
      read: false,
    });
  }
  for (const p of positions.demoPublished) {
    all.push({
      userId: ctx.demoEmployerUserId,
      kind: "position.approved",
      data: { positionId: p + 1, title: positions.title(p) },
      at: (positions.publishedAt[p] ?? ctx.start) + MINUTE,
      read: true,
    });
  }
  let rows: NotificationRow[] = [];
  let id = 0;
  for (const d of all) {
    const at = Math.min(d.at, ctx.now - MINUTE);
    rows.push({
      id: ++id,
      user_id: d.userId,
      kind: d.kind,
      data: d.data,
      read_at: d.read ? iso(Math.min(ctx.now - MINUTE, at + rng.int(5, 600) * MINUTE)) : null,
      created_at: iso(at),
      // Demo history: never e-mailed.
      mailed_at: iso(at),
    });
    if (rows.length >= CHUNK) {
      yield { table: "notifications", rows };
      rows = [];
    }
  }
  if (rows.length > 0) yield { table: "notifications", rows };
}

export function* generateAuditLog(ctx: SeedContext, employers: EmployerMeta, positions: PositionMeta): Generator<RowBatch> {
  const rng = ctx.rng("audit");
  let id = 0;
  let rows: AuditLogRow[] = [];
  const ip = () => `203.0.113.${rng.int(1, 254)}`;
  const push = (row: Omit<AuditLogRow, "id">) => {
    rows.push({ id: ++id, ...row });
  };
  push({
    actor_id: ctx.operatorId,
    action: "campaign.create",
    entity_type: "campaign",
    entity_id: String(CAMPAIGN.id),
    data: { slug: CAMPAIGN.slug },
    ip: ip(),
    created_at: iso(ctx.start - 30 * DAY),
  });
  ANNOUNCEMENTS.forEach((spec, n) => {
    const at = ctx.start + spec.publishedDaysAfterStart * DAY;
    push({
      actor_id: ctx.operatorId,
      action: at <= ctx.now ? "announcement.publish" : "announcement.schedule",
      entity_type: "announcement",
      entity_id: String(n + 1),
      data: { title: spec.title },
      ip: ip(),
      created_at: iso(Math.min(at, ctx.now - HOUR)),
    });
  });
  for (let e = 0; e < employers.total; e++) {
    const verified = e < employers.verified;
    if (verified && e >= AUDIT_CAP) continue;
    const rejected = e >= employers.verified + ctx.plan.pendingEmployers;
    if (!verified && !rejected) continue;
    push({
      actor_id: ctx.operatorId,
      action: verified ? "employer.verify" : "employer.reject",
      entity_type: "employer",
      entity_id: String(e + 1),
      data: { from: "pending", to: verified ? "verified" : "rejected", name: employers.names[e] ?? "" },
      ip: ip(),
      created_at: iso(verified ? (employers.verifiedAt[e] ?? ctx.start) : (employers.createdAt[e] ?? ctx.start) + 2 * DAY),
    });
    if (rows.length >= CHUNK) {
      yield { table: "audit_log", rows };
      rows = [];
    }
  }
  for (let p = 0; p < Math.min(positions.published, AUDIT_CAP); p++) {
    const at = positions.publishedAt[p] ?? ctx.start;
    push({
      actor_id: ctx.operatorId,
      action: "position.approve",
      entity_type: "position",
      entity_id: String(p + 1),
      data: { from: "in_review", to: "published" },
      ip: ip(),
      created_at: iso(at),
    });
    if (rows.length >= CHUNK) {
      yield { table: "audit_log", rows };
      rows = [];
    }
  }
  for (const other of positions.others) {
    if (other.status === "draft") continue;
    push({
      actor_id: employers.actorId(other.employer),
      action: other.status === "closed" ? "position.close" : "position.submit",
      entity_type: "position",
      entity_id: String(other.index + 1),
      data: other.status === "closed" ? { from: "published", to: "closed" } : { from: "draft", to: "in_review" },
      ip: ip(),
      created_at: iso(other.at),
    });
  }
  for (const user of [ctx.operatorId, ctx.demoEmployerUserId, ctx.demoTalentId]) {
    push({
      actor_id: user,
      action: "auth.sign_in",
      entity_type: "user",
      entity_id: user,
      data: { method: "password" },
      ip: ip(),
      created_at: iso(ctx.now - rng.int(2, 40) * HOUR),
    });
  }
  if (rows.length > 0) yield { table: "audit_log", rows };
}
