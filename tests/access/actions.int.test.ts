/**
 * The access matrix of every server action: each is called as a visitor, a talent, an owner and
 * a recruiter of organisation A, the owner of organisation B, and an operator, against a real
 * database. Only the session (and Next's request plumbing) is stood in for. An action that
 * appears in app/ without an entry here fails the first test.
 */
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { employerMembers, employers, industries, intents, jobAlerts, locations, negotiationSlots, platforms, positions, talentProfiles, users } from "../../db/schema";
import { newToken, requestVisitorAlert, saveTalentAlert } from "../../lib/alerts/mutations";
import { createPosition, movePosition } from "../../lib/positions/mutations";
import { positionFormSchema } from "../../lib/positions/schemas";
import { findPositions } from "../../lib/positions/queries";
import { positionSearchSchema } from "../../lib/positions/search-params";
import { createReport } from "../../lib/reports/queries";
import { createInvitation, acceptInvitation } from "../../lib/accounts/members";
import { createAnnouncement, getManagedAnnouncement, linkAnnouncementPosition } from "../../lib/announcements/manage";
import { announcementFormSchema } from "../../lib/announcements/schemas";
import { createCampaign } from "../../lib/campaigns/manage";
import { campaignFormSchema } from "../../lib/campaigns/schemas";
import { createEmployerAccount, createTalentAccount, getCurrentUserById, type CurrentUser } from "../../lib/accounts/queries";
import { generateCreditCode } from "../../lib/accounts/credit-code";
import { hashPassword } from "../../lib/accounts/password";
import type { ActionState } from "../../lib/actions/action";
import path from "node:path";
import { appDir, serverActionFiles } from "../support/app-routes";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { bookSlot } from "../../lib/negotiations/mutations";

const session = vi.hoisted(() => ({ user: null as CurrentUser | null }));
class Redirected extends Error {}

vi.mock("../../lib/auth/session", () => ({
  getCurrentUser: async () => session.user,
  homeOf: (user: { role: string }) => (user.role === "operator" ? "/admin" : user.role === "employer" ? "/employer" : "/talent"),
}));
vi.mock("next-auth", () => ({ AuthError: class AuthError extends Error {}, CredentialsSignin: class CredentialsSignin extends Error {} }));
vi.mock("../../lib/auth/index", () => ({ signIn: async () => undefined, signOut: async () => undefined, auth: async () => null }));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "x-forwarded-for": "192.0.2.10" }),
  cookies: async () => ({ get: () => undefined, set: () => undefined }),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw new Redirected(url);
  },
}));
vi.mock("next-intl/server", () => ({ getLocale: async () => "zh" }));

type Role = "anonymous" | "talent" | "owner" | "recruiter" | "otherOwner" | "operator";
type Outcome = "ok" | "unauthorized" | "forbidden" | "not_found";
const ROLES: Role[] = ["anonymous", "talent", "owner", "recruiter", "otherOwner", "operator"];
const PASSWORD = "Haidao#2020";

let t: TestDatabase;
const catalog = { board: 0, platform: 0, location: 0, industry: 0 };
const world = {} as Record<Exclude<Role, "anonymous">, CurrentUser>;
let seq = 0;
const email = (tag: string) => `${tag}-${Date.now()}-${++seq}@access.example`;

async function actor(userId: string): Promise<CurrentUser> {
  return (await getCurrentUserById({ userId, sessionVersion: 0 }))!;
}

async function newEmployer(tag: string) {
  const owner = await createEmployerAccount({ organisation: `访问矩阵单位${tag}${++seq}`, creditCode: generateCreditCode(Math.random), kind: "enterprise", name: "负责人", email: email(tag), password: PASSWORD, locale: "zh", ip: "x" });
  return owner!;
}

async function newRecruiter(employerId: number, invitedBy: string) {
  const { token } = await createInvitation({ employerId, email: email("rec"), role: "recruiter", invitedBy, ip: "x" });
  return acceptInvitation({ token, name: "专员", password: PASSWORD, locale: "zh", ip: "x" });
}

const form = (fields: Record<string, string | File>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
};

/** What each action gets for a role: its form, and optionally a fresh actor (for destructive actions). */
type Prepare = (role: Role) => Promise<{ fields: Record<string, string | File>; as?: CurrentUser | null }>;
const fixed = (fields: Record<string, string | File>): Prepare => async () => ({ fields });

const A = () => world.owner.employerId!;

