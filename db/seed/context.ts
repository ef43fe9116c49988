/** What every part of the generator shares: the plan, the clock, the seeded streams and the ids. */
import { CAMPAIGN } from "./catalog-data";
import type { SeedPlan } from "./plan";
import { createRng, seededUuid, type Rng } from "./random";
import { DAY } from "./time";

export interface SeedInput {
  plan: SeedPlan;
  /** Dates are relative to it: the campaign started 20 days before and ends 40 days after. */
  now: Date;
  /** bcrypt hash of the demo password, shared by the three demo accounts. */
  passwordHash: string;
}

export interface SeedContext {
  plan: SeedPlan;
  now: number;
  start: number;
  end: number;
  passwordHash: string;
  rng(label: string): Rng;
  operatorId: string;
  demoEmployerUserId: string;
  demoTalentId: string;
  /** The owner account (hr-NNNN) of the employer with this index (id = index + 1). */
  hrUserId(employerIndex: number): string;
  /** The user id of talent index i; index 0 is the demo talent. */
  talentUserId(talentIndex: number): string;
}

const NS_DEMO = 0;
const NS_HR = 1;
const NS_TALENT = 2;

export function createContext(input: SeedInput): SeedContext {
  const { plan } = input;
  const now = input.now.getTime();
  if (!Number.isFinite(now)) throw new RangeError("now is not a valid date");
  const demoTalentId = seededUuid(plan.seed, NS_DEMO, 2);
  return {
    plan,
    now,
    start: now - CAMPAIGN.startsDaysBeforeNow * DAY,
    end: now + CAMPAIGN.endsDaysAfterNow * DAY,
    passwordHash: input.passwordHash,
    rng: (label) => createRng(plan.seed, label),
    operatorId: seededUuid(plan.seed, NS_DEMO, 0),
    demoEmployerUserId: seededUuid(plan.seed, NS_DEMO, 1),
    demoTalentId,
    hrUserId: (i) => seededUuid(plan.seed, NS_HR, i),
    talentUserId: (i) => (i === 0 ? demoTalentId : seededUuid(plan.seed, NS_TALENT, i)),
  };
}

/** Zero-padded number with at least `min` digits, enough for `max`. */
export function padded(n: number, max: number, min: number): string {
  return String(n).padStart(Math.max(min, String(max).length), "0");
}
