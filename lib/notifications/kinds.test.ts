import { describe, expect, it } from "vitest";
import en from "../../messages/en.json";
import zh from "../../messages/zh.json";
import { categoryOf, KNOWN_KINDS, messageKey, notificationHref, wantsEmail } from "./kinds";

describe("[notifications] kinds", () => {
  it("has a sentence for every kind in both languages", () => {
    for (const kind of [...KNOWN_KINDS, "booking.reminder", "saved.expiring"]) {
      expect(zh.notify.kind, kind).toHaveProperty(messageKey(kind));
      expect(en.notify.kind, kind).toHaveProperty(messageKey(kind));
    }
  });

  it("links each notification to what it concerns, as its recipient sees it", () => {
    expect(notificationHref("intent.message", { intentId: 12 }, "talent")).toBe("/talent/intents/12");
    expect(notificationHref("intent.message", { intentId: 12 }, "employer")).toBe("/employer/intents/12");
    expect(notificationHref("booking.rescheduled", { bookingId: 3, intentId: 12 }, "employer")).toBe("/employer/intents/12");
    expect(notificationHref("booking.reminder", { bookingId: 3, intentId: 12 }, "talent")).toBe("/talent/intents/12");
    expect(notificationHref("saved.expiring", { positionId: 5 }, "talent")).toBe("/positions/5");
    expect(notificationHref("matching.invited", { positionId: 5 }, "talent")).toBe("/positions/5");
    expect(notificationHref("position.approved", { positionId: 5 }, "employer")).toBe("/employer/positions/5");
    expect(notificationHref("position.pending_review", { positionId: 5 }, "operator")).toBe("/admin/positions");
    expect(notificationHref("employer.pending_review", { employerId: 2 }, "operator")).toBe("/admin/employers");
    expect(notificationHref("employer.verified", { employerId: 2 }, "employer")).toBe("/employer/profile");
    expect(notificationHref("report.actioned", { positionId: 5 }, "talent")).toBe("/account/reports");
    expect(notificationHref("intent.project_leads", { count: 3 }, "employer")).toBe("/employer/intents?kind=project");
    // Nothing usable in the data: the list itself, never a broken link.
    expect(notificationHref("intent.message", { intentId: "x" }, "talent")).toBe("/notifications");
    expect(notificationHref("something.new", {}, "operator")).toBe("/notifications");
  });

  it("e-mails by the recipient's choice per category, else by the category's default", () => {
    expect(categoryOf("booking.reminder")).toBe("bookings");
    expect(wantsEmail("intent.message", {})).toBe(true);
    expect(wantsEmail("intent.message", { messages: false })).toBe(false);
    expect(wantsEmail("position.approved", {})).toBe(false);
    expect(wantsEmail("position.approved", { postings: true })).toBe(true);
    expect(wantsEmail("unknown.kind", {})).toBe(true);
  });
});
