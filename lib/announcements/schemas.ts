import { z } from "zod";
import { beijingDateTime, blank, checkbox, idField, idList, optionalId, requiredId, versionStamp } from "../forms/fields";
import { expiryOf, isCalendarDate } from "../positions/schemas";

export const ANNOUNCEMENT_STATUSES = ["draft", "scheduled", "published"] as const;
export type AnnouncementStatus = (typeof ANNOUNCEMENT_STATUSES)[number];

/** Draft while it has no publish time, scheduled until that time comes, then published. */
export function announcementStatus(publishedAt: Date | null, now = new Date()): AnnouncementStatus {
  if (!publishedAt) return "draft";
  return publishedAt.getTime() > now.getTime() ? "scheduled" : "published";
}

/**
 * An announcement as the operator writes it. The deadline is a day: its end in Beijing time is
 * when the positions it recruits for close (unless their own expiry is sooner).
 */
export const announcementFormSchema = z
  .object({
    category: requiredId,
    title: z.string({ error: "required" }).trim().min(2, "too_short").max(200, "too_long"),
    body: z.string({ error: "required" }).trim().min(10, "too_short").max(20_000, "too_long"),
    campaign: optionalId,
    publishAt: z.preprocess(blank, beijingDateTime.optional()),
    deadlineOn: z.preprocess(blank, z.iso.date("date_invalid").refine(isCalendarDate, "date_invalid").optional()),
    pinned: checkbox,
    tags: idList,
  })
  .transform(({ deadlineOn, ...rest }) => ({ ...rest, deadline: deadlineOn ? expiryOf(deadlineOn) : null }))
  .superRefine((value, ctx) => {
    if (value.deadline && value.publishAt && value.deadline <= value.publishAt) {
      ctx.addIssue({ code: "custom", message: "deadline_before_publish", path: ["deadlineOn"] });
    }
  });

export type AnnouncementForm = z.output<typeof announcementFormSchema>;

export const announcementEditSchema = announcementFormSchema.and(z.object({ id: idField(), updatedAt: versionStamp }));

export const announcementIdSchema = z.object({ id: idField() });

export const announcementPublicationSchema = announcementIdSchema.extend({ move: z.enum(["publish", "unpublish"], { error: "choose_one" }) });

export const announcementPositionSchema = z.object({
  announcementId: idField(),
  positionId: z.preprocess(blank, idField("position_id_invalid")),
});

/** The operator's list filter (from the URL; a bad value is ignored). */
export const announcementFilterSchema = z.object({
  category: z.preprocess((v) => (Array.isArray(v) ? v[0] : v), z.coerce.number().int().positive().optional()).catch(undefined),
  status: z.preprocess((v) => (Array.isArray(v) ? v[0] : v), z.enum(ANNOUNCEMENT_STATUSES).optional()).catch(undefined),
});
