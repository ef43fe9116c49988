"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { action } from "@/lib/actions/action";
import { positionsChanged, publicPagesChanged } from "@/lib/cache/public-pages";
import { decideEmployer } from "@/lib/employers/queries";
import { decidePositions } from "@/lib/positions/mutations";
import { markNotificationsRead } from "@/lib/notifications/queries";

const review = () => ({ action: "admin.review" as const });

const decisionSchema = z
  .object({
    employerId: z.coerce.number({ error: "invalid" }).int("invalid").positive("invalid"),
    decision: z.enum(["verify", "reject"], { error: "choose_one" }),
    reason: z.string().trim().max(500, "too_long").optional(),
  })
  .superRefine((value, ctx) => {
    if (value.decision === "reject" && !value.reason) ctx.addIssue({ code: "custom", message: "reason_required", path: ["reason"] });
  });

export const decideEmployerAction = action({ schema: decisionSchema, permission: review }, async (input, { user, ip }) => {
  await decideEmployer({ ...input, operatorId: user!.id, ip });
  revalidatePath("/admin", "layout");
  publicPagesChanged();
  return { ok: true, message: input.decision === "verify" ? "verified" : "rejected" };
});

export const markNotificationsReadAction = action({ schema: z.object({}), permission: review }, async (_input, { user }) => {
  await markNotificationsRead({ userId: user!.id });
  revalidatePath("/admin", "layout");
});

const positionDecisionSchema = z
  .object({
    ids: z.preprocess(
      (v) => (Array.isArray(v) ? v : v === undefined || v === "" ? [] : [v]),
      z.array(z.coerce.number({ error: "invalid" }).int("invalid").positive("invalid")).min(1, "choose_positions").max(100, "too_many"),
    ),
    decision: z.enum(["approve", "reject"], { error: "choose_one" }),
    reason: z.string().trim().max(500, "too_long").optional(),
  })
  .superRefine((value, ctx) => {
    if (value.decision === "reject" && !value.reason) ctx.addIssue({ code: "custom", message: "reason_required", path: ["reason"] });
  });

/** Approves or rejects one or many postings; each is decided on its own. */
export const decidePositionsAction = action({ schema: positionDecisionSchema, permission: review }, async (input, { user, ip }) => {
  const result = await decidePositions({ ...input, operatorId: user!.id, ip });
  revalidatePath("/admin", "layout");
  revalidatePath("/positions");
  await positionsChanged(input.ids);
  return { ok: true, data: result, message: input.decision };
});
