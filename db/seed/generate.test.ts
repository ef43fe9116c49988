import { createHash } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { isValidCreditCode } from "../../lib/accounts/credit-code";
import { BOARD_HAICHUANG, BOARD_QIANQI, CAMPAIGN, PLATFORMS } from "./catalog-data";
import { DEMO_ACCOUNTS } from "./demo-accounts";
import { EDUCATION_RANK } from "./people-data";
import { generateSeed } from "./generate";
import { REACHED_STATUSES } from "./generate-intents";
import { DEMO_FIGURES, planSeed, type SeedScaleOptions } from "./plan";
import { TABLE_ORDER, type Rows, type TableName } from "./rows";
import { DAY } from "./time";

/** The article's date: 2020-03-24. The demo campaign then runs from 4 March to 3 May. */
const NOW = new Date("2020-03-24T00:00:00Z");

type Tables = { [K in TableName]: Rows[K][] };

function generateAll(options: SeedScaleOptions = {}, now = NOW): { tables: Tables; order: TableName[] } {
  const tables = Object.fromEntries(TABLE_ORDER.map((t) => [t, []])) as unknown as Tables;
  const order: TableName[] = [];
  for (const batch of generateSeed({ plan: planSeed(options), now, passwordHash: "$2b$10$demo" })) {
    (tables[batch.table] as unknown[]).push(...batch.rows);
    if (order[order.length - 1] !== batch.table) order.push(batch.table);
  }
  return { tables, order };
}

function digest(options: SeedScaleOptions = {}, now = NOW): string {
  const hash = createHash("sha256");
  for (const batch of generateSeed({ plan: planSeed(options), now, passwordHash: "$2b$10$demo" })) {
    hash.update(batch.table).update(JSON.stringify(batch.rows));
  }
  return hash.digest("hex");
}

const ms = (iso: string | null) => (iso === null ? Number.NaN : Date.parse(iso));

let demo: Tables;
let order: TableName[];
const now = NOW.getTime();
const start = now - 20 * DAY;

beforeAll(() => {
  ({ tables: demo, order } = generateAll());
});

describe("the plan", () => {
  it("has the article's figures at default options", () => {
    expect(planSeed()).toMatchObject({
      positions: 715,
      employers: 183,
      talents: 3216,
      intents: 2573,
      reachedIntents: 973,
      pendingEmployers: 3,
    });
  });

  it("scales the same shape for benchmarks", () => {
    const plan = planSeed({ positions: 1_000_000 });
    expect(plan.employers).toBe(Math.round((1_000_000 * 183) / 715));
    expect(plan.talents).toBe(100_000);
    expect(plan.intents).toBe(Math.round(100_000 * (2573 / 3216)));
    expect(plan.reachedIntents / plan.intents).toBeCloseTo(973 / 2573, 3);
    expect(plan.haichuangPositions / plan.positions).toBeCloseTo(0.45, 2);
  });

  it("takes explicit talents and intents", () => {
    expect(planSeed({ talents: 5000, intents: 1000 })).toMatchObject({ talents: 5000, intents: 1000, reachedIntents: 378 });
  });

  it("refuses nonsense", () => {
    expect(() => planSeed({ positions: 10 })).toThrow(RangeError);
    expect(() => planSeed({ positions: 1.5 })).toThrow(RangeError);
    expect(() => planSeed({ talents: 100, intents: 1_000_000 })).toThrow(RangeError);
  });
});

