"use server";

import { redirect } from "next/navigation";
import { deleteAccountSchema } from "@/lib/accounts/schemas";
import { action } from "@/lib/actions/action";
import { signOut } from "@/lib/auth";
import { deleteTalentAccount } from "@/lib/talents/privacy";

export const deleteAccountAction = action(
  { schema: deleteAccountSchema, permission: (user) => ({ action: "talent.own", talentId: user.id }) },
  async ({ password }, { user, ip }) => {
    await deleteTalentAccount({ talentId: user!.id, password, ip });
    await signOut({ redirect: false });
    redirect("/?deleted=1");
  },
);
