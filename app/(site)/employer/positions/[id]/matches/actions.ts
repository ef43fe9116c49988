"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { action } from "@/lib/actions/action";
import { inviteTalent } from "@/lib/matching/mutations";

export const inviteTalentAction = action(
  {
    schema: z.object({
      positionId: z.coerce.number({ error: "invalid" }).int("invalid").positive("invalid"),
      talentId: z.uuid({ error: "invalid" }),
    }),
    permission: (user) => ({ action: "employer.publish", employerId: user.employerId ?? -1 }),
  },
  async ({ positionId, talentId }, { user, ip }) => {
    await inviteTalent({ positionId, talentId, employerId: user!.employerId!, userId: user!.id, ip });
    revalidatePath(`/employer/positions/${positionId}/matches`, "layout");
    return { ok: true, message: "invited" };
  },
);
