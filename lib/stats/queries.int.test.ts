import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../tests/support/test-database";
import { getFeaturedCampaign } from "../campaigns/queries";
import { getCampaignFigures } from "./queries";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase({ seeded: true });
});
afterAll(async () => {
  await t?.destroy();
});

describe("the demo campaign's figures are the article's", () => {
  it("reads 183 employers, 715 positions, 4 categories, 3000+ talents and 973 reached intents", async () => {
    const campaign = await getFeaturedCampaign();
    expect(campaign?.nameZh).toBe("2020年舟山高层次人才招引计划视频洽谈会");
    const figures = await getCampaignFigures({ campaignId: campaign!.id });
    expect(figures.employers).toBe(183);
    expect(figures.positions).toBe(715);
    expect(figures.announcementCategories).toBe(4);
    expect(figures.talents).toBeGreaterThanOrEqual(3000);
    expect(figures.talents).toBeLessThan(4000);
    expect(figures.reachedIntents).toBe(973);
    expect(figures.overseasTalents).toBeGreaterThan(0);
    expect(figures.overseasTalents).toBeLessThan(figures.talents);
    expect(figures.reachedProjectIntents).toBeGreaterThan(0);
    expect(figures.headcount).toBeGreaterThanOrEqual(715);
  });
});