const matrix: Record<string, { prepare: Prepare; expect: Record<Role, Outcome> }> = {
  "(site)/(auth)/actions.ts#signInAction": { prepare: fixed({ email: "operator@zhihui.example", password: "Zhihui#2020" }), expect: all("ok") },
  "(site)/(auth)/actions.ts#signUpTalentAction": { prepare: async () => ({ fields: { name: "新人才", email: email("signup"), password: PASSWORD, consent: "on" } }), expect: all("ok") },
  "(site)/(auth)/actions.ts#signUpEmployerAction": {
    prepare: async () => ({ fields: { organisation: `新单位${++seq}`, creditCode: generateCreditCode(Math.random), kind: "university", name: "联系人", email: email("signup-e"), password: PASSWORD, consent: "on" } }),
    expect: all("ok"),
  },
  "(site)/(auth)/actions.ts#acceptInvitationAction": {
    prepare: async () => ({ fields: { token: (await createInvitation({ employerId: A(), email: email("acc"), role: "recruiter", invitedBy: world.owner.id, ip: "x" })).token, name: "加入者", password: PASSWORD, consent: "on" } }),
    expect: all("ok"),
  },
  "(site)/(auth)/actions.ts#signOutAction": { prepare: fixed({}), expect: all("ok") },
  "actions/locale.ts#setLocale": { prepare: fixed({ locale: "en" }), expect: all("ok") },
  "(site)/account/actions.ts#changePasswordAction": {
    // A fresh account of the same role, so the shared actors keep their passwords.
    prepare: async (role) => ({ fields: { currentPassword: PASSWORD, password: "Haidao#2021", confirm: "Haidao#2021" }, as: await freshActorLike(role) }),
    expect: { anonymous: "unauthorized", talent: "ok", owner: "ok", recruiter: "ok", otherOwner: "ok", operator: "ok" },
  },
  "(site)/talent/actions.ts#deleteAccountAction": {
    prepare: async (role) => ({ fields: { password: PASSWORD, confirm: "DELETE" }, as: await freshActorLike(role) }),
    expect: { anonymous: "unauthorized", talent: "ok", owner: "forbidden", recruiter: "forbidden", otherOwner: "forbidden", operator: "forbidden" },
  },
  "(site)/employer/actions.ts#inviteMemberAction": {
    prepare: async () => ({ fields: { email: email("invitee"), role: "recruiter" } }),
    expect: { anonymous: "unauthorized", talent: "forbidden", owner: "ok", recruiter: "forbidden", otherOwner: "ok", operator: "forbidden" },
  },
  "(site)/employer/actions.ts#changeMemberRoleAction": {
    prepare: async () => ({ fields: { userId: (await newRecruiter(A(), world.owner.id)).id, role: "owner" } }),
    expect: { anonymous: "unauthorized", talent: "forbidden", owner: "ok", recruiter: "forbidden", otherOwner: "not_found", operator: "forbidden" },
  },
  "(site)/employer/actions.ts#removeMemberAction": {
    prepare: async () => ({ fields: { userId: (await newRecruiter(A(), world.owner.id)).id } }),
    expect: { anonymous: "unauthorized", talent: "forbidden", owner: "ok", recruiter: "forbidden", otherOwner: "not_found", operator: "forbidden" },
  },
  "(site)/employer/actions.ts#revokeInvitationAction": {
    prepare: async () => {
      await createInvitation({ employerId: A(), email: email("revoke"), role: "recruiter", invitedBy: world.owner.id, ip: "x" });
      const { listOpenInvitations } = await import("../../lib/accounts/members");
      const open = await listOpenInvitations({ employerId: A() });
      return { fields: { invitationId: open.at(-1)!.id } };
    },
    expect: { anonymous: "unauthorized", talent: "forbidden", owner: "ok", recruiter: "forbidden", otherOwner: "not_found", operator: "forbidden" },
  },
  "(site)/admin/actions.ts#decideEmployerAction": {
    prepare: async () => ({ fields: { employerId: String((await newEmployer("pending")).employerId), decision: "verify" } }),
    expect: { anonymous: "unauthorized", talent: "forbidden", owner: "forbidden", recruiter: "forbidden", otherOwner: "forbidden", operator: "ok" },
  },
  "(site)/employer/positions/actions.ts#createPositionAction": {
    prepare: async () => ({ fields: positionFields() }),
    expect: { anonymous: "unauthorized", talent: "forbidden", owner: "ok", recruiter: "ok", otherOwner: "ok", operator: "forbidden" },
  },
  "(site)/employer/positions/actions.ts#updatePositionAction": {
    prepare: async () => ({ fields: { ...positionFields(), id: String(await draftInA()), version: "1" } }),
    expect: { anonymous: "unauthorized", talent: "forbidden", owner: "ok", recruiter: "ok", otherOwner: "not_found", operator: "forbidden" },
  },
  "(site)/employer/positions/actions.ts#movePositionAction": {
    prepare: async () => ({ fields: { id: String(await draftInA()), move: "submit" } }),
    expect: { anonymous: "unauthorized", talent: "forbidden", owner: "ok", recruiter: "ok", otherOwner: "not_found", operator: "forbidden" },
  },
  "(site)/employer/positions/actions.ts#duplicatePositionAction": {
    prepare: async () => ({ fields: { id: String(await draftInA()) } }),
    expect: { anonymous: "unauthorized", talent: "forbidden", owner: "ok", recruiter: "ok", otherOwner: "not_found", operator: "forbidden" },
  },
  "(site)/admin/actions.ts#decidePositionsAction": {
    prepare: async () => {
      const id = await draftInA();
      await movePosition({ id, move: "submit", actor: { id: world.owner.id, role: "employer", employerId: A() }, ip: "x" });
      return { fields: { ids: String(id), decision: "approve" } };
    },
    expect: { anonymous: "unauthorized", talent: "forbidden", owner: "forbidden", recruiter: "forbidden", otherOwner: "forbidden", operator: "ok" },
  },
  "(site)/employer/profile/actions.ts#updateEmployerProfileAction": {
    // Each employer edits its own organisation (there is no id to point at another's).
    prepare: fixed({ kind: "enterprise", description: "访问矩阵测试的单位介绍。" }),
    expect: { anonymous: "unauthorized", talent: "forbidden", owner: "ok", recruiter: "ok", otherOwner: "ok", operator: "forbidden" },
  },
  "(site)/employer/profile/actions.ts#removeEmployerLogoAction": {
    prepare: fixed({}),
    expect: { anonymous: "unauthorized", talent: "forbidden", owner: "ok", recruiter: "ok", otherOwner: "ok", operator: "forbidden" },
  },
  "(site)/(public)/positions/[id]/actions.ts#reportPositionAction": {
    // Anyone signed in, whatever the role, may report a public posting.
    prepare: async () => ({ fields: { positionId: String(await publicPositionId()), reason: "misleading", details: "访问矩阵测试" } }),
    expect: { anonymous: "unauthorized", talent: "ok", owner: "ok", recruiter: "ok", otherOwner: "ok", operator: "ok" },
  },
  "(site)/admin/reports/actions.ts#handleReportsAction": {
    prepare: async () => {
      const reporter = await createTalentAccount({ name: "举报人", email: email("reporter"), password: PASSWORD, locale: "zh", ip: "x" });
      const { report } = await createReport({ reporterId: reporter!.id, positionId: await publicPositionId(), reason: "other", details: "" });
      return { fields: { positionIds: String(report.positionId), decision: "dismiss", resolution: "经核实信息无误", upTo: String(report.id) } };
    },
    expect: { anonymous: "unauthorized", talent: "forbidden", owner: "forbidden", recruiter: "forbidden", otherOwner: "forbidden", operator: "ok" },
  },
  "(site)/talent/recommendations/actions.ts#hideRecommendationAction": {
    prepare: async () => ({ fields: { positionId: String(await draftInA()) } }),
    expect: { anonymous: "unauthorized", talent: "ok", owner: "forbidden", recruiter: "forbidden", otherOwner: "forbidden", operator: "forbidden" },
  },
  "(site)/employer/positions/[id]/matches/actions.ts#inviteTalentAction": {
    // A public position of A (A verified from here on) and a talent open to verified employers.
    prepare: async () => {
      await t.db.update(employers).set({ status: "verified", verifiedAt: new Date() }).where(eq(employers.id, A()));
      const positionId = await draftInA();
      await t.db.update(positions).set({ status: "published", publishedAt: new Date() }).where(eq(positions.id, positionId));
      const talent = (await createTalentAccount({ name: "被邀请人才", email: email("invited"), password: PASSWORD, locale: "zh", ip: "x" }))!;
      await t.db.update(talentProfiles).set({ visibility: "verified_employers" }).where(eq(talentProfiles.userId, talent.id));
      return { fields: { positionId: String(positionId), talentId: talent.id } };
    },
    expect: { anonymous: "unauthorized", talent: "forbidden", owner: "ok", recruiter: "ok", otherOwner: "not_found", operator: "forbidden" },
  },
  "(site)/admin/actions.ts#markNotificationsReadAction": {
    prepare: fixed({}),
    expect: { anonymous: "unauthorized", talent: "forbidden", owner: "forbidden", recruiter: "forbidden", otherOwner: "forbidden", operator: "ok" },
  },
  "(site)/talent/profile/actions.ts#updateTalentProfileAction": {
    prepare: fixed({ realName: "矩阵人才", origin: "domestic", visibility: "intent_employers", wishLocations: "" }),
    expect: talentOnly(),
  },
  "(site)/talent/profile/actions.ts#uploadResumeAction": {
    prepare: async () => ({ fields: { resume: new File(["%PDF-1.4 矩阵"], "cv.pdf", { type: "application/pdf" }) } }),
    expect: talentOnly(),
  },
  "(site)/talent/profile/actions.ts#removeResumeAction": { prepare: fixed({}), expect: talentOnly() },
  "(site)/talent/intents/actions.ts#registerIntentAction": {
    prepare: async () => ({ fields: { positionId: String(await publicPosition()), message: "访问矩阵" } }),
    expect: talentOnly(),
  },
  "(site)/talent/intents/actions.ts#registerProjectIntentAction": {
    prepare: async () => {
      const [p] = await t.db.select({ board: positions.boardId, platform: positions.platformId }).from(positions).where(eq(positions.id, await publicPosition()));
      return { fields: { board: String(p!.board), platform: p!.platform ? String(p!.platform) : "", name: "访问矩阵项目", field: "海洋生物", stage: "idea", teamSize: "3" } };
    },
    expect: talentOnly(),
  },
  // The talent's own intent (another talent's answers "not found", checked in lib/intents).
  "(site)/talent/intents/actions.ts#withdrawIntentAction": { prepare: async () => ({ fields: { intentId: String(await intentInA(world.talent.id)) } }), expect: talentOnly() },
  "(site)/talent/intents/actions.ts#sendTalentMessageAction": {
    prepare: async () => ({ fields: { intentId: String(await intentInA(world.talent.id)), body: "您好" } }),
    expect: talentOnly(),
  },
  "(site)/talent/intents/actions.ts#savePositionAction": { prepare: async () => ({ fields: { positionId: String(await publicPosition()), saved: "1" } }), expect: talentOnly() },
  "(site)/employer/intents/actions.ts#moveIntentAction": {
    prepare: async () => ({ fields: { intentId: String(await intentInA()), move: "negotiate" } }),
    expect: handlersOfA(),
  },
  "(site)/employer/intents/actions.ts#moveIntentsAction": {
    prepare: async () => ({ fields: { intentIds: String(await intentInA()), move: "decline", reason: "salary" } }),
    expect: handlersOfA(),
  },
  "(site)/employer/intents/actions.ts#sendEmployerMessageAction": {
    prepare: async () => ({ fields: { intentId: String(await intentInA()), body: "简历已收到" } }),
    expect: handlersOfA(),
  },
  "(site)/employer/intents/actions.ts#addIntentNoteAction": {
    prepare: async () => ({ fields: { intentId: String(await intentInA()), body: "候选人不错" } }),
    expect: handlersOfA(),
  },
};

