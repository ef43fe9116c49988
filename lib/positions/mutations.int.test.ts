import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, employers, industries, locations, notifications, platforms, policyTags, positionPolicyTags, positions, users } from "../../db/schema";
import { createTestDatabase, type TestDatabase } from "../../tests/support/test-database";
import { createEmployerAccount } from "../accounts/queries";
import { generateCreditCode } from "../accounts/credit-code";
import { createPosition, decidePositions, duplicatePosition, movePosition, updatePosition } from "./mutations";
import { findPositions, getPublicPosition } from "./queries";
import { positionFormSchema } from "./schemas";
import { positionSearchSchema } from "./search-params";

let t: TestDatabase;
let owner: { id: string; employerId: number };
const catalog = { board: 0, platform: 0, location: 0, industry: 0 };
const operator = { id: "", role: "operator" as const };

beforeAll(async () => {
  t = await createTestDatabase({ seeded: true });
  owner = (await createEmployerAccount({ organisation: "舟山测试航空维修有限公司", creditCode: generateCreditCode(Math.random), kind: "enterprise", name: "王工", email: `pos-${Date.now()}@example.com`, password: "Haidao#2020", locale: "zh", ip: "x" }))!;
  await t.db.update(employers).set({ status: "verified", verifiedAt: new Date() }).where(eq(employers.id, owner.employerId));
  const [platform] = await t.db.select().from(platforms).limit(1);
  const [place] = await t.db.select().from(locations).limit(1);
  const [industry] = await t.db.select().from(industries).limit(1);
  Object.assign(catalog, { board: platform!.boardId, platform: platform!.id, location: place!.id, industry: industry!.id });
  const [op] = await t.db.select({ id: users.id }).from(users).where(eq(users.role, "operator")).limit(1);
  operator.id = op!.id;
});
afterAll(async () => {
  await t?.destroy();
});

const form = (title = "飞机结构修理工程师（测试）") =>
  positionFormSchema.parse({
    title,
    board: String(catalog.board),
    platform: String(catalog.platform),
    category: "工程技术",
    talentLevel: "high",
    educationFloor: "bachelor",
    headcount: "2",
    location: String(catalog.location),
    industry: String(catalog.industry),
    skills: "复合材料, 结构修理",
    description: "负责飞机结构修理方案制定。",
    expiresOn: new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10),
  });
const employerActor = () => ({ id: owner.id, role: "employer" as const, employerId: owner.employerId });

