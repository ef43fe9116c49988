import { getFormatter, getTranslations } from "next-intl/server";
import { InviteMemberForm } from "@/components/employer/invite-member-form";
import { MemberActions, RevokeInvitation } from "@/components/employer/member-actions";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Badge } from "@/components/ui/badge";
import { Card, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { listMembers, listOpenInvitations } from "@/lib/accounts/members";
import { can } from "@/lib/auth/policy";
import { requireArea } from "@/lib/auth/session";

export async function generateMetadata() {
  const t = await getTranslations("employerArea");
  return { title: t("members") };
}

export default async function EmployerMembersPage() {
  const user = await requireArea("employer", "/employer/members");
  const employerId = user.employerId!;
  const manages = can(user, { action: "employer.members.manage", employerId });
  const [t, format, members, invitations] = await Promise.all([
    getTranslations("employerArea"),
    getFormatter(),
    listMembers({ employerId }),
    manages ? listOpenInvitations({ employerId }) : Promise.resolve([]),
  ]);
  return (
    <ClientMessages namespaces={["employerArea", "formErrors", "validation"]}>
      <div className="space-y-6">
        <PageHeader title={t("members")} description={manages ? t("membersIntroOwner") : t("membersIntroRecruiter")} />
        <Card>
          <CardTitle>{t("people")}</CardTitle>
          <ul className="mt-3 divide-y divide-slate-100">
            {members.map((member) => (
              <li key={member.userId} className="flex flex-col gap-2 py-3 sm:flex-row sm:items-center sm:justify-between" data-testid="member-row">
                <div className="min-w-0">
                  <p className="font-medium text-slate-900">
                    {member.name} {member.userId === user.id ? <span className="text-sm text-slate-600">({t("you")})</span> : null}
                  </p>
                  <p className="truncate text-sm text-slate-600">{member.email}</p>
                </div>
                {manages && member.userId !== user.id ? (
                  <MemberActions userId={member.userId} role={member.role} name={member.name} />
                ) : (
                  <Badge>{t(`memberRole.${member.role}`)}</Badge>
                )}
              </li>
            ))}
          </ul>
        </Card>
        {manages ? (
          <>
            <Card>
              <CardTitle>{t("inviteTitle")}</CardTitle>
              <p className="mb-4 mt-1 text-sm text-slate-600">{t("inviteIntro")}</p>
              <InviteMemberForm />
            </Card>
            {invitations.length > 0 ? (
              <Card>
                <CardTitle>{t("openInvitations")}</CardTitle>
                <ul className="mt-3 divide-y divide-slate-100">
                  {invitations.map((invitation) => (
                    <li key={invitation.id} className="flex flex-wrap items-center justify-between gap-2 py-3">
                      <div>
                        <p className="font-medium text-slate-900">{invitation.email}</p>
                        <p className="text-sm text-slate-600">
                          {t(`memberRole.${invitation.role}`)} · {t("expires", { date: format.dateTime(invitation.expiresAt, { dateStyle: "medium" }) })}
                        </p>
                      </div>
                      <RevokeInvitation invitationId={invitation.id} email={invitation.email} />
                    </li>
                  ))}
                </ul>
              </Card>
            ) : null}
          </>
        ) : null}
      </div>
    </ClientMessages>
  );
}