const operatorOnly: Record<Role, Outcome> = { anonymous: "unauthorized", talent: "forbidden", owner: "forbidden", recruiter: "forbidden", otherOwner: "forbidden", operator: "ok" };
const announcementFields = () => ({ category: "1", title: `访问矩阵测试公告${++seq}`, body: "用于检查每个角色的权限。" });
const campaignFields = () => ({ nameZh: "访问矩阵测试计划", nameEn: "Access matrix campaign", slug: `access-${Date.now()}-${++seq}`, startsAt: "2030-01-01T09:00", endsAt: "2030-01-31T18:00", boards: String(catalog.board) });

async function newAnnouncement(): Promise<number> {
  return (await createAnnouncement({ form: announcementFormSchema.parse(announcementFields()), userId: world.operator.id, ip: "x" })).id;
}

Object.assign(matrix, {
  "(site)/admin/announcements/actions.ts#createAnnouncementAction": { prepare: async () => ({ fields: announcementFields() }), expect: operatorOnly },
  "(site)/admin/announcements/actions.ts#updateAnnouncementAction": {
    prepare: async () => {
      const id = await newAnnouncement();
      return { fields: { ...announcementFields(), id: String(id), updatedAt: (await getManagedAnnouncement({ id }))!.updatedAt.toISOString() } };
    },
    expect: operatorOnly,
  },
  "(site)/admin/announcements/actions.ts#setAnnouncementPublicationAction": { prepare: async () => ({ fields: { id: String(await newAnnouncement()), move: "publish" } }), expect: operatorOnly },
  "(site)/admin/announcements/actions.ts#deleteAnnouncementAction": { prepare: async () => ({ fields: { id: String(await newAnnouncement()) } }), expect: operatorOnly },
  "(site)/admin/announcements/actions.ts#linkAnnouncementPositionAction": {
    prepare: async () => ({ fields: { announcementId: String(await newAnnouncement()), positionId: String(await draftInA()) } }),
    expect: operatorOnly,
  },
  "(site)/admin/announcements/actions.ts#unlinkAnnouncementPositionAction": {
    prepare: async () => {
      const [announcementId, positionId] = [await newAnnouncement(), await draftInA()];
      await linkAnnouncementPosition({ announcementId, positionId, userId: world.operator.id, ip: "x" });
      return { fields: { announcementId: String(announcementId), positionId: String(positionId) } };
    },
    expect: operatorOnly,
  },
  "(site)/admin/campaigns/actions.ts#createCampaignAction": { prepare: async () => ({ fields: campaignFields() }), expect: operatorOnly },
  "(site)/admin/campaigns/actions.ts#updateCampaignAction": {
    prepare: async () => {
      const { id } = await createCampaign({ form: campaignFormSchema.parse(campaignFields()), userId: world.operator.id, ip: "x" });
      return { fields: { ...campaignFields(), id: String(id) } };
    },
    expect: operatorOnly,
  },
  "(site)/admin/catalog/actions.ts#updateBoardAction": { prepare: async () => ({ fields: { id: String(catalog.board), nameZh: "五大海创平台", nameEn: "Five Marine Innovation Platforms" } }), expect: operatorOnly },
  "(site)/admin/catalog/actions.ts#savePlatformAction": {
    prepare: async () => ({ fields: { code: `access-platform-${++seq}`, board: String(catalog.board), nameZh: "访问矩阵平台", nameEn: "Access platform" } }),
    expect: operatorOnly,
  },
  "(site)/admin/catalog/actions.ts#savePolicyTagAction": { prepare: async () => ({ fields: { code: `access-tag-${++seq}`, nameZh: "访问矩阵政策", nameEn: "Access policy" } }), expect: operatorOnly },
  "(site)/admin/settings/actions.ts#updateIntentSettingsAction": { prepare: async () => ({ fields: { reminderDays: "7", noResponseDays: "14", dailyLimit: "10" } }), expect: operatorOnly },
  // Each organisation publishes for itself (a day of its own each time, so batches never overlap).
  "(site)/employer/slots/actions.ts#createSlotsAction": {
    prepare: async () => {
      const at = new Date(Date.now() + (10 + ++seq) * 86_400_000);
      const day = at.toISOString().slice(0, 10);
      return { fields: { firstDay: day, lastDay: day, weekdays: String(((at.getUTCDay() + 6) % 7) + 1), from: "09:00", to: "10:00", every: "30", duration: "30", capacity: "1", timeZone: "Asia/Shanghai" } };
    },
    expect: { anonymous: "unauthorized", talent: "forbidden", owner: "ok", recruiter: "ok", otherOwner: "ok", operator: "forbidden" },
  },
  "(site)/employer/slots/actions.ts#cancelSlotAction": { prepare: async () => ({ fields: { slotId: String(await slotInA()) } }), expect: handlersOfA() },
  "(site)/talent/intents/actions.ts#bookSlotAction": {
    prepare: async () => ({ fields: { intentId: String(await intentInA(world.talent.id)), slotId: String(await slotInA()), timeZone: "Europe/Berlin" } }),
    expect: talentOnly(),
  },
  "(site)/talent/intents/actions.ts#cancelBookingAction": { prepare: async () => ({ fields: { bookingId: String(await bookingInA()) } }), expect: talentOnly() },
  "(site)/talent/intents/actions.ts#saveTimeZoneAction": { prepare: fixed({ timeZone: "Europe/Berlin" }), expect: talentOnly() },
  "(site)/employer/intents/actions.ts#recordOutcomeAction": {
    prepare: async () => ({ fields: { bookingId: String(await bookingInA()), outcome: "held", note: "谈得很好" } }),
    expect: handlersOfA(),
  },
  "(site)/notifications/actions.ts#markAllNotificationsReadAction": { prepare: fixed({}), expect: signedInOnly() },
  "(site)/account/notifications/actions.ts#saveEmailPreferencesAction": { prepare: fixed({ intents: "on", bookings: "on" }), expect: signedInOnly() },
  "(site)/talent/alerts/actions.ts#createTalentAlertAction": { prepare: async () => ({ fields: { query: `q=石化&salary=${++seq}`, frequency: "daily" } }), expect: talentOnly() },
  // Another talent's alert is "not found"; the talent's own is changed.
  "(site)/talent/alerts/actions.ts#setAlertFrequencyAction": { prepare: async () => ({ fields: { id: String(await talentAlert()), frequency: "instant" } }), expect: talentOnly() },
  "(site)/talent/alerts/actions.ts#deleteAlertAction": { prepare: async () => ({ fields: { id: String(await talentAlert()) } }), expect: talentOnly() },
  "(site)/(public)/alerts/actions.ts#createVisitorAlertAction": { prepare: async () => ({ fields: { email: email("alert"), query: "location=dinghai", frequency: "instant" } }), expect: all("ok") },
  "(site)/(public)/alerts/actions.ts#confirmAlertAction": { prepare: async () => ({ fields: { token: await visitorConfirmToken() } }), expect: all("ok") },
  "(site)/(public)/alerts/actions.ts#unsubscribeAlertAction": { prepare: async () => ({ fields: { token: newToken() } }), expect: all("ok") },
});

