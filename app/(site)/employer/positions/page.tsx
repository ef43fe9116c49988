import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { PositionStatusBadge } from "@/components/employer/position-status-badge";
import { Button, ButtonLink } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { EmptyState } from "@/components/ui/empty-state";
import { Input, Select } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { Pager } from "@/components/ui/pager";
import { requireArea } from "@/lib/auth/session";
import { findEmployerPositions } from "@/lib/positions/mutations";
import { type EmployerPositionsSearch, parseEmployerPositionsSearch } from "@/lib/positions/schemas";

export async function generateMetadata() {
  const t = await getTranslations("positionForm");
  return { title: t("myPositions") };
}

function hrefOf(search: EmployerPositionsSearch, change: Partial<EmployerPositionsSearch>): string {
  const next = { ...search, page: 1, ...change };
  const params = new URLSearchParams();
  if (next.status) params.set("status", next.status);
  if (next.q) params.set("q", next.q);
  if (next.page > 1) params.set("page", String(next.page));
  const text = params.toString();
  return `/employer/positions${text ? `?${text}` : ""}`;
}

/** The employer's positions, last changed first, 50 a page, by status and by part of the title. */
export default async function EmployerPositionsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireArea("employer", "/employer/positions");
  const search = parseEmployerPositionsSearch(await searchParams);
  const [t, format, result] = await Promise.all([getTranslations("positionForm"), getFormatter(), findEmployerPositions({ employerId: user.employerId!, ...search })]);
  const statuses = Object.keys(result.counts) as (keyof typeof result.counts)[];
  const total = Object.values(result.counts).reduce((sum, n) => sum + n, 0);
  const filtered = Boolean(search.status || search.q);
  return (
    <div className="space-y-6">
      <PageHeader title={t("myPositions")} description={t("myPositionsIntro")} actions={<ButtonLink href="/employer/positions/new">{t("new")}</ButtonLink>} />
      {total === 0 ? (
        <EmptyState title={t("none")} />
      ) : (
        <>
          <nav aria-label={t("statusCounts")} className="flex flex-wrap gap-2 text-sm">
            {[undefined, ...statuses].map((status) => {
              const current = search.status === status;
              return (
                <Link
                  key={status ?? "all"}
                  href={hrefOf(search, { status })}
                  aria-current={current ? "page" : undefined}
                  className={cn("rounded-full px-3 py-1 ring-1", current ? "bg-brand-700 text-white ring-brand-700" : "bg-white text-slate-700 ring-slate-300 hover:bg-slate-50")}
                  data-testid={`status-${status ?? "all"}`}
                >
                  {status ? t(`status.${status}`) : t("allStatuses")} ({format.number(status ? result.counts[status] : total)})
                </Link>
              );
            })}
          </nav>
          <form key={JSON.stringify([search.status, search.q])} method="get" action="/employer/positions" role="search" aria-label={t("listFilters")} className="flex flex-col gap-3 rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:flex-row sm:items-end">
            <label className="block min-w-0 flex-1 text-sm font-medium text-slate-800">
              {t("findTitle")}
              <Input name="q" defaultValue={search.q ?? ""} maxLength={100} placeholder={t("findTitlePlaceholder")} className="mt-1" />
            </label>
            <label className="block text-sm font-medium text-slate-800">
              {t("statusLabel")}
              <Select name="status" defaultValue={search.status ?? ""} className="mt-1">
                <option value="">{t("allStatuses")}</option>
                {statuses.map((s) => (
                  <option key={s} value={s}>
                    {t(`status.${s}`)}
                  </option>
                ))}
              </Select>
            </label>
            <Button type="submit">{t("apply")}</Button>
            {filtered ? (
              <ButtonLink href="/employer/positions" variant="ghost">
                {t("clearFilters")}
              </ButtonLink>
            ) : null}
          </form>
          {result.rows.length === 0 ? (
            <EmptyState title={t("noneMatching")} />
          ) : (
            <ul className="divide-y divide-slate-200 rounded-xl bg-white shadow-sm ring-1 ring-slate-200">
              {result.rows.map((row) => (
                <li key={row.id} className="flex flex-col gap-1 p-4 sm:flex-row sm:items-center sm:justify-between" data-testid="employer-position">
                  <div className="min-w-0">
                    <Link href={`/employer/positions/${row.id}`} className="font-medium break-words text-slate-900 hover:underline">
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
          <Pager page={result.page} hasMore={result.hasMore} hrefOf={(page) => hrefOf(search, { page })} labels={{ previous: t("previousPage"), next: t("nextPage"), current: t("pageOf", { page: result.page }) }} />
        </>
      )}
    </div>
  );
}
