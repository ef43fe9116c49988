import { pgEnum } from "drizzle-orm/pg-core";

/** Roles of a user account; an employer user's standing in its organisation is in employer_members. */
export const userRole = pgEnum("user_role", ["talent", "employer", "operator"]);

/** 单位类型: 企业, 国有企业, 事业单位, 高校, 科研院所, 医疗卫生机构. */
export const employerKind = pgEnum("employer_kind", [
  "enterprise",
  "state_owned",
  "public_institution",
  "university",
  "research_institute",
  "medical",
]);

export const employerStatus = pgEnum("employer_status", ["pending", "verified", "rejected", "suspended"]);

export const memberRole = pgEnum("member_role", ["owner", "recruiter"]);

/** Expiry is not a state: a published position past expires_at simply leaves the public list. */
export const positionStatus = pgEnum("position_status", ["draft", "in_review", "published", "closed"]);

/** Ordered: a position's floor compares against a talent's level by this order. */
export const educationLevel = pgEnum("education_level", ["none", "associate", "bachelor", "master", "doctor"]);

/** 顶尖 / 高层次 / 青年 / 大学生. */
export const talentLevel = pgEnum("talent_level", ["top", "high", "young", "graduate"]);

export const talentOrigin = pgEnum("talent_origin", ["domestic", "overseas"]);

export const profileVisibility = pgEnum("profile_visibility", ["intent_employers", "verified_employers"]);

export const locationKind = pgEnum("location_kind", ["district", "zone", "enclave"]);

/** 就职意向 or 项目落户意向. */
export const intentKind = pgEnum("intent_kind", ["employment", "project"]);

export const intentStatus = pgEnum("intent_status", [
  "submitted",
  "viewed",
  "negotiating",
  "reached",
  "signed",
  "onboard",
  "settled",
  "declined",
  "withdrawn",
  "no_response",
]);

export const bookingStatus = pgEnum("booking_status", ["booked", "cancelled"]);

export const bookingOutcome = pgEnum("booking_outcome", ["held", "no_show", "follow_up"]);

/** Why a booking ended: the talent cancelled or moved it, the employer cancelled its slot, or the intent closed. */
export const bookingCancelReason = pgEnum("booking_cancel_reason", ["talent", "rescheduled", "slot_cancelled", "intent_closed"]);

/** 举报: why a posting was reported, and what became of the report. */
export const reportReason = pgEnum("report_reason", ["fraud", "misleading", "discrimination", "expired", "inappropriate", "other"]);
export const reportStatus = pgEnum("report_status", ["open", "dismissed", "actioned"]);