describe("posting and review", () => {
  it("keeps a draft private, refuses a stale edit, and publishes only after approval", async () => {
    const { id } = await createPosition({ employerId: owner.employerId, userId: owner.id, form: form(), ip: "x" });
    expect(await getPublicPosition({ id })).toBeNull();
    await updatePosition({ id, version: 1, employerId: owner.employerId, userId: owner.id, form: form("飞机结构修理高级工程师（测试）"), ip: "x" });
    // A second person still holding version 1 does not overwrite the first.
    await expect(updatePosition({ id, version: 1, employerId: owner.employerId, userId: owner.id, form: form("旧标题"), ip: "x" })).rejects.toMatchObject({ code: "conflict:stale" });
    await movePosition({ id, move: "submit", actor: employerActor(), ip: "x" });
    await expect(updatePosition({ id, version: 2, employerId: owner.employerId, userId: owner.id, form: form(), ip: "x" })).rejects.toMatchObject({ code: "conflict:not_editable" });
    const told = await t.db.select().from(notifications).where(eq(notifications.kind, "position.pending_review"));
    expect(told.some((n) => n.data.positionId === id)).toBe(true);
    expect(await getPublicPosition({ id })).toBeNull();
    await movePosition({ id, move: "approve", actor: operator, ip: "x" });
    expect((await getPublicPosition({ id }))?.title).toBe("飞机结构修理高级工程师（测试）");
    const found = await findPositions(positionSearchSchema.parse({ q: "结构修理", limit: 50 }));
    expect(found.items.map((i) => i.id)).toContain(id);
    const trail = await t.db.select().from(auditLog).where(and(eq(auditLog.entityType, "position"), eq(auditLog.entityId, String(id))));
    expect(trail.map((a) => [a.action, a.data.from ?? null, a.data.to ?? null])).toEqual([
      ["position.created", null, "draft"],
      ["position.edited", null, null],
      ["position.submit", "draft", "in_review"],
      ["position.approve", "in_review", "published"],
    ]);
  });

  it("sends a rejected posting back to draft with the reason, and lets only the right side move it", async () => {
    const { id } = await createPosition({ employerId: owner.employerId, userId: owner.id, form: form(), ip: "x" });
    await expect(movePosition({ id, move: "approve", actor: operator, ip: "x" })).rejects.toMatchObject({ code: "conflict:position_state" });
    await movePosition({ id, move: "submit", actor: employerActor(), ip: "x" });
    await expect(movePosition({ id, move: "approve", actor: employerActor(), ip: "x" })).rejects.toMatchObject({ code: "conflict:position_state" });
    await expect(movePosition({ id, move: "close", actor: { id: owner.id, role: "employer", employerId: owner.employerId + 100000 }, ip: "x" })).rejects.toMatchObject({ code: "not_found:position" });
    await movePosition({ id, move: "reject", actor: operator, reason: "薪资范围不明确", ip: "x" });
    const [row] = await t.db.select().from(positions).where(eq(positions.id, id));
    expect(row).toMatchObject({ status: "draft", rejectionReason: "薪资范围不明确" });
  });

  it("takes a published position out of search when it is closed", async () => {
    const { id } = await createPosition({ employerId: owner.employerId, userId: owner.id, form: form(), ip: "x" });
    await movePosition({ id, move: "submit", actor: employerActor(), ip: "x" });
    await movePosition({ id, move: "approve", actor: operator, ip: "x" });
    await movePosition({ id, move: "close", actor: operator, reason: "举报属实", ip: "x" });
    expect(await getPublicPosition({ id })).toBeNull();
  });

  it("keeps a position's policy tags through edits and duplication, and refuses an unknown tag on its field", async () => {
    const tags = await t.db.select({ id: policyTags.id, code: policyTags.code }).from(policyTags).orderBy(policyTags.id);
    const [a, b, c] = tags;
    const { id } = await createPosition({ employerId: owner.employerId, userId: owner.id, form: { ...form(), policyTags: [a!.id, b!.id] }, ip: "x" });
    const tagsOf = async (positionId: number) =>
      (await t.db.select({ tagId: positionPolicyTags.tagId }).from(positionPolicyTags).where(eq(positionPolicyTags.positionId, positionId))).map((r) => r.tagId).sort();
    expect(await tagsOf(id)).toEqual([a!.id, b!.id].sort());
    await updatePosition({ id, version: 1, employerId: owner.employerId, userId: owner.id, form: { ...form(), policyTags: [c!.id] }, ip: "x" });
    expect(await tagsOf(id)).toEqual([c!.id]);
    const copy = await duplicatePosition({ id, employerId: owner.employerId, userId: owner.id, ip: "x" });
    expect(await tagsOf(copy.id)).toEqual([c!.id]);
    await expect(
      updatePosition({ id, version: 2, employerId: owner.employerId, userId: owner.id, form: { ...form(), policyTags: [c!.id, 999_999] }, ip: "x" }),
    ).rejects.toMatchObject({ field: "policyTags", messageKey: "choose_one" });
    // Nothing half written: the refused edit left the tags and the version as they were.
    expect(await tagsOf(id)).toEqual([c!.id]);
    const [row] = await t.db.select({ version: positions.version }).from(positions).where(eq(positions.id, id));
    expect(row!.version).toBe(2);
  });

  it("decides many postings at once and skips one already decided", async () => {
    const ids: number[] = [];
    for (let i = 0; i < 3; i++) {
      const { id } = await createPosition({ employerId: owner.employerId, userId: owner.id, form: form(`批量测试岗位${i}`), ip: "x" });
      await movePosition({ id, move: "submit", actor: employerActor(), ip: "x" });
      ids.push(id);
    }
    await movePosition({ id: ids[0]!, move: "approve", actor: operator, ip: "x" });
    expect(await decidePositions({ ids, decision: "approve", operatorId: operator.id, ip: "x" })).toEqual({ done: 2, skipped: 1 });
    for (const id of ids) expect(await getPublicPosition({ id })).not.toBeNull();
  });
});
