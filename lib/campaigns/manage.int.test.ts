import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { boards, campaigns } from "../../db/schema";
import { findOperatorId } from "../../tests/support/factories";
import { createTestDatabase, type TestDatabase } from "../../tests/support/test-database";
import { FieldError } from "../errors";
import { createCampaign, getManagedCampaign, updateCampaign } from "./manage";
import { getFeaturedCampaign } from "./queries";
import { campaignFormSchema } from "./schemas";

let t: TestDatabase;
let operatorId = "";
let boardIds: number[] = [];

beforeAll(async () => {
  t = await createTestDatabase({ seeded: true });
  operatorId = await findOperatorId(t.db);
  boardIds = (await t.db.select({ id: boards.id }).from(boards)).map((b) => b.id);
});
afterAll(async () => {
  await t?.destroy();
});

let seq = 0;
const form = (fields: Record<string, unknown> = {}) =>
  campaignFormSchema.parse({
    nameZh: "2027年舟山人才招引计划",
    nameEn: "Zhoushan Talent Drive 2027",
    slug: `drive-${Date.now().toString(36)}-${++seq}`,
    startsAt: "2027-03-01T09:00",
    endsAt: "2027-03-31T18:00",
    boards: boardIds.map(String),
    requireVerifiedEmployers: "on",
    ...fields,
  });
const me = () => ({ userId: operatorId, ip: "x" });
const featured = async () => (await t.db.select({ id: campaigns.id }).from(campaigns).where(eq(campaigns.featured, true))).map((c) => c.id);

describe("[campaigns] operators manage campaigns", () => {
  it("keeps exactly one featured campaign: featuring one un-features the other", async () => {
    expect(await featured()).toHaveLength(1);
    const a = await createCampaign({ ...me(), form: form({ featured: "on" }) });
    expect(await featured()).toEqual([a.id]);
    expect((await getFeaturedCampaign())?.id).toBe(a.id);
    const b = await createCampaign({ ...me(), form: form() });
    expect(await featured()).toEqual([a.id]);
    await updateCampaign({ ...me(), id: b.id, form: form({ featured: "on" }) });
    expect(await featured()).toEqual([b.id]);
    const error = await updateCampaign({ ...me(), id: b.id, form: form() }).catch((e: unknown) => e);
    expect(error).toMatchObject({ field: "featured", messageKey: "keep_one_featured" });
    expect(await featured()).toEqual([b.id]);
  });

  it("stores the dates, boards and rules, and answers a taken slug on its field", async () => {
    const { id } = await createCampaign({ ...me(), form: form({ slug: "drive-taken-slug", sloganZh: "智汇群岛 才聚舟山" }) });
    const stored = (await getManagedCampaign({ id }))!;
    expect(stored.startsAt.toISOString()).toBe("2027-03-01T01:00:00.000Z");
    expect(stored.boardIds).toEqual([...boardIds].sort((x, y) => x - y));
    expect(stored.requireVerifiedEmployers).toBe(true);
    await updateCampaign({ ...me(), id, form: form({ slug: "drive-taken-slug", boards: [String(boardIds[0])] }) });
    expect((await getManagedCampaign({ id }))!.boardIds).toEqual([boardIds[0]]);
    expect((await getManagedCampaign({ id }))!.requireVerifiedEmployers).toBe(true);

    const taken = await createCampaign({ ...me(), form: form({ slug: "drive-taken-slug" }) }).catch((e: unknown) => e);
    expect(taken).toBeInstanceOf(FieldError);
    expect(taken).toMatchObject({ field: "slug", messageKey: "code_taken" });
    expect(await createCampaign({ ...me(), form: form({ boards: ["9999"] }) }).catch((e: unknown) => e)).toMatchObject({ field: "boards", messageKey: "choose_one" });
    await expect(updateCampaign({ ...me(), id: 99_999_999, form: form() })).rejects.toMatchObject({ code: "not_found:campaign" });
  });

  it("refuses an end that is not after the start", () => {
    const result = campaignFormSchema.safeParse({ nameZh: "计划", nameEn: "Drive", slug: "x", startsAt: "2027-03-01T09:00", endsAt: "2027-03-01T09:00" });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path[0], i.message])).toEqual([["endsAt", "end_before_start"]]);
    const bad = campaignFormSchema.safeParse({ nameZh: "", nameEn: "Drive", slug: "Not A Slug", startsAt: "soon", endsAt: "" });
    // The first problem of each field is the one shown.
    expect(Object.fromEntries(bad.error!.issues.reverse().map((i) => [i.path[0], i.message]))).toEqual({ nameZh: "required", slug: "code_format", startsAt: "date_invalid", endsAt: "date_invalid" });
  });
});
