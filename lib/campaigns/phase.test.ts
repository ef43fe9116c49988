import { describe, expect, it } from "vitest";
import { campaignPhase } from "./phase";

const campaign = { startsAt: new Date("2020-03-01T00:00:00Z"), endsAt: new Date("2020-04-30T00:00:00Z") };

describe("campaignPhase", () => {
  it("is upcoming before the start", () => {
    expect(campaignPhase(campaign, new Date("2020-02-29T23:59:59Z"))).toBe("upcoming");
  });
  it("is live from the start until just before the end", () => {
    expect(campaignPhase(campaign, campaign.startsAt)).toBe("live");
    expect(campaignPhase(campaign, new Date("2020-04-29T23:59:59Z"))).toBe("live");
  });
  it("has ended at the end", () => {
    expect(campaignPhase(campaign, campaign.endsAt)).toBe("ended");
  });
});
