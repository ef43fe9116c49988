import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, employerMembers, notifications, positions, reports } from "../../db/schema";
import { createTestDatabase, type TestDatabase } from "../../tests/support/test-database";
import { createCatalog, createEmployer, createPosition, createUser } from "../../tests/support/factories";
import { movePosition } from "../positions/mutations";
import { findPositions, getPublicPosition } from "../positions/queries";
import { positionSearchSchema } from "../positions/search-params";
import { dismissReports, handleReports, takeDownPosition } from "./moderation";
import { countOpenReports, createReport, findReportQueue, findReportsBy, REPORTS_PER_HOUR } from "./queries";

let t: TestDatabase;
let catalog: Awaited<ReturnType<typeof createCatalog>>;
let operatorId: string;

beforeAll(async () => {
  t = await createTestDatabase();
  catalog = await createCatalog(t.db);
  operatorId = (await createUser(t.db, "operator")).id;
});
afterAll(async () => {
  await t?.destroy();
});

/** A published posting of a verified employer with one member, who is told of a take-down. */
async function postingWithMember() {
  const employer = await createEmployer(t.db);
  const member = await createUser(t.db, "employer");
  await t.db.insert(employerMembers).values({ employerId: employer.id, userId: member.id, role: "owner" });
  const position = await createPosition(t.db, catalog, employer.id);
  return { employer, member, position };
}

const kindsFor = async (userId: string) => (await t.db.select().from(notifications).where(eq(notifications.userId, userId))).map((n) => [n.kind, n.data]);
const isPublic = async (id: number) => (await findPositions(positionSearchSchema.parse({ limit: 50, sort: "newest" }))).items.some((p) => p.id === id);

describe("reporting a posting", () => {
  it("stores a report, and answers a second one by the same person with the first", async () => {
    const { position } = await postingWithMember();
    const talent = await createUser(t.db);
    const first = await createReport({ reporterId: talent.id, positionId: position.id, reason: "fraud", details: "要求先交培训费" });
    expect(first).toMatchObject({ existing: false, report: { reason: "fraud", status: "open", details: "要求先交培训费" } });
    const second = await createReport({ reporterId: talent.id, positionId: position.id, reason: "other", details: "再次举报" });
    expect(second).toMatchObject({ existing: true, report: { id: first.report.id, reason: "fraud" } });
    expect(await t.db.select().from(reports).where(eq(reports.positionId, position.id))).toHaveLength(1);
  });

  it("keeps one open report per person and posting when several arrive at once", async () => {
    const { position } = await postingWithMember();
    const talent = await createUser(t.db);
    const results = await Promise.all(
      Array.from({ length: 5 }, (_, i) => createReport({ reporterId: talent.id, positionId: position.id, reason: "misleading", details: `第${i}次` })),
    );
    const rows = await t.db.select().from(reports).where(eq(reports.positionId, position.id));
    expect(rows).toHaveLength(1);
    expect(new Set(results.map((r) => r.report.id))).toEqual(new Set([rows[0]!.id]));
    expect(results.filter((r) => !r.existing)).toHaveLength(1);
  });

  it("refuses postings that are not public, and a flood of reports", async () => {
    const { position } = await postingWithMember();
    const talent = await createUser(t.db);
    const [draft] = await t.db.update(positions).set({ status: "draft", publishedAt: null }).where(eq(positions.id, (await createPosition(t.db, catalog, position.employerId)).id)).returning();
    await expect(createReport({ reporterId: talent.id, positionId: draft!.id, reason: "fraud", details: "" })).rejects.toMatchObject({ code: "not_found:position" });
    await expect(createReport({ reporterId: talent.id, positionId: 2_000_000_000, reason: "fraud", details: "" })).rejects.toMatchObject({ code: "not_found:position" });
    const flooder = await createUser(t.db);
    for (let i = 0; i < REPORTS_PER_HOUR; i++) await createReport({ reporterId: flooder.id, positionId: position.id, reason: "other", details: "" });
    await expect(createReport({ reporterId: flooder.id, positionId: position.id, reason: "other", details: "" })).rejects.toMatchObject({ code: "rate_limited:reports" });
  });
});

describe("the operators' queue", () => {
  it("groups open reports by posting with their count, reasons and latest details", async () => {
    const { position, employer } = await postingWithMember();
    for (const [reason, details] of [["fraud", "先交费"], ["fraud", ""], ["discrimination", "限男性"]] as const) {
      await createReport({ reporterId: (await createUser(t.db)).id, positionId: position.id, reason, details });
    }
    const entry = (await findReportQueue()).find((q) => q.positionId === position.id);
    expect(entry).toMatchObject({
      title: position.title,
      status: "published",
      employerId: employer.id,
      employerName: employer.name,
      count: 3,
      reasons: [
        { reason: "fraud", count: 2 },
        { reason: "discrimination", count: 1 },
      ],
      latestDetails: "限男性",
    });
    expect(await countOpenReports()).toBeGreaterThanOrEqual(3);
  });
});

