"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { changeMemberRole, createInvitation, removeMember, revokeInvitation } from "@/lib/accounts/members";
import { inviteMemberSchema } from "@/lib/accounts/schemas";
import { action } from "@/lib/actions/action";
import { sendMail } from "@/lib/mail/outbox";
import { env } from "@/lib/env";

const manage = (user: { employerId?: number | null }) => ({ action: "employer.members.manage" as const, employerId: user.employerId ?? -1 });

export const inviteMemberAction = action({ schema: inviteMemberSchema, permission: manage }, async (input, { user, ip }) => {
  const { token } = await createInvitation({ ...input, employerId: user!.employerId!, invitedBy: user!.id, ip });
  const link = `${env().AUTH_URL ?? `http://localhost:${env().PORT}`}/invitations/${token}`;
  await sendMail({
    to: input.email,
    subject: `${user!.employerName ?? ""} · 智汇群岛 invitation`,
    text: `${user!.name} invites you to act for ${user!.employerName ?? ""} on 智汇群岛 / Zhihui Qundao.\n${link}\nThe link works once, for 7 days.`,
  });
  revalidatePath("/employer/members");
  return { ok: true, data: { link }, message: "invited" };
});

const memberSchema = z.object({ userId: z.uuid("invalid"), role: z.enum(["owner", "recruiter"], { error: "choose_one" }) });

export const changeMemberRoleAction = action({ schema: memberSchema, permission: manage }, async (input, { user, ip }) => {
  await changeMemberRole({ ...input, employerId: user!.employerId!, actorId: user!.id, ip });
  revalidatePath("/employer/members");
});

export const removeMemberAction = action({ schema: z.object({ userId: z.uuid("invalid") }), permission: manage }, async (input, { user, ip }) => {
  await removeMember({ ...input, employerId: user!.employerId!, actorId: user!.id, ip });
  revalidatePath("/employer/members");
});

export const revokeInvitationAction = action({ schema: z.object({ invitationId: z.uuid("invalid") }), permission: manage }, async (input, { user, ip }) => {
  await revokeInvitation({ ...input, employerId: user!.employerId!, actorId: user!.id, ip });
  revalidatePath("/employer/members");
});
