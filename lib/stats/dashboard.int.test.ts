import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { execute } from "../../db/index";
import { createTestDatabase, type TestDatabase } from "../../tests/support/test-database";
import { getFeaturedCampaign } from "../campaigns/queries";
import { getDashboard, type NamedCount } from "./dashboard";
import { getCampaignFigures } from "./queries";
import { parseDashboardRange, type DashboardRange } from "./range";
import { recordPositionView } from "./views";

let t: TestDatabase;
let range: DashboardRange;
beforeAll(async () => {
  t = await createTestDatabase({ seeded: true });
  const campaign = await getFeaturedCampaign();
  const parsed = parseDashboardRange({}, { campaigns: [campaign!], featuredId: campaign!.id, now: new Date() });
  if (!parsed.ok) throw new Error("no default range");
  range = parsed.range;
});
afterAll(async () => {
  await t?.destroy();
});

const sum = (items: readonly NamedCount[]) => items.reduce((n, i) => n + i.positions, 0);

describe("the operators' dashboard on the demo campaign", () => {
  it("reads the article's figures over the campaign's dates, the same as the home page", async () => {
    const dashboard = await getDashboard(range);
    const home = await getCampaignFigures({ campaignId: range.campaignId });
    expect(dashboard.figures).toEqual(home);
    expect(dashboard.figures).toMatchObject({ employers: 183, positions: 715, announcementCategories: 4, reachedIntents: 973 });
    expect(dashboard.figures.talents).toBeGreaterThanOrEqual(3000);
    // Nothing of the campaign happened before it started.
    expect(dashboard.previousFigures).toMatchObject({ positions: 0, employers: 0, talents: 0, reachedIntents: 0 });
  });

  it("breaks the positions down so that every breakdown adds up to the positions online", async () => {
    const { breakdowns, figures } = await getDashboard(range);
    for (const list of [breakdowns.board, breakdowns.location, breakdowns.industry, breakdowns.employerKind, breakdowns.education, breakdowns.talentLevel]) {
      expect(sum(list)).toBe(figures.positions);
    }
    expect(breakdowns.board.map((b) => b.nameZh)).toEqual(["五大海创平台", "千企百校"]);
    expect(sum(breakdowns.platform)).toBe(breakdowns.board[0]?.positions);
    expect(breakdowns.platform).toHaveLength(5);
    expect(breakdowns.location.some((l) => l.locationKind === "enclave")).toBe(true);
    expect(breakdowns.board.reduce((n, b) => n + b.headcount, 0)).toBe(figures.headcount);
  });

  it("counts intents by state and kind, day by day, through the funnel", async () => {
    const d = await getDashboard(range);
    const [all] = await execute<{ n: number }>(t.db, sql`select count(*)::int as n from intents where campaign_id = ${range.campaignId}`);
    expect(d.intents.current.reduce((n, c) => n + c.count, 0)).toBe(Number(all?.n));
    expect(new Set(d.intents.current.map((c) => c.kind))).toEqual(new Set(["employment", "project"]));
    expect(d.trend).toHaveLength(range.days);
    expect(d.trend.reduce((n, day) => n + day.positions, 0)).toBe(d.figures.positions);
    expect(d.trend.reduce((n, day) => n + day.reached, 0)).toBe(d.figures.reachedIntents);
    expect(d.trend.reduce((n, day) => n + day.talents, 0)).toBe(d.figures.talents);
    const f = d.funnel;
    expect(f.views).toBeGreaterThan(f.intents);
    expect(f.intents).toBeGreaterThan(f.negotiations);
    expect(f.negotiations).toBeGreaterThanOrEqual(f.reached);
    expect(f.reached).toBeGreaterThan(f.signed);
    expect(f.signed).toBeGreaterThan(0);
    expect(d.countries.length).toBeGreaterThan(1);
    expect(d.countries.reduce((n, c) => n + c.talents, 0)).toBe(d.figures.overseasTalents);
    const [median] = d.timeToReach;
    expect(median).toMatchObject({ kind: "all", intents: 973 });
    expect(median?.medianHours).toBeGreaterThan(0);
    expect(d.waiting.total).toBeGreaterThan(0);
    expect(d.waiting.employers[0]!.waiting).toBeGreaterThanOrEqual(d.waiting.employers.at(-1)!.waiting);
  });

  it("counts a view of a public position once a day per row, and not of a draft", async () => {
    const before = (await getDashboard(range)).funnel.views;
    const [pub] = await execute<{ id: number }>(t.db, sql`select p.id from positions p join employers e on e.id = p.employer_id where p.status = 'published' and e.status = 'verified' limit 1`);
    const [draft] = await execute<{ id: number }>(t.db, sql`select id from positions where status = 'draft' limit 1`);
    expect(await recordPositionView({ positionId: pub!.id })).toBe(true);
    expect(await recordPositionView({ positionId: pub!.id })).toBe(true);
    expect(await recordPositionView({ positionId: draft!.id })).toBe(false);
    expect(await recordPositionView({ positionId: 999_999_999 })).toBe(false);
    expect((await getDashboard(range)).funnel.views).toBe(before + 2);
    const rows = await execute<{ views: number }>(t.db, sql`select views from position_view_days where position_id = ${pub!.id} order by day desc limit 1`);
    expect(rows[0]?.views).toBeGreaterThanOrEqual(2);
  });

  it("counts the beacon of one address once, however often it is posted, and a flood at most the minute's cap", async () => {
    const { POST } = await import("../../app/api/positions/[id]/view/route");
    const { PER_POSITION_PER_MINUTE } = await import("./view-counting");
    const [pub] = await execute<{ id: number }>(t.db, sql`select p.id from positions p join employers e on e.id = p.employer_id where p.status = 'published' and e.status = 'verified' order by p.id desc limit 1`);
    const beacon = (ip?: string) =>
      POST(new Request(`http://127.0.0.1/api/positions/${pub!.id}/view`, { method: "POST", headers: ip ? { "x-forwarded-for": ip } : {} }), { params: Promise.resolve({ id: String(pub!.id) }) });
    const before = (await getDashboard(range)).funnel.views;
    for (let i = 0; i < 5; i++) expect((await beacon("203.0.113.50")).status).toBe(204);
    expect((await getDashboard(range)).funnel.views).toBe(before + 1);
    // Without an address, a flood is held to the cap of the minute (of two, if the flood
    // straddles a minute's end): 300 beacons count at most 240.
    const flood = 300;
    const statuses = await Promise.all(Array.from({ length: flood }, () => beacon().then((r) => r.status)));
    expect(new Set(statuses)).toEqual(new Set([204]));
    // (the address's one view above took its place in the same minute's cap)
    const counted = (await getDashboard(range)).funnel.views - before;
    expect(counted).toBeGreaterThanOrEqual(PER_POSITION_PER_MINUTE);
    expect(counted).toBeLessThanOrEqual(2 * PER_POSITION_PER_MINUTE);
    expect(2 * PER_POSITION_PER_MINUTE).toBeLessThan(flood);
  });
});