describe("the demo data set", () => {
  it("yields tables in foreign-key order", () => {
    const firstSeen = [...new Set(order)];
    const rank = (t: TableName) => TABLE_ORDER.indexOf(t);
    expect(firstSeen.filter((t) => t !== "users")).toEqual([...firstSeen.filter((t) => t !== "users")].sort((a, b) => rank(a) - rank(b)));
    // Users come in three waves (demo accounts, employer owners, talents), each before what refers to it.
    expect(order.indexOf("users")).toBeLessThan(order.indexOf("employers"));
  });

  it("has 183 verified employers online with 715 published positions", () => {
    const verified = new Set(demo.employers.filter((e) => e.status === "verified").map((e) => e.id));
    expect(verified.size).toBe(DEMO_FIGURES.employers);
    const online = demo.positions.filter((p) => p.status === "published" && p.campaign_id === CAMPAIGN.id && verified.has(p.employer_id));
    expect(online).toHaveLength(DEMO_FIGURES.positions);
    expect(new Set(online.map((p) => p.employer_id)).size).toBe(DEMO_FIGURES.employers);
    expect(demo.positions.filter((p) => p.status === "published")).toHaveLength(DEMO_FIGURES.positions);
  });

  it("keeps pending employers' postings out of public view, and every position state exists", () => {
    const pending = demo.employers.filter((e) => e.status === "pending");
    expect(pending).toHaveLength(3);
    const pendingIds = new Set(pending.map((e) => e.id));
    const theirs = demo.positions.filter((p) => pendingIds.has(p.employer_id));
    expect(theirs.length).toBeGreaterThan(0);
    expect(theirs.every((p) => p.status === "draft" || p.status === "in_review")).toBe(true);
    expect(new Set(demo.positions.map((p) => p.status))).toEqual(new Set(["draft", "in_review", "published", "closed"]));
    expect(demo.employers.every((e) => e.status !== "verified" || (e.verified_at !== null && e.verified_by !== null))).toBe(true);
    expect(demo.employers.every((e) => e.status !== "rejected" || e.rejection_reason !== null)).toBe(true);
  });

  it("publishes announcements in exactly 4 categories by now, 2–4 each", () => {
    const published = demo.announcements.filter((a) => ms(a.published_at) <= now);
    const byCategory = new Map<number, number>();
    for (const a of published) byCategory.set(a.category_id, (byCategory.get(a.category_id) ?? 0) + 1);
    expect(byCategory.size).toBe(DEMO_FIGURES.announcementCategories);
    for (const count of byCategory.values()) {
      expect(count).toBeGreaterThanOrEqual(2);
      expect(count).toBeLessThanOrEqual(4);
    }
    expect(published.some((a) => a.pinned)).toBe(true);
    expect(published.every((a) => a.campaign_id === CAMPAIGN.id)).toBe(true);
    const linked = new Set(demo.announcement_positions.map((l) => l.position_id));
    const publishedIds = new Set(demo.positions.filter((p) => p.status === "published").map((p) => p.id));
    expect(linked.size).toBeGreaterThan(0);
    expect([...linked].every((id) => publishedIds.has(id))).toBe(true);
  });

  it("has 3,216 talents in the campaign, about 30% from abroad", () => {
    expect(demo.campaign_talents).toHaveLength(DEMO_FIGURES.talents);
    expect(demo.talent_profiles).toHaveLength(DEMO_FIGURES.talents);
    const overseas = demo.talent_profiles.filter((p) => p.origin === "overseas");
    expect(overseas.length / demo.talent_profiles.length).toBeGreaterThan(0.25);
    expect(overseas.length / demo.talent_profiles.length).toBeLessThan(0.35);
    expect(overseas.every((p) => p.country !== null && /^[A-Z]{2}$/.test(p.country))).toBe(true);
    const talents = demo.users.filter((u) => u.role === "talent");
    expect(talents).toHaveLength(DEMO_FIGURES.talents);
    expect(talents.every((u) => u.consent_at !== null)).toBe(true);
  });

  it("has exactly 973 intents reached or later, among about 2,600", () => {
    expect(demo.intents).toHaveLength(DEMO_FIGURES.intents);
    const reached = demo.intents.filter((i) => REACHED_STATUSES.includes(i.status));
    expect(reached).toHaveLength(DEMO_FIGURES.reachedIntents);
    expect(reached.every((i) => i.reached_at !== null)).toBe(true);
    expect(new Set(demo.intents.map((i) => i.status)).size).toBe(10);
    expect(demo.intents.every((i) => i.campaign_id === CAMPAIGN.id)).toBe(true);
  });
});

