"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { action } from "@/lib/actions/action";
import { hideRecommendation } from "@/lib/matching/mutations";

export const hideRecommendationAction = action(
  {
    schema: z.object({ positionId: z.coerce.number({ error: "invalid" }).int("invalid").positive("invalid") }),
    permission: (user) => ({ action: "talent.own", talentId: user.id }),
  },
  async ({ positionId }, { user }) => {
    await hideRecommendation({ talentId: user!.id, positionId });
    revalidatePath("/talent/recommendations");
    return { ok: true };
  },
);
