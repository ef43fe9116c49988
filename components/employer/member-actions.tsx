"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { changeMemberRoleAction, removeMemberAction, revokeInvitationAction } from "@/app/(site)/employer/actions";
import { FormError } from "@/components/forms/form-state";
import { Select } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";

export function MemberActions({ userId, role, name }: { userId: string; role: "owner" | "recruiter"; name: string }) {
  const t = useTranslations("employerArea");
  const [roleState, roleAction] = useActionState(changeMemberRoleAction, null);
  const [removeState, removeAction] = useActionState(removeMemberAction, null);
  return (
    <div className="space-y-2">
      <FormError state={roleState} />
      <FormError state={removeState} />
      <div className="flex flex-wrap items-center gap-2">
        <form action={roleAction} className="flex items-center gap-2">
          <input type="hidden" name="userId" value={userId} />
          <label className="sr-only" htmlFor={`role-${userId}`}>
            {t("roleOf", { name })}
          </label>
          <Select id={`role-${userId}`} name="role" defaultValue={role} className="w-32">
            <option value="recruiter">{t("memberRole.recruiter")}</option>
            <option value="owner">{t("memberRole.owner")}</option>
          </Select>
          <SubmitButton size="sm" variant="secondary">
            {t("saveRole")}
          </SubmitButton>
        </form>
        <form action={removeAction}>
          <input type="hidden" name="userId" value={userId} />
          <SubmitButton size="sm" variant="ghost" aria-label={t("removeNamed", { name })}>
            {t("remove")}
          </SubmitButton>
        </form>
      </div>
    </div>
  );
}

export function RevokeInvitation({ invitationId, email }: { invitationId: string; email: string }) {
  const t = useTranslations("employerArea");
  const [state, formAction] = useActionState(revokeInvitationAction, null);
  return (
    <form action={formAction}>
      <FormError state={state} />
      <input type="hidden" name="invitationId" value={invitationId} />
      <SubmitButton size="sm" variant="ghost" aria-label={t("revokeNamed", { email })}>
        {t("revoke")}
      </SubmitButton>
    </form>
  );
}