/** Could this talent take this position: education at its floor or above, and a wished industry or place? */
function canTake(talent: Rows["talent_profiles"] | undefined, position: Rows["positions"] | undefined): boolean {
  if (!talent || !position) return false;
  if (talent.education_level === null || EDUCATION_RANK[talent.education_level] < EDUCATION_RANK[position.education_floor]) return false;
  return talent.wish_industry_ids.includes(position.industry_id) || talent.wish_location_ids.includes(position.location_id);
}

/** The share of a position's skills the talent lists. */
function skillShare(talent: Rows["talent_profiles"] | undefined, position: Rows["positions"] | undefined): number {
  const own = new Set(talent?.skills.map((s) => s.toLowerCase()));
  const asked = position?.skills ?? [];
  return asked.filter((s) => own.has(s.toLowerCase())).length / Math.max(1, asked.length);
}

function employmentIntents(tables: Tables) {
  const talents = new Map(tables.talent_profiles.map((t) => [t.user_id, t]));
  const positions = new Map(tables.positions.map((p) => [p.id, p]));
  return tables.intents
    .filter((i) => i.kind === "employment")
    .map((i) => ({ status: i.status, talent: talents.get(i.talent_id), position: positions.get(i.position_id ?? -1) }));
}

describe("who registers intents where", () => {
  it("signs talents only for positions they can take: every reached employment intent meets the floor and a wish", () => {
    for (const tables of [demo, generateAll({ positions: 5000 }).tables]) {
      const reached = employmentIntents(tables).filter((i) => REACHED_STATUSES.includes(i.status));
      expect(reached.length).toBeGreaterThan(300);
      const misfits = reached.filter((i) => !canTake(i.talent, i.position));
      expect(misfits.map((i) => `${i.talent?.user_id} → ${i.position?.id}`)).toEqual([]);
    }
  });

  it("mostly registers open intents on positions the talent can take, with some long shots, more among the declined", () => {
    const open = employmentIntents(demo).filter((i) => !REACHED_STATUSES.includes(i.status));
    const share = (list: typeof open) => list.filter((i) => canTake(i.talent, i.position)).length / list.length;
    const refused = open.filter((i) => i.status === "declined" || i.status === "no_response");
    const others = open.filter((i) => i.status !== "declined" && i.status !== "no_response");
    expect(share(others)).toBeGreaterThan(0.8);
    expect(share(others)).toBeLessThan(0.98);
    expect(share(refused)).toBeGreaterThan(0.6);
    expect(share(refused)).toBeLessThan(share(others));
  });

  it("signs better fits: reached intents share more of the position's skills than declined ones", () => {
    const intents = employmentIntents(demo);
    const mean = (list: typeof intents) => list.reduce((s, i) => s + skillShare(i.talent, i.position), 0) / list.length;
    const reached = mean(intents.filter((i) => REACHED_STATUSES.includes(i.status)));
    const declined = mean(intents.filter((i) => i.status === "declined"));
    expect(reached).toBeGreaterThan(declined * 1.4);
  });
});

