import { beijingDateInput, beijingDateTimeInput } from "../forms/fields";
import type { ManagedAnnouncement } from "./manage";

/** A stored announcement as the form's text fields (the edit form starts from these). */
export function announcementFormValues(a: Pick<ManagedAnnouncement, "title" | "categoryId" | "campaignId" | "publishedAt" | "deadline" | "pinned" | "body">): Record<string, string> {
  return {
    title: a.title,
    category: String(a.categoryId),
    campaign: a.campaignId ? String(a.campaignId) : "",
    publishAt: beijingDateTimeInput(a.publishedAt),
    deadlineOn: beijingDateInput(a.deadline),
    pinned: a.pinned ? "on" : "",
    body: a.body,
  };
}
