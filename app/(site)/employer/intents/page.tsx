import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { BulkMoveList } from "@/components/employer/bulk-move-list";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { EmptyState } from "@/components/ui/empty-state";
import { Input, Select } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { Pager } from "@/components/ui/pager";
import { requirePermission } from "@/lib/auth/session";
import { DECLINE_REASONS, PIPELINE_STATUSES } from "@/lib/intents/lifecycle";
import { findPipelineIntents, findPositionsWithIntents, getPipelineBoard } from "@/lib/intents/queries";
import { parsePipelineSearch } from "@/lib/intents/schemas";
import { ScrollRegion } from "@/components/ui/scroll-region";

export async function generateMetadata() {
  const t = await getTranslations("intents");
  return { title: t("pipeline") };
}

type Search = ReturnType<typeof parsePipelineSearch>;

function hrefOf(search: Search, change: Partial<Search>): string {
  const next = { ...search, page: 1, ...change };
  const params = new URLSearchParams();
  if (next.view === "list") params.set("view", "list");
  if (next.positionId) params.set("position", String(next.positionId));
  if (next.status) params.set("status", next.status);
  if (next.kind) params.set("kind", next.kind);
  if (next.q) params.set("q", next.q);
  if (next.page > 1) params.set("page", String(next.page));
  const text = params.toString();
  return `/employer/intents${text ? `?${text}` : ""}`;
}

/** The pipeline: by state (board) or as a filterable list, per position or across all of them. */
export default async function PipelinePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePermission({ action: "account.use" }, "/employer/intents");
  await requirePermission({ action: "employer.intents.handle", employerId: user.employerId ?? -1 }, "/employer/intents");
  const search = parsePipelineSearch(await searchParams);
  const employerId = user.employerId!;
  const [t, format, positionsWithIntents] = await Promise.all([getTranslations("intents"), getFormatter(), findPositionsWithIntents({ employerId })]);
  const filter = { employerId, positionId: search.positionId, kind: search.kind, q: search.q };
  return (
    <ClientMessages namespaces={["formErrors", "intents", "validation"]}>
      <div className="space-y-6">
        <PageHeader title={t("pipeline")} description={t("pipelineIntro")} />
        <form key={JSON.stringify([search.view, search.positionId, search.status, search.kind, search.q])} method="get" action="/employer/intents" className="flex flex-col gap-3 rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:flex-row sm:flex-wrap sm:items-end" role="search" aria-label={t("filters")}>
          {search.view === "list" ? <input type="hidden" name="view" value="list" /> : null}
          <label className="block min-w-0 flex-1 text-sm font-medium text-slate-800 sm:min-w-56">
            {t("position")}
            <Select name="position" defaultValue={search.positionId ? String(search.positionId) : ""} className="mt-1">
              <option value="">{t("allPositions")}</option>
              {positionsWithIntents.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.title} ({p.n})
                </option>
              ))}
            </Select>
          </label>
          <label className="block text-sm font-medium text-slate-800">
            {t("kindLabel")}
            <Select name="kind" defaultValue={search.kind ?? ""} className="mt-1">
              <option value="">{t("allKinds")}</option>
              <option value="employment">{t("kind.employment")}</option>
              <option value="project">{t("kind.project")}</option>
            </Select>
          </label>
          {search.view === "list" ? (
            <label className="block text-sm font-medium text-slate-800">
              {t("statusLabel")}
              <Select name="status" defaultValue={search.status ?? ""} className="mt-1">
                <option value="">{t("allStatuses")}</option>
                {PIPELINE_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {t(`status.${s}`)}
                  </option>
                ))}
              </Select>
            </label>
          ) : null}
          <label className="block min-w-0 flex-1 text-sm font-medium text-slate-800 sm:min-w-40">
            {t("searchLabel")}
            <Input name="q" type="search" maxLength={50} defaultValue={search.q ?? ""} placeholder={t("searchPlaceholder")} className="mt-1" />
          </label>
          <Button type="submit">{t("filter")}</Button>
        </form>
        <nav aria-label={t("views")} className="flex gap-1 text-sm">
          {(["board", "list"] as const).map((view) => (
            <Link
              key={view}
              href={hrefOf(search, { view, status: undefined })}
              aria-current={search.view === view ? "page" : undefined}
              className={cn("rounded-md px-3 py-1.5 font-medium", search.view === view ? "bg-brand-600 text-white" : "text-slate-700 hover:bg-slate-100")}
            >
              {t(`view.${view}`)}
            </Link>
          ))}
        </nav>
        {search.view === "board" ? <BoardView search={search} filter={filter} /> : <ListView search={search} filter={filter} format={format} />}
      </div>
    </ClientMessages>
  );
}

async function BoardView({ search, filter }: { search: Search; filter: { employerId: number; positionId?: number; kind?: "employment" | "project"; q?: string } }) {
  const [t, columns] = await Promise.all([getTranslations("intents"), getPipelineBoard(filter)]);
  if (columns.every((c) => c.total === 0)) return <EmptyState title={t("noPipeline")} />;
  return (
    <ScrollRegion label={t("view.board")} className="-mx-4 px-4 pb-2 sm:mx-0 sm:px-0">
      <div className="flex gap-3">
        {columns.map((column) => (
          <section key={column.status} className="w-64 shrink-0 rounded-xl bg-slate-100 p-3" aria-labelledby={`col-${column.status}`} data-testid={`column-${column.status}`}>
            <h2 id={`col-${column.status}`} className="flex items-center justify-between text-sm font-semibold text-slate-800">
              {t(`status.${column.status}`)}
              <span className="rounded-full bg-white px-2 text-xs text-slate-600 tabular-nums">{column.total}</span>
            </h2>
            <ul className="mt-3 space-y-2">
              {column.cards.map((card) => (
                <li key={card.id}>
                  <Link href={`/employer/intents/${card.id}`} className="block rounded-lg bg-white p-3 text-sm shadow-sm ring-1 ring-slate-200 hover:ring-brand-300" data-testid="pipeline-card">
                    <span className="block font-medium text-slate-900">{card.talentName}</span>
                    <span className="mt-0.5 block truncate text-slate-600">{card.title}</span>
                  </Link>
                </li>
              ))}
            </ul>
            {column.total > column.cards.length ? (
              <Link href={hrefOf(search, { view: "list", status: column.status })} className="mt-2 block text-center text-xs font-medium text-brand-700 hover:underline">
                {t("showAll", { count: column.total })}
              </Link>
            ) : null}
          </section>
        ))}
      </div>
    </ScrollRegion>
  );
}

async function ListView({ search, filter, format }: { search: Search; filter: { employerId: number; positionId?: number; kind?: "employment" | "project"; q?: string }; format: Awaited<ReturnType<typeof getFormatter>> }) {
  const [t, result] = await Promise.all([getTranslations("intents"), findPipelineIntents({ ...filter, status: search.status, page: search.page })]);
  if (result.rows.length === 0) return <EmptyState title={t("noPipeline")} />;
  return (
    <div className="space-y-4">
      <BulkMoveList
        reasons={DECLINE_REASONS}
        rows={result.rows.map((r) => ({
          id: r.id,
          title: r.title,
          talentName: r.talentName,
          kindLabel: t(`kind.${r.kind}`),
          statusLabel: t(`status.${r.status}`),
          changed: format.dateTime(r.statusChangedAt, { dateStyle: "medium" }),
          unread: r.unread,
        }))}
      />
      <Pager page={result.page} hasMore={result.hasMore} hrefOf={(page) => hrefOf(search, { page })} labels={{ previous: t("previousPage"), next: t("nextPage") }} />
    </div>
  );
}