/** A future one-seat slot of organisation A. */
async function slotInA(): Promise<number> {
  const [slot] = await t.db.insert(negotiationSlots).values({ employerId: A(), startsAt: new Date(Date.now() + 86_400_000), capacity: 1 }).returning({ id: negotiationSlots.id });
  return slot!.id;
}

/** The shared talent's live booking of a slot of A. */
async function bookingInA(): Promise<number> {
  return (await bookSlot({ talentId: world.talent.id, intentId: await intentInA(world.talent.id), slotId: await slotInA() })).bookingId;
}
function signedInOnly(): Record<Role, Outcome> {
  return { ...all("ok"), anonymous: "unauthorized" };
}

/** A fresh alert of the shared talent. */
async function talentAlert(): Promise<number> {
  return (await saveTalentAlert({ userId: world.talent.id, query: `salary=${++seq}`, frequency: "daily", locale: "zh" })).id;
}

/** The confirmation token of a fresh visitor's alert. */
async function visitorConfirmToken(): Promise<string> {
  const address = email("confirm");
  await requestVisitorAlert({ email: address, query: "", frequency: "daily", locale: "zh" });
  const [row] = await t.db.select({ token: jobAlerts.confirmToken }).from(jobAlerts).where(eq(jobAlerts.email, address));
  return row!.token!;
}

