"use server";

import { changePassword } from "@/lib/accounts/queries";
import { changePasswordSchema } from "@/lib/accounts/schemas";
import { action } from "@/lib/actions/action";
import { signIn } from "@/lib/auth";

export const changePasswordAction = action(
  { schema: changePasswordSchema, permission: () => ({ action: "account.use" }) },
  async ({ currentPassword, password }, { user, ip }) => {
    const updated = await changePassword({ userId: user!.id, currentPassword, password, ip });
    // Other sessions end (their version is older); this one continues under the new version.
    await signIn("credentials", { email: updated.email, password, redirect: false });
    return { ok: true, message: "password_changed" };
  },
);
