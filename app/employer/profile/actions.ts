"use server";

import { revalidatePath } from "next/cache";
import { action } from "@/lib/actions/action";
import { employerProfileSchema } from "@/lib/employers/profile";
import { updateEmployerProfile } from "@/lib/employers/queries";

export const updateEmployerProfileAction = action(
  { schema: employerProfileSchema, permission: (user) => ({ action: "employer.edit", employerId: user.employerId ?? -1 }) },
  async (profile, { user, ip }) => {
    await updateEmployerProfile({ employerId: user!.employerId!, userId: user!.id, profile, ip });
    revalidatePath("/employer", "layout");
    return { ok: true, message: "saved" };
  },
);
