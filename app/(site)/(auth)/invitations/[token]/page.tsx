import { getTranslations } from "next-intl/server";
import { AcceptInvitationForm } from "@/components/auth/accept-invitation-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { getOpenInvitation } from "@/lib/accounts/members";

export async function generateMetadata() {
  const t = await getTranslations("auth");
  return { title: t("invitationTitle") };
}

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const t = await getTranslations("auth");
  const invitation = /^[A-Za-z0-9_-]{20,100}$/.test(token) ? await getOpenInvitation({ token }) : null;
  if (!invitation) {
    return (
      <Card>
        <h1 className="text-2xl font-bold text-slate-900">{t("invitationInvalidTitle")}</h1>
        <p className="mt-2 text-slate-600">{t("invitationInvalidBody")}</p>
        <ButtonLink href="/" className="mt-6" variant="secondary">
          {t("backHome")}
        </ButtonLink>
      </Card>
    );
  }
  return (
    <ClientMessages namespaces={["auth", "formErrors", "validation"]}>
      <Card>
        <h1 className="text-2xl font-bold text-slate-900">{t("invitationTitle")}</h1>
        <p className="mb-6 mt-1 text-sm text-slate-600">{t("invitationIntro", { employer: invitation.employerName })}</p>
        <AcceptInvitationForm token={token} email={invitation.email} />
      </Card>
    </ClientMessages>
  );
}
