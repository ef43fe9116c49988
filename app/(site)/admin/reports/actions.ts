"use server";

import { revalidatePath } from "next/cache";
import { action } from "@/lib/actions/action";
import { positionsChanged } from "@/lib/cache/public-pages";
import { handleReports } from "@/lib/reports/moderation";
import { handleReportsSchema } from "@/lib/reports/schemas";

/** Dismisses the open reports of one or many postings, or takes the postings down; each on its own. */
export const handleReportsAction = action({ schema: handleReportsSchema, permission: () => ({ action: "admin.moderate" }) }, async (input, { user, ip }) => {
  const result = await handleReports({ ...input, operatorId: user!.id, ip });
  revalidatePath("/admin", "layout");
  if (input.decision === "takedown") {
    revalidatePath("/positions");
    await positionsChanged(input.positionIds);
    revalidatePath("/employer/positions", "layout");
  }
  return { ok: true, data: result, message: input.decision };
});
