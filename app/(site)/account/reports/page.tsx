import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireArea } from "@/lib/auth/session";
import { findReportsBy } from "@/lib/reports/queries";

export async function generateMetadata() {
  const t = await getTranslations("reports");
  return { title: t("myReports") };
}

const tone = { open: "warning", dismissed: "neutral", actioned: "success" } as const;

/** What a person reported and what the operators decided (they are also notified when it is handled). */
export default async function MyReportsPage() {
  const user = await requireArea("account", "/account/reports");
  const [t, format, rows] = await Promise.all([getTranslations("reports"), getFormatter(), findReportsBy({ reporterId: user.id })]);
  return (
    <div className="space-y-6">
      <PageHeader title={t("myReports")} description={t("myReportsIntro")} />
      {rows.length === 0 ? (
        <EmptyState title={t("noReports")} />
      ) : (
        <ul className="divide-y divide-slate-200 rounded-xl bg-white shadow-sm ring-1 ring-slate-200">
          {rows.map((row) => (
            <li key={row.id} className="space-y-1 p-4" data-testid="my-report">
              <div className="flex flex-wrap items-start justify-between gap-2">
                <Link href={`/positions/${row.positionId}`} className="min-w-0 font-medium text-slate-900 hover:underline">
                  {row.title}
                </Link>
                <Badge tone={tone[row.status]}>{t(`status.${row.status}`)}</Badge>
              </div>
              <p className="text-sm text-slate-600">{t("filedOn", { date: format.dateTime(row.createdAt, { dateStyle: "medium" }), reason: t(`reason.${row.reason}`) })}</p>
              {row.details ? <p className="text-sm break-words whitespace-pre-line text-slate-700">{row.details}</p> : null}
              {row.resolution ? (
                <p className="text-sm text-slate-800">
                  {t("resolution", { date: row.handledAt ? format.dateTime(row.handledAt, { dateStyle: "medium" }) : "", text: row.resolution })}
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
