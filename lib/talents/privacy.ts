import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import { getDb } from "../../db/index";
import {
  bookings,
  files,
  intentEvents,
  intentMessages,
  intentProjects,
  intents,
  jobAlerts,
  mailOutbox,
  notificationEmailPreferences,
  notifications,
  savedPositions,
  talentProfiles,
  users,
} from "../../db/schema";
import { requireUserPassword } from "../accounts/queries";
import { recordAudit } from "../audit/queries";
import { AppError } from "../errors";

/**
 * PIPL: a talent can take all their data with them (JSON) and delete their account. Deletion
 * anonymises: personal fields are wiped, while the rows that the campaign's figures count
 * (participation, intents and their states, origin and education) stay, without a person.
 */
export async function exportTalentData({ talentId }: { talentId: string }) {
  const db = await getDb();
  const [user] = await db
    .select({ id: users.id, email: users.email, name: users.name, locale: users.locale, timeZone: users.timeZone, consentAt: users.consentAt, createdAt: users.createdAt })
    .from(users)
    .where(and(eq(users.id, talentId), sql`${users.deletedAt} is null`));
  if (!user) throw new AppError("not_found:user");
  const [profile, saved, intentRows, uploaded, notes, alerts, emailPreferences] = await Promise.all([
    db.select().from(talentProfiles).where(eq(talentProfiles.userId, talentId)),
    db.select().from(savedPositions).where(eq(savedPositions.talentId, talentId)),
    db.select().from(intents).where(eq(intents.talentId, talentId)),
    db.select({ id: files.id, filename: files.filename, mimeType: files.mimeType, size: files.size, createdAt: files.createdAt }).from(files).where(eq(files.ownerId, talentId)),
    db.select().from(notifications).where(eq(notifications.userId, talentId)),
    db.select({ query: jobAlerts.query, frequency: jobAlerts.frequency, createdAt: jobAlerts.createdAt, lastSentAt: jobAlerts.lastSentAt }).from(jobAlerts).where(eq(jobAlerts.userId, talentId)),
    db.select({ category: notificationEmailPreferences.category, email: notificationEmailPreferences.email }).from(notificationEmailPreferences).where(eq(notificationEmailPreferences.userId, talentId)),
  ]);
  const intentIds = intentRows.map((i) => i.id);
  const [events, messages, projects, booked] = intentIds.length
    ? await Promise.all([
        db.select().from(intentEvents).where(inArray(intentEvents.intentId, intentIds)),
        db.select().from(intentMessages).where(inArray(intentMessages.intentId, intentIds)),
        db.select().from(intentProjects).where(inArray(intentProjects.intentId, intentIds)),
        db.select().from(bookings).where(eq(bookings.talentId, talentId)),
      ])
    : [[], [], [], []];
  return {
    exportedAt: new Date().toISOString(),
    account: user,
    profile: profile[0] ?? null,
    savedPositions: saved,
    intents: intentRows.map((intent) => ({
      ...intent,
      project: projects.find((p) => p.intentId === intent.id) ?? null,
      history: events.filter((e) => e.intentId === intent.id),
      messages: messages.filter((m) => m.intentId === intent.id),
    })),
    bookings: booked,
    files: uploaded,
    notifications: notes,
    jobAlerts: alerts,
    notificationEmailPreferences: emailPreferences,
  };
}

export async function deleteTalentAccount({ talentId, password, ip }: { talentId: string; password: string; ip: string }): Promise<void> {
  await requireUserPassword({ userId: talentId, password });
  const db = await getDb();
  await db.transaction(async (tx) => {
    const mine = tx.select({ id: intents.id }).from(intents).where(eq(intents.talentId, talentId));
    await tx.delete(intentMessages).where(and(inArray(intentMessages.intentId, mine), eq(intentMessages.senderId, talentId)));
    await tx.update(intents).set({ message: "", updatedAt: new Date() }).where(eq(intents.talentId, talentId));
    await tx.update(intentProjects).set({ name: "—", pitchFileId: null }).where(inArray(intentProjects.intentId, mine));
    await tx.update(bookings).set({ outcomeNote: null }).where(eq(bookings.talentId, talentId));
    await tx.delete(savedPositions).where(eq(savedPositions.talentId, talentId));
    await tx.delete(notifications).where(eq(notifications.userId, talentId));
    await tx.delete(jobAlerts).where(eq(jobAlerts.userId, talentId));
    await tx.delete(notificationEmailPreferences).where(eq(notificationEmailPreferences.userId, talentId));
    // Mail to the address, sent or waiting, holds their name and doings: it goes too.
    await tx.delete(mailOutbox).where(sql`lower(${mailOutbox.toAddress}) = (select lower(email) from users where id = ${talentId})`);
    await tx
      .update(talentProfiles)
      .set({
        realName: "",
        phone: null,
        contactEmail: null,
        school: "",
        major: "",
        graduationYear: null,
        title: "",
        skills: [],
        wishLocationIds: [],
        wishIndustryIds: [],
        wishSalaryMin: null,
        wishSalaryMax: null,
        bio: "",
        resumeFileId: null,
        visibility: "intent_employers",
        updatedAt: new Date(),
      })
      .where(eq(talentProfiles.userId, talentId));
    await tx.delete(files).where(eq(files.ownerId, talentId));
    await tx
      .update(users)
      .set({
        email: sql`'deleted-' || ${users.id} || '@deleted.invalid'`,
        name: "",
        passwordHash: null,
        timeZone: null,
        deletedAt: new Date(),
        sessionVersion: sql`${users.sessionVersion} + 1`,
        updatedAt: new Date(),
      })
      .where(eq(users.id, talentId));
    await recordAudit({ actorId: talentId, action: "account.deleted", entityType: "user", entityId: talentId, ip }, tx);
  });
}
