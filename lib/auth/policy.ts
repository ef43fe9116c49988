/**
 * Who may do what: every page, route handler and server action asks here, and nowhere else.
 * Pure — the caller loads the actor (lib/auth/session.ts) and names the resource it touches.
 */
export type Role = "talent" | "employer" | "operator";
export type MemberRole = "owner" | "recruiter";

export interface Actor {
  id: string;
  role: Role;
  /** For employer users: the organisation they act for, their standing in it, and its state. */
  employerId?: number | null;
  memberRole?: MemberRole | null;
  employerStatus?: "pending" | "verified" | "rejected" | "suspended" | null;
}

export type Area = "talent" | "employer" | "admin" | "account";

export type Permission =
  | { action: "account.use" }
  | { action: "talent.own"; talentId: string }
  | { action: "employer.read"; employerId: number }
  | { action: "employer.edit"; employerId: number }
  | { action: "employer.members.manage"; employerId: number }
  | { action: "employer.publish"; employerId: number }
  | { action: "posting.report" }
  /** 职位提醒: a talent keeps saved searches on the account (visitors subscribe by e-mail, no account). */
  | { action: "alerts.manage" }
  | { action: "employer.intents.handle"; employerId: number }
  /** 洽谈时段: publish and cancel the organisation's negotiation slots, and see their bookings. */
  | { action: "employer.slots.manage"; employerId: number }
  /** A booked negotiation (its invitation, its room): the talent who booked it and the slot's organisation. */
  | { action: "booking.read"; talentId: string; employerId: number }
  /** A talent's profile and résumé: the talent, or a verified employer the talent's visibility setting allows. */
  | {
      action: "talent.profile.read";
      talentId: string;
      visibility: "intent_employers" | "verified_employers";
      /** Whether the talent registered an intent this employer handles. */
      sharedIntent: boolean;
    }
  | { action: "admin.review" }
  | { action: "admin.moderate" }
  /** Announcements, campaigns, boards, platforms and policy tags. */
  | { action: "admin.manage" }
  | { action: "admin.audit.read" }
  | { action: "admin.stats.read" };

const areaRole: Record<Exclude<Area, "account">, Role> = { talent: "talent", employer: "employer", admin: "operator" };

/** May the actor enter an area of the site at all (its layout checks this)? */
export function canEnterArea(actor: Actor | null, area: Area): boolean {
  if (!actor) return false;
  if (area === "account") return true;
  if (area === "employer") return actor.role === "employer" && actor.employerId != null;
  return actor.role === areaRole[area];
}

function actsFor(actor: Actor, employerId: number): boolean {
  return actor.role === "employer" && actor.employerId != null && actor.employerId === employerId;
}

export function can(actor: Actor | null, permission: Permission): boolean {
  if (!actor) return false;
  switch (permission.action) {
    case "account.use":
    // 举报: anyone signed in, whatever their role, may report a public posting.
    case "posting.report":
      return true;
    case "talent.own":
      return actor.role === "talent" && actor.id === permission.talentId;
    case "alerts.manage":
      return actor.role === "talent";
    case "employer.read":
    case "employer.edit":
      return actsFor(actor, permission.employerId);
    case "employer.members.manage":
      return actsFor(actor, permission.employerId) && actor.memberRole === "owner";
    case "employer.publish":
      // Postings may be written while pending; they go public only once the employer is verified.
      return actsFor(actor, permission.employerId) && actor.employerStatus !== "suspended";
    case "employer.intents.handle":
      // Intents are answered while the organisation is pending or suspended too: no ghosting.
      return actsFor(actor, permission.employerId);
    case "employer.slots.manage":
      // Like intents, negotiations go on while the organisation is pending or suspended.
      return actsFor(actor, permission.employerId);
    case "booking.read":
      return actor.role === "talent" ? actor.id === permission.talentId : actsFor(actor, permission.employerId);
    case "talent.profile.read":
      if (actor.role === "talent") return actor.id === permission.talentId;
      if (actor.role !== "employer" || actor.employerId == null || actor.employerStatus !== "verified") return false;
      return permission.visibility === "verified_employers" || permission.sharedIntent;
    case "admin.review":
    case "admin.moderate":
    case "admin.manage":
    case "admin.audit.read":
    case "admin.stats.read":
      return actor.role === "operator";
  }
}
