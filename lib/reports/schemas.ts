import { z } from "zod";
import { reportReason } from "../../db/schema/enums";

/** 举报 reasons, in the order the form offers them. */
export const REPORT_REASONS = reportReason.enumValues;
export type ReportReason = (typeof REPORT_REASONS)[number];

const id = z.coerce.number({ error: "invalid" }).int("invalid").positive("invalid").max(2_147_483_647, "invalid");

/** A report of a public posting: why, and optionally what the reporter saw (≤ 2000 characters). */
export const reportSchema = z.object({
  positionId: id,
  reason: z.enum(REPORT_REASONS, { error: "choose_one" }),
  details: z.string().trim().max(2000, "too_long").default(""),
});

export type ReportInput = z.output<typeof reportSchema>;

/**
 * An operator's decision on the open reports of one or many postings: dismiss them, or take the
 * postings down. The note is required either way: reporters read it, and on a take-down it is
 * the reason the employer reads. `upTo` is the newest report the operator saw: a report that
 * arrives meanwhile is not dismissed unseen.
 */
export const handleReportsSchema = z.object({
  positionIds: z.preprocess((v) => (Array.isArray(v) ? v : v === undefined || v === "" ? [] : [v]), z.array(id).min(1, "choose_positions").max(100, "too_many")),
  decision: z.enum(["dismiss", "takedown"], { error: "choose_one" }),
  resolution: z.string().trim().min(1, "resolution_required").max(500, "too_long"),
  upTo: id,
});

export type HandleReportsInput = z.output<typeof handleReportsSchema>;
