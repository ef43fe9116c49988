import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PositionForm } from "@/components/employer/position-form";
import { PositionMoves } from "@/components/employer/position-moves";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Alert } from "@/components/ui/alert";
import { PositionStatusBadge } from "@/components/employer/position-status-badge";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireArea } from "@/lib/auth/session";
import { getCatalog } from "@/lib/catalog/queries";
import { formValuesOf } from "@/lib/positions/form-values";
import { isEditable, movesFor } from "@/lib/positions/lifecycle";
import { getEmployerPosition } from "@/lib/positions/mutations";


export default async function EmployerPositionPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string }> }) {
  const { id } = await params;
  const user = await requireArea("employer", `/employer/positions/${id}`);
  // Another organisation's position, like a missing one, is not found.
  const position = /^[1-9][0-9]{0,9}$/.test(id) ? await getEmployerPosition({ id: Number(id), employerId: user.employerId! }) : null;
  if (!position) notFound();
  const [t, tm, catalog, { saved }] = await Promise.all([getTranslations("positionForm"), getTranslations("matching.matches"), getCatalog(), searchParams]);
  const moves = movesFor(position.status, "employer") as ("submit" | "close" | "reopen")[];
  return (
    <ClientMessages namespaces={["formErrors", "positionForm", "positions", "validation"]}>
      <div className="space-y-6">
        <PageHeader
          title={position.title}
          actions={<PositionStatusBadge status={position.status} />}
          description={t(`statusHelp.${position.status}`)}
        />
        {saved ? <Alert tone="success">{t("saved")}</Alert> : null}
        {position.rejectionReason ? <Alert tone="error">{t("rejectedBecause", { reason: position.rejectionReason })}</Alert> : null}
        {position.takedownReason ? (
          <Alert tone="error">
            <p className="font-medium">{t("takenDownBecause", { reason: position.takedownReason })}</p>
            <p className="mt-1">{t("takenDownHelp")}</p>
          </Alert>
        ) : null}
        <PositionMoves id={position.id} moves={moves} />
        {position.status === "published" ? (
          <ButtonLink href={`/positions/${position.id}`} variant="ghost">
            {t("viewPublic")}
          </ButtonLink>
        ) : null}
        <ButtonLink href={`/employer/positions/${position.id}/matches`} variant="secondary">
          {tm("link")}
        </ButtonLink>
        {isEditable(position.status) ? (
          <Card>
            <PositionForm catalog={catalog} initial={formValuesOf(position)} edit={{ id: position.id, version: position.version }} />
          </Card>
        ) : null}
      </div>
    </ClientMessages>
  );
}
