import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, boards, platforms, policyTags } from "../../db/schema";
import { createCatalog, createEmployer, createPosition, findOperatorId } from "../../tests/support/factories";
import { createTestDatabase, type TestDatabase } from "../../tests/support/test-database";
import { getManagedCatalog, savePlatform, savePolicyTag, updateBoard } from "./manage";
import { boardFormSchema, platformFormSchema, policyTagFormSchema } from "./schemas";

let t: TestDatabase;
let operatorId = "";

beforeAll(async () => {
  t = await createTestDatabase({ seeded: true });
  operatorId = await findOperatorId(t.db);
});
afterAll(async () => {
  await t?.destroy();
});

const me = () => ({ userId: operatorId, ip: "x" });
const failure = (promise: Promise<unknown>) => promise.then(() => null, (e: unknown) => e);

describe("[catalog] operators manage boards, platforms and policy tags", () => {
  it("edits a board's names, descriptions and order", async () => {
    const { board } = await createCatalog(t.db);
    await updateBoard({ ...me(), form: boardFormSchema.parse({ id: String(board.id), nameZh: "千企百校（新）", nameEn: "Thousand Firms", descriptionZh: "简介", sortOrder: "5" }) });
    const [stored] = await t.db.select().from(boards).where(eq(boards.id, board.id));
    expect(stored).toMatchObject({ nameZh: "千企百校（新）", descriptionZh: "简介", descriptionEn: "", sortOrder: 5, code: board.code });
    await expect(updateBoard({ ...me(), form: boardFormSchema.parse({ id: "99999", nameZh: "x", nameEn: "x" }) })).rejects.toMatchObject({ code: "not_found:board" });
  });

  it("creates and edits platforms; a taken code or moving one in use answers on the field", async () => {
    const { board } = await createCatalog(t.db);
    const other = await createCatalog(t.db);
    const code = `marine-lab-${Date.now().toString(36)}`;
    const { id } = await savePlatform({ ...me(), form: platformFormSchema.parse({ code, board: String(board.id), nameZh: "海洋实验室", nameEn: "Marine Lab" }) });
    expect((await getManagedCatalog()).platforms.find((p) => p.id === id)).toMatchObject({ code, boardId: board.id, sortOrder: 0 });

    const taken = platformFormSchema.parse({ code, board: String(board.id), nameZh: "重复", nameEn: "Duplicate" });
    expect(await failure(savePlatform({ ...me(), form: taken }))).toMatchObject({ field: "code", messageKey: "code_taken" });
    expect(await failure(savePlatform({ ...me(), form: { ...taken, id: other.platform.id } }))).toMatchObject({ field: "code", messageKey: "code_taken" });
    expect(await failure(savePlatform({ ...me(), form: { ...taken, code: `${code}-x`, board: 99_999 } }))).toMatchObject({ field: "board", messageKey: "choose_one" });

    // A platform with positions stays on its board.
    const employer = await createEmployer(t.db);
    await createPosition(t.db, other, employer.id);
    const move = platformFormSchema.parse({ id: String(other.platform.id), code: other.platform.code, board: String(board.id), nameZh: "搬家", nameEn: "Moved" });
    expect(await failure(savePlatform({ ...me(), form: move }))).toMatchObject({ field: "board", messageKey: "platform_in_use" });
    await savePlatform({ ...me(), form: { ...move, board: other.board.id } });
    const [renamed] = await t.db.select().from(platforms).where(eq(platforms.id, other.platform.id));
    expect(renamed).toMatchObject({ nameZh: "搬家", boardId: other.board.id });
  });

  it("creates and renames policy tags, and refuses a taken code", async () => {
    const code = `relocation-${Date.now().toString(36)}`;
    const { id } = await savePolicyTag({ ...me(), form: policyTagFormSchema.parse({ code, nameZh: "搬迁补贴", nameEn: "Relocation grant", sortOrder: "9" }) });
    await savePolicyTag({ ...me(), form: policyTagFormSchema.parse({ id: String(id), code, nameZh: "搬迁补助", nameEn: "Relocation allowance" }) });
    const [tag] = await t.db.select().from(policyTags).where(eq(policyTags.id, id));
    expect(tag).toMatchObject({ nameZh: "搬迁补助", nameEn: "Relocation allowance", sortOrder: 0 });
    expect(await failure(savePolicyTag({ ...me(), form: policyTagFormSchema.parse({ code: "housing-subsidy", nameZh: "重复", nameEn: "Duplicate" }) }))).toMatchObject({ field: "code", messageKey: "code_taken" });
    await expect(savePolicyTag({ ...me(), form: policyTagFormSchema.parse({ id: "99999", code: "nowhere", nameZh: "x", nameEn: "x" }) })).rejects.toMatchObject({ code: "not_found:policy_tag" });
    const trail = await t.db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.entityId, String(id)));
    expect(trail.map((a) => a.action)).toEqual(expect.arrayContaining(["policy_tag.created", "policy_tag.edited"]));
  });

  it("names a badly written code or name", () => {
    const result = policyTagFormSchema.safeParse({ code: "Housing Subsidy", nameZh: "", nameEn: "x".repeat(101), sortOrder: "abc" });
    expect(Object.fromEntries(result.error!.issues.map((i) => [i.path[0], i.message]))).toEqual({ code: "code_format", nameZh: "required", nameEn: "too_long", sortOrder: "invalid" });
  });
});