describe("consistency", () => {
  it("gives the same rows for the same options", () => {
    expect(digest()).toBe(digest());
    expect(digest({ seed: 7 })).not.toBe(digest());
  });

  it("moves every date with now, and nothing else", () => {
    // A whole week, so that video slots stay on weekdays and the draws stay the same.
    const later = generateAll({}, new Date(now + 7 * DAY)).tables;
    const shift = (a: string | null, b: string | null) => (a === null ? b === null : ms(b) - ms(a) === 7 * DAY);
    demo.positions.forEach((p, i) => {
      const q = later.positions[i];
      expect(q?.title).toBe(p.title);
      expect(shift(p.published_at, q?.published_at ?? null) && shift(p.created_at, q?.created_at ?? null)).toBe(true);
    });
    demo.intent_events.forEach((e, i) => expect(shift(e.created_at, later.intent_events[i]?.created_at ?? null)).toBe(true));
    demo.negotiation_slots.forEach((s, i) => expect(shift(s.starts_at, later.negotiation_slots[i]?.starts_at ?? null)).toBe(true));
  });

  it("gives every employer a valid, unique credit code", () => {
    const codes = demo.employers.map((e) => e.credit_code);
    expect(codes.every(isValidCreditCode)).toBe(true);
    expect(new Set(codes).size).toBe(codes.length);
    expect(new Set(demo.employers.map((e) => e.name)).size).toBe(demo.employers.length);
  });

  it("puts a position's platform on its board", () => {
    const platformIds = new Set(PLATFORMS.map((p) => p.id));
    for (const row of [...demo.positions, ...demo.intents]) {
      if (row.board_id === BOARD_HAICHUANG) expect(platformIds.has(row.platform_id ?? -1)).toBe(true);
      else expect([row.board_id, row.platform_id]).toEqual([BOARD_QIANQI, null]);
    }
    const onHaichuang = demo.positions.filter((p) => p.status === "published" && p.board_id === BOARD_HAICHUANG).length;
    expect(onHaichuang / DEMO_FIGURES.positions).toBeCloseTo(0.45, 1);
    for (const platform of PLATFORMS) expect(demo.positions.some((p) => p.platform_id === platform.id)).toBe(true);
  });

  it("keeps positions within their rules", () => {
    for (const p of demo.positions) {
      if (p.salary_min !== null && p.salary_max !== null) expect(p.salary_min).toBeLessThanOrEqual(p.salary_max);
      expect(p.salary_min === null).toBe(p.salary_max === null);
      expect(p.headcount).toBeGreaterThanOrEqual(1);
      expect(p.headcount).toBeLessThanOrEqual(10);
      expect(p.skills.length).toBeGreaterThanOrEqual(3);
      expect(p.skills.length).toBeLessThanOrEqual(6);
      expect(p.title.length).toBeGreaterThan(0);
      expect(p.description).toContain("**岗位职责**");
      if (p.status === "published") {
        expect(ms(p.published_at)).toBeGreaterThanOrEqual(start);
        expect(ms(p.published_at)).toBeLessThanOrEqual(now);
        expect(ms(p.expires_at)).toBe(now + 40 * DAY);
      } else if (p.status !== "closed") expect(p.published_at).toBeNull();
    }
    expect(demo.positions.some((p) => p.salary_min === null)).toBe(true);
    expect(demo.positions.some((p) => p.location_id === 7 || p.location_id === 8)).toBe(true);
    expect(new Set(demo.positions.map((p) => p.talent_level))).toEqual(new Set(["top", "high", "young", "graduate"]));
  });

  it("has one intent per talent per position, with the position's employer, board and platform", () => {
    const positions = new Map(demo.positions.map((p) => [p.id, p]));
    const keys = new Set<string>();
    for (const i of demo.intents) {
      if (i.kind === "employment") {
        const p = positions.get(i.position_id ?? -1);
        expect(p?.status).toBe("published");
        expect([i.employer_id, i.board_id, i.platform_id]).toEqual([p?.employer_id, p?.board_id, p?.platform_id]);
        const key = `${i.talent_id}:${i.position_id}`;
        expect(keys.has(key)).toBe(false);
        keys.add(key);
        expect(ms(i.created_at)).toBeGreaterThan(ms(p?.published_at ?? null));
      }
      if (i.status === "onboard") expect(i.kind).toBe("employment");
      if (i.status === "settled") expect(i.kind).toBe("project");
      if (i.status === "declined") expect(i.decline_reason).toBeTruthy();
    }
  });

  it("settles projects on a platform where their employer has positions", () => {
    const projects = new Set(demo.intent_projects.map((p) => p.intent_id));
    const onPlatform = new Set(demo.positions.filter((p) => p.status === "published").map((p) => `${p.employer_id}:${p.platform_id}`));
    const projectIntents = demo.intents.filter((i) => i.kind === "project");
    expect(projectIntents.length).toBeGreaterThan(100);
    for (const i of projectIntents) {
      expect(i.position_id).toBeNull();
      expect(i.board_id).toBe(BOARD_HAICHUANG);
      expect(onPlatform.has(`${i.employer_id}:${i.platform_id}`)).toBe(true);
      expect(projects.has(i.id)).toBe(true);
    }
    expect(demo.intent_projects).toHaveLength(projectIntents.length);
  });

  it("records each intent's history from NULL→submitted to its status, in order, within the campaign", () => {
    const events = new Map<number, Rows["intent_events"][]>();
    for (const e of demo.intent_events) events.set(e.intent_id, [...(events.get(e.intent_id) ?? []), e]);
    const talents = new Set(demo.users.filter((u) => u.role === "talent").map((u) => u.id));
    for (const intent of demo.intents) {
      const history = events.get(intent.id) ?? [];
      expect(history[0]).toMatchObject({ from_status: null, to_status: "submitted", actor_id: intent.talent_id });
      history.forEach((e, n) => {
        if (n > 0) {
          expect(e.from_status).toBe(history[n - 1]?.to_status);
          expect(ms(e.created_at)).toBeGreaterThan(ms(history[n - 1]?.created_at ?? null));
        }
        expect(ms(e.created_at)).toBeGreaterThanOrEqual(start);
        expect(ms(e.created_at)).toBeLessThanOrEqual(now);
        if (e.to_status === "withdrawn") expect(e.actor_id).toBe(intent.talent_id);
        if (["viewed", "negotiating", "reached", "declined"].includes(e.to_status)) expect(talents.has(e.actor_id ?? "")).toBe(false);
      });
      const last = history[history.length - 1];
      expect(last?.to_status).toBe(intent.status);
      expect(intent.status_changed_at).toBe(last?.created_at);
      const reached = history.find((e) => e.to_status === "reached");
      expect(intent.reached_at).toBe(reached ? reached.created_at : null);
    }
  });

  it("never books a slot over its capacity, and keeps one live booking per intent", () => {
    const slots = new Map(demo.negotiation_slots.map((s) => [s.id, s]));
    const used = new Map<number, number>();
    const live = new Set<number>();
    const rooms = new Set<string>();
    const intents = new Map(demo.intents.map((i) => [i.id, i]));
    for (const b of demo.bookings) {
      const slot = slots.get(b.slot_id);
      const intent = intents.get(b.intent_id);
      expect(slot?.employer_id).toBe(intent?.employer_id);
      expect(b.talent_id).toBe(intent?.talent_id);
      expect(b.room_name).toMatch(/^zq-[a-z0-9]{20}$/);
      expect(rooms.has(b.room_name)).toBe(false);
      rooms.add(b.room_name);
      expect(ms(b.created_at)).toBeLessThanOrEqual(ms(slot?.starts_at ?? null));
      expect(ms(slot?.created_at ?? null)).toBeLessThanOrEqual(ms(b.created_at));
      if (b.status === "booked") {
        expect(live.has(b.intent_id)).toBe(false);
        live.add(b.intent_id);
        used.set(b.slot_id, (used.get(b.slot_id) ?? 0) + 1);
        if (b.outcome === null) expect(ms(slot?.starts_at ?? null)).toBeGreaterThan(now);
        else expect(ms(slot?.starts_at ?? null)).toBeLessThan(now);
      } else expect(b.cancelled_at).not.toBeNull();
    }
    for (const [slotId, count] of used) expect(count).toBeLessThanOrEqual(slots.get(slotId)?.capacity ?? 0);
    expect(demo.negotiation_slots.every((s) => !("booked_count" in s))).toBe(true);
    expect(new Set(demo.bookings.map((b) => b.outcome))).toEqual(new Set([null, "held", "no_show", "follow_up"]));
  });

  it("has the three demo accounts, sharing one password hash; no one else can sign in", () => {
    const byEmail = new Map(demo.users.map((u) => [u.email, u]));
    for (const account of Object.values(DEMO_ACCOUNTS)) {
      expect(byEmail.get(account.email)).toMatchObject({ role: account.role, password_hash: "$2b$10$demo" });
    }
    expect(demo.users.filter((u) => u.password_hash !== null)).toHaveLength(3);
    expect(new Set(demo.users.map((u) => u.email.toLowerCase())).size).toBe(demo.users.length);
    expect(new Set(demo.users.map((u) => u.id)).size).toBe(demo.users.length);
    expect(byEmail.has("hr-0001@employer.zhihui.example")).toBe(true);
    expect(byEmail.has("talent-00001@talent.zhihui.example")).toBe(true);
  });

  it("gives the demo accounts something to see", () => {
    const employer = demo.users.find((u) => u.email === DEMO_ACCOUNTS.employer.email);
    const talent = demo.users.find((u) => u.email === DEMO_ACCOUNTS.talent.email);
    const membership = demo.employer_members.find((m) => m.user_id === employer?.id);
    expect(membership).toMatchObject({ role: "owner" });
    const own = demo.positions.filter((p) => p.employer_id === membership?.employer_id);
    expect(new Set(own.map((p) => p.status))).toEqual(new Set(["published", "draft", "in_review"]));
    expect(demo.intents.filter((i) => i.employer_id === membership?.employer_id).length).toBeGreaterThan(10);
    const mine = demo.intents.filter((i) => i.talent_id === talent?.id);
    expect(mine.length).toBeGreaterThanOrEqual(5);
    expect(mine.some((i) => i.kind === "project")).toBe(true);
    expect(demo.bookings.some((b) => b.talent_id === talent?.id && b.status === "booked" && b.outcome === null)).toBe(true);
    expect(demo.talent_profiles.find((p) => p.user_id === talent?.id)?.skills.length).toBeGreaterThan(3);
    expect(demo.saved_positions.some((s) => s.talent_id === talent?.id)).toBe(true);
    expect(demo.notifications.some((n) => n.user_id === talent?.id)).toBe(true);
    expect(demo.audit_log.some((a) => a.action === "employer.verify")).toBe(true);
    expect(demo.audit_log.some((a) => a.action === "position.approve")).toBe(true);
  });

  it("gives every row of a table the same columns (one INSERT per batch relies on it)", () => {
    for (const table of TABLE_ORDER) {
      const rows = demo[table] as object[];
      expect(rows.length, table).toBeGreaterThan(0);
      const keys = Object.keys(rows[0] ?? {}).join();
      expect(rows.every((r) => Object.keys(r).join() === keys), table).toBe(true);
    }
  });

  it("keeps ids dense and unique", () => {
    for (const table of ["employers", "positions", "intents", "intent_events", "negotiation_slots", "bookings", "notifications", "audit_log"] as const) {
      const ids = (demo[table] as { id: number }[]).map((r) => r.id);
      expect(ids, table).toEqual(ids.map((_, i) => i + 1));
    }
  });
});

describe("a scaled data set", () => {
  it("keeps the rules at 5,000 positions", () => {
    const { tables } = generateAll({ positions: 5000 });
    const plan = planSeed({ positions: 5000 });
    const published = tables.positions.filter((p) => p.status === "published");
    expect(published).toHaveLength(5000);
    expect(new Set(published.map((p) => p.employer_id)).size).toBe(plan.employers);
    expect(tables.employers.filter((e) => e.status === "verified")).toHaveLength(plan.employers);
    expect(tables.intents.filter((i) => REACHED_STATUSES.includes(i.status))).toHaveLength(plan.reachedIntents);
    expect(tables.employers.every((e) => isValidCreditCode(e.credit_code))).toBe(true);
  });
});