describe("handling reports", () => {
  it("takes a posting down: it leaves search, its reports are actioned, and everyone concerned is told", async () => {
    const { position, member } = await postingWithMember();
    const [a, b] = [await createUser(t.db), await createUser(t.db)];
    await createReport({ reporterId: a.id, positionId: position.id, reason: "fraud", details: "虚假" });
    await createReport({ reporterId: b.id, positionId: position.id, reason: "misleading", details: "" });
    expect(await isPublic(position.id)).toBe(true);
    const before = await countOpenReports();

    await takeDownPosition({ positionId: position.id, resolution: "经核实为虚假招聘", operatorId, ip: "x" });

    expect(await getPublicPosition({ id: position.id })).toBeNull();
    expect(await isPublic(position.id)).toBe(false);
    const [row] = await t.db.select().from(positions).where(eq(positions.id, position.id));
    expect(row).toMatchObject({ status: "closed", takedownReason: "经核实为虚假招聘", version: position.version + 1 });
    const closed = await t.db.select().from(reports).where(eq(reports.positionId, position.id));
    expect(closed.map((r) => [r.status, r.resolution, r.handledBy])).toEqual([
      ["actioned", "经核实为虚假招聘", operatorId],
      ["actioned", "经核实为虚假招聘", operatorId],
    ]);
    expect(await countOpenReports()).toBe(before - 2);
    expect((await findReportQueue()).some((q) => q.positionId === position.id)).toBe(false);
    expect(await kindsFor(member.id)).toEqual([["position.taken_down", { positionId: position.id, title: position.title, reason: "经核实为虚假招聘" }]]);
    for (const reporter of [a, b]) expect(await kindsFor(reporter.id)).toEqual([["report.actioned", { positionId: position.id, title: position.title, resolution: "经核实为虚假招聘" }]]);
    const [audit] = await t.db.select().from(auditLog).where(and(eq(auditLog.action, "position.takedown"), eq(auditLog.entityId, String(position.id))));
    expect(audit).toMatchObject({ actorId: operatorId, data: { from: "published", to: "closed", reason: "经核实为虚假招聘", reports: 2 } });
    expect((await findReportsBy({ reporterId: a.id }))[0]).toMatchObject({ status: "actioned", resolution: "经核实为虚假招聘", title: position.title });
  });

  it("clears the take-down reason when the employer reopens the posting as a draft", async () => {
    const { position, member, employer } = await postingWithMember();
    await takeDownPosition({ positionId: position.id, resolution: "薪资信息不实", operatorId, ip: "x" });
    await movePosition({ id: position.id, move: "reopen", actor: { id: member.id, role: "employer", employerId: employer.id }, ip: "x" });
    const [row] = await t.db.select().from(positions).where(eq(positions.id, position.id));
    expect(row).toMatchObject({ status: "draft", takedownReason: null });
    await expect(takeDownPosition({ positionId: position.id, resolution: "草稿不能下线", operatorId, ip: "x" })).rejects.toMatchObject({ code: "conflict:position_state" });
  });

  it("dismisses the reports the operator saw, keeps the posting up and tells the reporters", async () => {
    const { position } = await postingWithMember();
    const seen = await createUser(t.db);
    const { report } = await createReport({ reporterId: seen.id, positionId: position.id, reason: "expired", details: "" });
    const late = await createUser(t.db);
    await createReport({ reporterId: late.id, positionId: position.id, reason: "other", details: "处理期间新到的举报" });

    await dismissReports({ positionId: position.id, resolution: "岗位仍在招聘", upTo: report.id, operatorId, ip: "x" });

    expect(await getPublicPosition({ id: position.id })).not.toBeNull();
    const rows = await t.db.select().from(reports).where(eq(reports.positionId, position.id));
    expect(rows.map((r) => [r.reporterId, r.status]).sort()).toEqual([[seen.id, "dismissed"], [late.id, "open"]].sort());
    expect(await kindsFor(seen.id)).toEqual([["report.dismissed", { positionId: position.id, title: position.title, resolution: "岗位仍在招聘" }]]);
    expect(await kindsFor(late.id)).toEqual([]);
    // Dismissed, the person may report the posting again.
    expect((await createReport({ reporterId: seen.id, positionId: position.id, reason: "fraud", details: "" })).existing).toBe(false);
  });

  it("handles several postings at once, skipping one that was handled meanwhile", async () => {
    const [one, two] = [await postingWithMember(), await postingWithMember()];
    const reporter = await createUser(t.db);
    await createReport({ reporterId: reporter.id, positionId: one.position.id, reason: "fraud", details: "" });
    const { report } = await createReport({ reporterId: reporter.id, positionId: two.position.id, reason: "fraud", details: "" });
    await dismissReports({ positionId: one.position.id, resolution: "另一位运营人员已处理", upTo: report.id, operatorId, ip: "x" });
    const result = await handleReports({ positionIds: [one.position.id, two.position.id], decision: "dismiss", resolution: "批量处理", upTo: report.id, operatorId, ip: "x" });
    expect(result).toEqual({ done: 1, skipped: 1 });
    const taken = await handleReports({ positionIds: [one.position.id, two.position.id], decision: "takedown", resolution: "批量下线", upTo: report.id, operatorId, ip: "x" });
    expect(taken).toEqual({ done: 2, skipped: 0 });
    expect(await getPublicPosition({ id: two.position.id })).toBeNull();
  });
});
