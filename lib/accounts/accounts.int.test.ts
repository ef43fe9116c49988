import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, campaignTalents, employers, intents, jobAlerts, mailOutbox, notifications, talentProfiles, users } from "../../db/schema";
import { saveTalentAlert } from "../alerts/mutations";
import { enqueueMail } from "../mail/outbox";
import { createTestDatabase, type TestDatabase } from "../../tests/support/test-database";
import { FieldError } from "../errors";
import { exportTalentData, deleteTalentAccount } from "../talents/privacy";
import { getFeaturedCampaign } from "../campaigns/queries";
import { getCampaignFigures } from "../stats/queries";
import { generateCreditCode } from "./credit-code";
import { acceptInvitation, createInvitation, getOpenInvitation, removeMember } from "./members";
import { changePassword, createEmployerAccount, createTalentAccount, findUserForSignIn, getCurrentUserById } from "./queries";
import { verifyPassword } from "./password";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase({ seeded: true });
});
afterAll(async () => {
  await t?.destroy();
});

const email = (tag: string) => `${tag}-${Date.now()}-${Math.random().toString(36).slice(2, 7)}@example.com`;
const password = "Haidao#2020";

describe("accounts", () => {
  it("creates a talent with recorded consent, refuses the same e-mail in another case", async () => {
    const address = email("talent");
    const user = await createTalentAccount({ name: "王磊", email: address, password, locale: "zh", ip: "192.0.2.1" });
    const [row] = await t.db.select().from(users).where(eq(users.id, user!.id));
    expect(row?.role).toBe("talent");
    expect(row?.consentAt).toBeInstanceOf(Date);
    expect(await verifyPassword(password, row?.passwordHash)).toBe(true);
    const [profile] = await t.db.select().from(talentProfiles).where(eq(talentProfiles.userId, user!.id));
    expect(profile?.realName).toBe("王磊");
    await expect(createTalentAccount({ name: "x", email: address.toUpperCase(), password, locale: "zh", ip: "192.0.2.1" })).rejects.toMatchObject({
      field: "email",
      messageKey: "email_taken",
    });
  });

  it("creates an employer pending verification with its owner, and tells the operators", async () => {
    const creditCode = generateCreditCode(Math.random);
    const result = await createEmployerAccount({ organisation: "舟山测试海洋科技有限公司", creditCode, kind: "enterprise", name: "李华", email: email("owner"), password, locale: "zh", ip: "192.0.2.1" });
    const [employer] = await t.db.select().from(employers).where(eq(employers.id, result!.employerId));
    expect(employer?.status).toBe("pending");
    const actor = await getCurrentUserById({ userId: result!.id, sessionVersion: 0 });
    expect(actor).toMatchObject({ role: "employer", employerId: result!.employerId, memberRole: "owner", employerStatus: "pending" });
    const told = await t.db.select().from(notifications).where(eq(notifications.kind, "employer.pending_review"));
    expect(told.some((n) => n.data.employerId === result!.employerId)).toBe(true);
    await expect(
      createEmployerAccount({ organisation: "重复代码单位", creditCode, kind: "enterprise", name: "x", email: email("dup"), password, locale: "zh", ip: "192.0.2.1" }),
    ).rejects.toBeInstanceOf(FieldError);
  });

  it("ends other sessions when the password changes", async () => {
    const user = await createTalentAccount({ name: "赵敏", email: email("pw"), password, locale: "zh", ip: "192.0.2.1" });
    await expect(changePassword({ userId: user!.id, currentPassword: "wrong-one1", password: "Haidao#2021", ip: "x" })).rejects.toMatchObject({ field: "currentPassword" });
    const updated = await changePassword({ userId: user!.id, currentPassword: password, password: "Haidao#2021", ip: "192.0.2.1" });
    expect(await getCurrentUserById({ userId: user!.id, sessionVersion: 0 })).toBeNull();
    expect(await getCurrentUserById({ userId: user!.id, sessionVersion: updated.sessionVersion })).not.toBeNull();
  });

  it("lets an owner invite a recruiter once, and a removed recruiter loses access at once", async () => {
    const owner = await createEmployerAccount({ organisation: "舟山邀请测试单位", creditCode: generateCreditCode(Math.random), kind: "state_owned", name: "周强", email: email("inv-owner"), password, locale: "zh", ip: "x" });
    const colleague = email("colleague");
    const { token } = await createInvitation({ employerId: owner!.employerId, email: colleague, role: "recruiter", invitedBy: owner!.id, ip: "x" });
    await expect(createInvitation({ employerId: owner!.employerId, email: colleague, role: "recruiter", invitedBy: owner!.id, ip: "x" })).rejects.toMatchObject({ messageKey: "already_invited" });
    expect(await getOpenInvitation({ token })).toMatchObject({ email: colleague, employerId: owner!.employerId });
    const recruiter = await acceptInvitation({ token, name: "陈静", password, locale: "zh", ip: "x" });
    expect(await getOpenInvitation({ token })).toBeNull();
    await expect(acceptInvitation({ token, name: "again", password, locale: "zh", ip: "x" })).rejects.toMatchObject({ messageKey: "invitation_invalid" });
    expect(await getCurrentUserById({ userId: recruiter.id, sessionVersion: 0 })).toMatchObject({ employerId: owner!.employerId, memberRole: "recruiter" });
    await removeMember({ employerId: owner!.employerId, userId: recruiter.id, actorId: owner!.id, ip: "x" });
    expect(await getCurrentUserById({ userId: recruiter.id, sessionVersion: 0 })).toBeNull();
    // The last owner cannot be removed.
    await expect(removeMember({ employerId: owner!.employerId, userId: owner!.id, actorId: owner!.id, ip: "x" })).rejects.toMatchObject({ code: "conflict:last_owner" });
    const actions = (await t.db.select().from(auditLog).where(eq(auditLog.entityId, String(owner!.employerId)))).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(["member.invited", "member.joined"]));
  });
});