function talentOnly(): Record<Role, Outcome> {
  return { anonymous: "unauthorized", talent: "ok", owner: "forbidden", recruiter: "forbidden", otherOwner: "forbidden", operator: "forbidden" };
}

function handlersOfA(): Record<Role, Outcome> {
  return { anonymous: "unauthorized", talent: "forbidden", owner: "ok", recruiter: "ok", otherOwner: "not_found", operator: "forbidden" };
}

/** A public position of the demo data (a fresh one each time, so the daily limit and duplicates stay out of the way). */
let publicIndex = 0;
async function publicPosition(): Promise<number> {
  const rows = await t.db.execute(sql`select p.id from positions p join employers e on e.id = p.employer_id
    where p.status = 'published' and e.status = 'verified' and (p.closes_at is null or p.closes_at > now()) order by p.id limit 1 offset ${publicIndex++}`);
  const list = (Array.isArray(rows) ? rows : (rows as { rows: { id: number }[] }).rows) as { id: number }[];
  return list[0]!.id;
}

/** A fresh intent on a draft of organisation A (the state of a pipeline does not depend on publishing). */
async function intentInA(talentId?: string): Promise<number> {
  const positionId = await draftInA();
  const talent = talentId ?? (await createTalentAccount({ name: "投递人", email: email("applicant"), password: PASSWORD, locale: "zh", ip: "x" }))!.id;
  const [row] = await t.db.insert(intents).values({ kind: "employment", talentId: talent, positionId, employerId: A(), boardId: catalog.board, platformId: catalog.platform, createdAt: new Date(Date.now() - 2 * 86_400_000) }).returning({ id: intents.id });
  return row!.id;
}

