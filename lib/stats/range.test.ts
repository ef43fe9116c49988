import { describe, expect, it } from "vitest";
import { beijingDay, daysBetween, dayStart, parseDashboardRange } from "./range";

const campaign = { id: 7, startsAt: new Date("2020-07-01T00:00:00+08:00"), endsAt: new Date("2020-08-01T00:00:00+08:00") };
const context = { campaigns: [campaign], featuredId: 7, now: new Date("2020-07-21T03:00:00Z") };

describe("Beijing days", () => {
  it("cuts days at midnight UTC+8", () => {
    expect(beijingDay(new Date("2020-07-20T15:59:59Z"))).toBe("2020-07-20");
    expect(beijingDay(new Date("2020-07-20T16:00:00Z"))).toBe("2020-07-21");
    expect(dayStart("2020-07-21").toISOString()).toBe("2020-07-20T16:00:00.000Z");
    expect(daysBetween("2020-02-27", "2020-03-01")).toEqual(["2020-02-27", "2020-02-28", "2020-02-29", "2020-03-01"]);
  });
});

describe("parseDashboardRange", () => {
  it("defaults to the featured campaign up to today while it runs, and the same length before", () => {
    const running = parseDashboardRange({}, context);
    if (!running.ok) throw new Error("expected a range");
    expect(running.range).toMatchObject({ fromDay: "2020-07-01", toDay: "2020-07-21", days: 21 });
    expect(running.range.previous).toMatchObject({ fromDay: "2020-06-10", toDay: "2020-06-30" });
  });
  it("defaults to the whole of a campaign that is over", () => {
    const result = parseDashboardRange({}, { ...context, now: new Date("2020-09-01T00:00:00Z") });
    if (!result.ok) throw new Error("expected a range");
    expect(result.range).toMatchObject({ campaignId: 7, fromDay: "2020-07-01", toDay: "2020-07-31", days: 31 });
    expect(result.range.to.toISOString()).toBe(campaign.endsAt.toISOString());
    expect(result.range.previous).toMatchObject({ fromDay: "2020-05-31", toDay: "2020-06-30" });
    expect(result.range.previous.to.toISOString()).toBe(result.range.from.toISOString());
  });
  it("takes explicit days and all campaigns", () => {
    const result = parseDashboardRange({ campaign: "all", from: "2020-07-10", to: "2020-07-16" }, context);
    if (!result.ok) throw new Error("expected a range");
    expect(result.range).toMatchObject({ campaignId: null, fromDay: "2020-07-10", toDay: "2020-07-16", days: 7 });
    expect(result.range.previous).toMatchObject({ fromDay: "2020-07-03", toDay: "2020-07-09" });
  });
  it("gives all campaigns the last 30 days by default", () => {
    const result = parseDashboardRange({ campaign: "all" }, context);
    if (!result.ok) throw new Error("expected a range");
    expect(result.range).toMatchObject({ fromDay: "2020-06-22", toDay: "2020-07-21", days: 30 });
  });
  it("names what is wrong", () => {
    expect(parseDashboardRange({ from: "2020-13-01" }, context)).toEqual({ ok: false, issues: [{ parameter: "from", message: "invalid" }] });
    expect(parseDashboardRange({ from: "2020-07-10", to: "2020-07-01" }, context)).toEqual({ ok: false, issues: [{ parameter: "to", message: "order" }] });
    expect(parseDashboardRange({ campaign: "99" }, context)).toEqual({ ok: false, issues: [{ parameter: "campaign", message: "unknownCampaign" }] });
    expect(parseDashboardRange({ from: "2018-01-01", to: "2020-01-01" }, context)).toEqual({ ok: false, issues: [{ parameter: "to", message: "tooLong" }] });
  });
});
