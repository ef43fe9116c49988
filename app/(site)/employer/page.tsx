import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Card, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireArea } from "@/lib/auth/session";
import { getEmployer } from "@/lib/employers/queries";
import { IntentsAtGlance } from "@/components/employer/intents-at-a-glance";

export async function generateMetadata() {
  const t = await getTranslations("employerArea");
  return { title: t("overview") };
}

const statusTone = { pending: "warning", verified: "success", rejected: "danger", suspended: "danger" } as const;

export default async function EmployerHomePage() {
  // Entering the employer area requires a membership, so employerId is the user's own organisation.
  const actor = await requireArea("employer", "/employer");
  const employer = await getEmployer({ employerId: actor.employerId! });
  const [t, kinds] = await Promise.all([getTranslations("employerArea"), getTranslations("employerKind")]);
  return (
    <div className="space-y-6">
      <PageHeader title={employer.name} description={kinds(employer.kind)} actions={<Badge tone={statusTone[employer.status]}>{t(`status.${employer.status}`)}</Badge>} />
      {employer.status === "pending" ? (
        <Alert tone="warning">
          <span data-testid="employer-pending">{t("pendingNotice")}</span>
        </Alert>
      ) : null}
      {employer.status === "rejected" ? <Alert tone="error">{t("rejectedNotice", { reason: employer.rejectionReason ?? "" })}</Alert> : null}
      {employer.status === "verified" ? <Alert tone="success">{t("verifiedNotice")}</Alert> : null}
      <Card>
        <CardTitle>{t("organisation")}</CardTitle>
        <dl className="mt-3 grid gap-3 text-sm sm:grid-cols-2">
          <div>
            <dt className="text-slate-600">{t("creditCode")}</dt>
            <dd className="font-mono font-medium text-slate-900">{employer.creditCode}</dd>
          </div>
          <div>
            <dt className="text-slate-600">{t("yourRole")}</dt>
            <dd className="font-medium text-slate-900">{t(`memberRole.${actor.memberRole ?? "recruiter"}`)}</dd>
          </div>
        </dl>
      </Card>
      <IntentsAtGlance userId={actor.id} employerId={employer.id} />
    </div>
  );
}