function positionFields(): Record<string, string> {
  return {
    title: "访问矩阵测试岗位",
    board: String(catalog.board),
    platform: String(catalog.platform),
    category: "工程技术",
    talentLevel: "high",
    educationFloor: "master",
    headcount: "1",
    location: String(catalog.location),
    industry: String(catalog.industry),
    skills: "测试",
    description: "用于检查每个角色的权限。",
    expiresOn: new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10),
  };
}

async function publicPositionId(): Promise<number> {
  const { items } = await findPositions(positionSearchSchema.parse({ limit: 1 }));
  return items[0]!.id;
}

async function draftInA(): Promise<number> {
  const form = positionFormSchema.parse(positionFields());
  return (await createPosition({ employerId: A(), userId: world.owner.id, form, ip: "x" })).id;
}

function all(outcome: Outcome): Record<Role, Outcome> {
  return Object.fromEntries(ROLES.map((r) => [r, outcome])) as Record<Role, Outcome>;
}

async function freshActorLike(role: Role): Promise<CurrentUser | null> {
  if (role === "anonymous") return null;
  if (role === "talent") return actor((await createTalentAccount({ name: "临时", email: email("fresh"), password: PASSWORD, locale: "zh", ip: "x" }))!.id);
  if (role === "operator") {
    const [op] = await t.db.insert(users).values({ email: email("op"), name: "临时运营", role: "operator", passwordHash: await hashPassword(PASSWORD) }).returning();
    return actor(op!.id);
  }
  if (role === "recruiter") return actor((await newRecruiter(A(), world.owner.id)).id);
  return actor((await newEmployer("fresh")).id);
}

