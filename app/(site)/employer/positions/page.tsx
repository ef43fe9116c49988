import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { PositionStatusBadge } from "@/components/employer/position-status-badge";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireArea } from "@/lib/auth/session";
import { findEmployerPositions } from "@/lib/positions/mutations";

export async function generateMetadata() {
  const t = await getTranslations("positionForm");
  return { title: t("myPositions") };
}


export default async function EmployerPositionsPage() {
  const user = await requireArea("employer", "/employer/positions");
  const [t, format, rows] = await Promise.all([getTranslations("positionForm"), getFormatter(), findEmployerPositions({ employerId: user.employerId! })]);
  return (
    <div className="space-y-6">
      <PageHeader title={t("myPositions")} description={t("myPositionsIntro")} actions={<ButtonLink href="/employer/positions/new">{t("new")}</ButtonLink>} />
      {rows.length === 0 ? (
        <EmptyState title={t("none")} />
      ) : (
        <ul className="divide-y divide-slate-200 rounded-xl bg-white shadow-sm ring-1 ring-slate-200">
          {rows.map((row) => (
            <li key={row.id} className="flex flex-col gap-1 p-4 sm:flex-row sm:items-center sm:justify-between" data-testid="employer-position">
              <div className="min-w-0">
                <Link href={`/employer/positions/${row.id}`} className="font-medium text-slate-900 hover:underline">
                  {row.title}
                </Link>
                {row.rejectionReason ? <p className="text-sm text-red-700">{t("rejectedBecause", { reason: row.rejectionReason })}</p> : null}
                {row.takedownReason ? <p className="text-sm text-red-700">{t("takenDownBecause", { reason: row.takedownReason })}</p> : null}
              </div>
              <div className="flex shrink-0 items-center gap-3 text-sm text-slate-600">
                <span>{format.dateTime(row.updatedAt, { dateStyle: "medium" })}</span>
                <PositionStatusBadge status={row.status} />
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