describe("a talent's data (PIPL)", () => {
  it("exports everything held about a seeded talent with intents", async () => {
    const [withIntent] = await t.db.select({ talentId: intents.talentId }).from(intents).limit(1);
    const data = await exportTalentData({ talentId: withIntent!.talentId });
    expect(data.account.id).toBe(withIntent!.talentId);
    expect(data.profile).not.toBeNull();
    expect(data.intents.length).toBeGreaterThan(0);
    expect(data.intents[0]!.history.length).toBeGreaterThan(0);
    expect(JSON.parse(JSON.stringify(data)).account.email).toContain("@");
  });

  it("deletes a talent's personal data while the campaign's figures stay the same", async () => {
    const campaign = (await getFeaturedCampaign())!;
    const before = await getCampaignFigures({ campaignId: campaign.id });
    const address = email("leaver");
    const user = await createTalentAccount({ name: "钱多多", email: address, password, locale: "zh", ip: "x" });
    await t.db.insert(campaignTalents).values({ campaignId: campaign.id, talentId: user!.id });
    await t.db.update(talentProfiles).set({ phone: "13800000000", school: "浙江大学", origin: "overseas", country: "DE" }).where(eq(talentProfiles.userId, user!.id));
    await saveTalentAlert({ userId: user!.id, query: "q=石化", frequency: "daily", locale: "zh" });
    await enqueueMail({ kind: "test", to: address, subject: "钱多多的通知", text: "…" });
    expect((await exportTalentData({ talentId: user!.id })).jobAlerts).toMatchObject([{ query: "q=%E7%9F%B3%E5%8C%96", frequency: "daily" }]);
    const withTalent = await getCampaignFigures({ campaignId: campaign.id });
    await expect(deleteTalentAccount({ talentId: user!.id, password: "wrong-pass1", ip: "x" })).rejects.toMatchObject({ field: "password" });
    await deleteTalentAccount({ talentId: user!.id, password, ip: "x" });
    const [row] = await t.db.select().from(users).where(eq(users.id, user!.id));
    expect(row?.email).not.toContain(address.split("@")[0]);
    expect(row?.name).toBe("");
    expect(row?.passwordHash).toBeNull();
    expect(row?.deletedAt).toBeInstanceOf(Date);
    const [profile] = await t.db.select().from(talentProfiles).where(eq(talentProfiles.userId, user!.id));
    expect(profile).toMatchObject({ realName: "", phone: null, school: "", origin: "overseas" });
    expect(await findUserForSignIn({ email: address })).toBeNull();
    expect(await t.db.select().from(jobAlerts).where(eq(jobAlerts.userId, user!.id))).toEqual([]);
    expect(await t.db.select().from(mailOutbox).where(eq(mailOutbox.toAddress, address))).toEqual([]);
    expect(await getCampaignFigures({ campaignId: campaign.id })).toEqual(withTalent);
    expect(withTalent.talents).toBe(before.talents + 1);
  });
});
