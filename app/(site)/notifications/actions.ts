"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { action } from "@/lib/actions/action";
import { markNotificationsRead } from "@/lib/notifications/queries";

export const markAllNotificationsReadAction = action({ schema: z.object({}), permission: () => ({ action: "account.use" }) }, async (_input, { user }) => {
  await markNotificationsRead({ userId: user!.id });
  revalidatePath("/", "layout");
});