function outcomeOf(result: ActionState<unknown> | void | "redirected"): Outcome | string {
  if (result === "redirected" || result === undefined || result === null) return "ok";
  if (result.ok) return "ok";
  const kind = result.formError?.split(":")[0];
  if (kind === "unauthorized" || kind === "forbidden" || kind === "not_found") return kind;
  return `failed: ${JSON.stringify(result)}`;
}

beforeAll(async () => {
  t = await createTestDatabase({ seeded: true });
  world.talent = await actor((await createTalentAccount({ name: "矩阵人才", email: email("talent"), password: PASSWORD, locale: "zh", ip: "x" }))!.id);
  const a = await newEmployer("A");
  world.owner = await actor(a.id);
  world.recruiter = await actor((await newRecruiter(a.employerId, a.id)).id);
  world.otherOwner = await actor((await newEmployer("B")).id);
  const [op] = await t.db.select().from(users).where(eq(users.role, "operator")).limit(1);
  world.operator = await actor(op!.id);
  const [platform] = await t.db.select().from(platforms).limit(1);
  const [place] = await t.db.select().from(locations).limit(1);
  const [industry] = await t.db.select().from(industries).limit(1);
  Object.assign(catalog, { board: platform!.boardId, platform: platform!.id, location: place!.id, industry: industry!.id });
  expect(world.recruiter.memberRole).toBe("recruiter");
  expect(await t.db.select().from(employerMembers).where(eq(employerMembers.employerId, a.employerId))).toHaveLength(2);
});
afterAll(async () => {
  await t?.destroy();
});

