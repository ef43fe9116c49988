import { describe, expect, it } from "vitest";
import { type Actor, can, canEnterArea } from "./policy";

const talent: Actor = { id: "t1", role: "talent" };
const otherTalent: Actor = { id: "t2", role: "talent" };
const owner: Actor = { id: "e1", role: "employer", employerId: 7, memberRole: "owner", employerStatus: "verified" };
const recruiter: Actor = { id: "e2", role: "employer", employerId: 7, memberRole: "recruiter", employerStatus: "verified" };
const otherOwner: Actor = { id: "e3", role: "employer", employerId: 8, memberRole: "owner", employerStatus: "pending" };
const removedRecruiter: Actor = { id: "e4", role: "employer", employerId: null, memberRole: null };
const operator: Actor = { id: "o1", role: "operator" };

describe("canEnterArea", () => {
  it("lets each role into its own area only", () => {
    expect(canEnterArea(talent, "talent")).toBe(true);
    expect(canEnterArea(talent, "employer")).toBe(false);
    expect(canEnterArea(talent, "admin")).toBe(false);
    expect(canEnterArea(owner, "employer")).toBe(true);
    expect(canEnterArea(owner, "admin")).toBe(false);
    expect(canEnterArea(operator, "admin")).toBe(true);
    expect(canEnterArea(operator, "talent")).toBe(false);
  });
  it("keeps anonymous visitors out of every area and a removed recruiter out of the employer's", () => {
    for (const area of ["talent", "employer", "admin", "account"] as const) expect(canEnterArea(null, area)).toBe(false);
    expect(canEnterArea(removedRecruiter, "employer")).toBe(false);
    expect(canEnterArea(removedRecruiter, "account")).toBe(true);
  });
});

describe("can", () => {
  it("lets talents, and only talents, keep job alerts on their account", () => {
    expect(can(talent, { action: "alerts.manage" })).toBe(true);
    for (const other of [owner, recruiter, operator, null]) expect(can(other, { action: "alerts.manage" })).toBe(false);
  });
  it("gives a talent their own data and nobody else's", () => {
    expect(can(talent, { action: "talent.own", talentId: "t1" })).toBe(true);
    expect(can(otherTalent, { action: "talent.own", talentId: "t1" })).toBe(false);
    expect(can(operator, { action: "talent.own", talentId: "t1" })).toBe(false);
    expect(can(owner, { action: "talent.own", talentId: "t1" })).toBe(false);
  });
  it("lets employer users act for their own organisation only", () => {
    expect(can(recruiter, { action: "employer.edit", employerId: 7 })).toBe(true);
    expect(can(recruiter, { action: "employer.edit", employerId: 8 })).toBe(false);
    expect(can(otherOwner, { action: "employer.read", employerId: 7 })).toBe(false);
    expect(can(removedRecruiter, { action: "employer.read", employerId: 7 })).toBe(false);
  });
  it("lets only the owner manage the organisation's people", () => {
    expect(can(owner, { action: "employer.members.manage", employerId: 7 })).toBe(true);
    expect(can(recruiter, { action: "employer.members.manage", employerId: 7 })).toBe(false);
    expect(can(otherOwner, { action: "employer.members.manage", employerId: 7 })).toBe(false);
  });
  it("stops a suspended employer from publishing", () => {
    expect(can({ ...owner, employerStatus: "suspended" }, { action: "employer.publish", employerId: 7 })).toBe(false);
    expect(can(otherOwner, { action: "employer.publish", employerId: 8 })).toBe(true);
  });
  it("lets anyone signed in report a posting, and no visitor", () => {
    for (const actor of [talent, owner, removedRecruiter, operator]) expect(can(actor, { action: "posting.report" })).toBe(true);
    expect(can(null, { action: "posting.report" })).toBe(false);
  });
  it("keeps review, moderation, management, audit and statistics to operators", () => {
    for (const action of ["admin.review", "admin.moderate", "admin.manage", "admin.audit.read", "admin.stats.read"] as const) {
      expect(can(operator, { action })).toBe(true);
      expect(can(owner, { action })).toBe(false);
      expect(can(talent, { action })).toBe(false);
      expect(can(null, { action })).toBe(false);
    }
  });
  it("lets an organisation's people handle its intents only", () => {
    expect(can(recruiter, { action: "employer.intents.handle", employerId: 7 })).toBe(true);
    expect(can(otherOwner, { action: "employer.intents.handle", employerId: 7 })).toBe(false);
    expect(can(talent, { action: "employer.intents.handle", employerId: 7 })).toBe(false);
  });
  it("shows a profile to the talent and to the verified employers the talent's setting allows", () => {
    const read = (visibility: "intent_employers" | "verified_employers", sharedIntent: boolean) =>
      ({ action: "talent.profile.read", talentId: talent.id, visibility, sharedIntent }) as const;
    expect(can(talent, read("intent_employers", false))).toBe(true);
    expect(can({ ...talent, id: "someone-else" }, read("verified_employers", true))).toBe(false);
    expect(can(owner, read("intent_employers", true))).toBe(true);
    expect(can(owner, read("intent_employers", false))).toBe(false);
    expect(can(owner, read("verified_employers", false))).toBe(true);
    expect(can({ ...owner, employerStatus: "pending" }, read("verified_employers", true))).toBe(false);
    expect(can(operator, read("verified_employers", true))).toBe(false);
    expect(can(null, read("verified_employers", true))).toBe(false);
  });
  it("lets an organisation's people manage its slots, and shows a booking to its talent and that organisation only", () => {
    const slots = { action: "employer.slots.manage" as const, employerId: 7 };
    expect([owner, recruiter, otherOwner, talent, operator, removedRecruiter, null].map((a) => can(a, slots))).toEqual([true, true, false, false, false, false, false]);
    const booking = { action: "booking.read" as const, talentId: "t1", employerId: 7 };
    expect([talent, otherTalent, owner, recruiter, otherOwner, operator, null].map((a) => can(a, booking))).toEqual([true, false, true, true, false, false, false]);
  });
});