async function loadActions(): Promise<Record<string, (state: unknown, data: FormData) => Promise<unknown>>> {
  const found: Record<string, (state: unknown, data: FormData) => Promise<unknown>> = {};
  for (const file of serverActionFiles()) {
    const loaded = (await import(/* @vite-ignore */ path.join(appDir, file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(loaded)) if (typeof value === "function") found[`${file}#${name}`] = value as never;
  }
  return found;
}

describe("[access] every server action as every role", () => {
  it("has an entry for every exported server action", async () => {
    expect(Object.keys(await loadActions()).sort()).toEqual(Object.keys(matrix).sort());
  });

  for (const [name, entry] of Object.entries(matrix)) {
    it(name, async () => {
      const actions = await loadActions();
      const run = actions[name]!;
      const got: Record<string, string> = {};
      for (const role of ROLES) {
        const { fields, as } = await entry.prepare(role);
        session.user = as !== undefined ? as : role === "anonymous" ? null : world[role];
        let result: ActionState<unknown> | void | "redirected";
        try {
          result = (await (run.length >= 2 ? run(null, form(fields)) : (run as unknown as (d: FormData) => Promise<unknown>)(form(fields)))) as ActionState<unknown> | void;
        } catch (error) {
          if (!(error instanceof Redirected)) throw error;
          result = "redirected";
        }
        got[role] = outcomeOf(result);
      }
      session.user = null;
      expect(got).toEqual(entry.expect);
    });
  }
});

/**
 * The bad-input suite of every server action: the access matrix's good form for a role that may
 * act, with one field at a time replaced by each hostile value below. Every answer must be a
 * result (success, or errors by field or for the form) — never an exception, which would be a
 * 500 — and a refused change must leave no committed write behind (counted by a trigger on every
 * table, whose count rolls back with the change).
 */
const HOSTILE: Record<string, string> = {
  empty: "",
  whitespace: "   \t ",
  tooLong: "海".repeat(100_000),
  wrongType: "{\"$ne\":null}",
  wrongEnum: "__no_such_choice__",
  negative: "-1",
  huge: "99999999999999999999999",
  notANumber: "1e309",
  invalidDate: "2026-02-30T25:61",
  sqlInjection: "1'; drop table users; --",
  xss: "<script>alert(1)</script><img src=x onerror=alert(1)>",
  fullWidthDigits: "１２３",
  emoji: "🌊🚢👩‍🔬",
  rtl: "\u202Egnp.exe\u202C",
  nul: "abc\u0000def",
};

async function committedWrites(): Promise<number> {
  const rows = await t.db.execute(sql`select n from zq_test_writes`);
  const list = (Array.isArray(rows) ? rows : (rows as { rows: { n: number }[] }).rows) as { n: number | string }[];
  return Number(list[0]!.n);
}

describe("[bad input] every server action, every field, every hostile value", () => {
  beforeAll(async () => {
    // rate_limits counts attempts on purpose, refused or not.
    await t.db.execute(sql`create table zq_test_writes (n bigint not null)`);
    await t.db.execute(sql`insert into zq_test_writes values (0)`);
    await t.db.execute(sql`create function zq_test_count_write() returns trigger language plpgsql as $$ begin update zq_test_writes set n = n + 1; return null; end $$`);
    await t.db.execute(sql`do $$ declare r record; begin
      for r in select tablename from pg_tables where schemaname = 'public' and tablename not in ('zq_test_writes', 'rate_limits') loop
        execute format('create trigger zq_test_count_write after insert or update or delete on %I for each row execute function zq_test_count_write()', r.tablename);
      end loop;
    end $$`);
  });

  for (const [name, entry] of Object.entries(matrix)) {
    it(name, async () => {
      const run = (await loadActions())[name]!;
      const role = ROLES.find((r) => entry.expect[r] === "ok") ?? "talent";
      const { fields, as } = await entry.prepare(role);
      const problems: string[] = [];
      const keys = Object.keys(fields).filter((k) => typeof fields[k] === "string");
      for (const key of keys) {
        for (const [kind, value] of Object.entries(HOSTILE)) {
          session.user = as !== undefined ? as : role === "anonymous" ? null : world[role];
          const before = await committedWrites();
          let result: ActionState<unknown> | void | "redirected";
          try {
            result = (await (run.length >= 2 ? run(null, form({ ...fields, [key]: value })) : (run as unknown as (d: FormData) => Promise<unknown>)(form({ ...fields, [key]: value })))) as ActionState<unknown> | void;
          } catch (error) {
            if (!(error instanceof Redirected)) {
              problems.push(`${key}=${kind}: threw ${error instanceof Error ? error.message.slice(0, 200) : String(error)}`);
              continue;
            }
            result = "redirected";
          }
          if (result && result !== "redirected" && !result.ok) {
            const messages = [...Object.values(result.fieldErrors), ...(result.formError ? [result.formError] : [])];
            if (messages.length === 0) problems.push(`${key}=${kind}: refused without saying why`);
            if (messages.some((m) => !/^[a-z_]+(:[a-z_]+)?$/.test(m))) problems.push(`${key}=${kind}: not a message key: ${messages.join(", ")}`);
            if ((await committedWrites()) !== before) problems.push(`${key}=${kind}: refused, yet something was written`);
          }
          // (Actions without a result, such as the language switch, ignore what they cannot use.)
          if (kind === "nul" && (result === "redirected" || result?.ok)) problems.push(`${key}=${kind}: a NUL character was accepted`);
        }
      }
      session.user = null;
      expect(problems).toEqual([]);
    });
  }
});
