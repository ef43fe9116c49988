import Link from "next/link";
import { BellIcon } from "@/components/notifications/bell-icon";
import { getTranslations } from "next-intl/server";
import { FacetPanel } from "@/components/positions/facet-panel";
import { PositionCard } from "@/components/positions/position-card";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import { EmptyState } from "@/components/ui/empty-state";
import { Input, Select } from "@/components/ui/field";
import { getCatalog } from "@/lib/catalog/queries";
import { findPositionFacets, findPositions } from "@/lib/positions/queries";
import { newAlertHref } from "@/lib/alerts/query";
import { parseSearchLenient, searchHref, SORTS } from "@/lib/positions/search-params";

export async function generateMetadata({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  const t = await getTranslations("positions");
  const q = (await searchParams).q;
  return { title: typeof q === "string" && q ? t("titleFor", { q: q.slice(0, 40) }) : t("title") };
}

/** 岗位搜索: the whole search lives in the URL, so it can be shared and the back button works. */
export default async function PositionsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  const raw = await searchParams;
  const { search, dropped } = parseSearchLenient(raw);
  const [t, ta, catalog, result, facets] = await Promise.all([getTranslations("positions"), getTranslations("alerts"), getCatalog(), findPositions(search), findPositionFacets(search)]);
  const hidden = Object.entries(search).filter(([k, v]) => !["q", "sort", "cursor", "limit"].includes(k) && v !== undefined);
  return (
    <Container className="py-8">
      <h1 className="text-2xl font-bold text-slate-900">{t("title")}</h1>
      <form key={search.q ?? ""} method="get" action="/positions" role="search" className="mt-4 flex flex-col gap-2 sm:flex-row">
        <label htmlFor="q" className="sr-only">
          {t("searchLabel")}
        </label>
        <Input id="q" name="q" type="search" defaultValue={search.q ?? ""} placeholder={t("searchPlaceholder")} maxLength={100} className="sm:flex-1" />
        {hidden.map(([k, v]) => (
          <input key={k} type="hidden" name={k} value={String(v)} />
        ))}
        <label htmlFor="sort" className="sr-only">
          {t("sortLabel")}
        </label>
        <Select id="sort" name="sort" defaultValue={search.sort ?? ""} className="sm:w-40">
          <option value="">{t("sort.default")}</option>
          {SORTS.map((s) => (
            <option key={s} value={s}>
              {t(`sort.${s}`)}
            </option>
          ))}
        </Select>
        <Button type="submit">{t("search")}</Button>
      </form>
      {dropped.length > 0 ? (
        <Alert tone="warning" className="mt-4">
          {t("dropped", { names: dropped.join(", ") })}
        </Alert>
      ) : null}
      <div className="mt-6 grid gap-6 lg:grid-cols-[16rem_1fr]">
        {/* One panel (rendered once: it is a third of the page): folded on small screens, always
            open beside the results on large ones (globals.css, .filters-disclosure). */}
        <aside aria-label={t("filters")} className="min-w-0">
          <details className="filters-disclosure rounded-xl bg-white p-4 ring-1 ring-slate-200 lg:bg-transparent lg:p-0 lg:ring-0">
            <summary className="cursor-pointer font-medium text-slate-900">{t("filters")}</summary>
            <div className="mt-4 lg:mt-0">
              <FacetPanel search={search} facets={facets} catalog={catalog} />
            </div>
          </details>
        </aside>
        <section aria-labelledby="results-heading" className="min-w-0 space-y-3">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <h2 id="results-heading" className="text-sm text-slate-700" data-testid="result-count">
              {result.total.capped ? t("countCapped", { count: result.total.value }) : t("count", { count: result.total.value })}
            </h2>
            <Link href={newAlertHref(raw)} title={ta("controlHint")} className="inline-flex items-center gap-1 rounded-md px-2 py-1 text-sm font-medium text-brand-700 ring-1 ring-inset ring-brand-200 hover:bg-brand-50" data-testid="alert-me">
              <BellIcon className="size-4" />
              {ta("control")}
            </Link>
          </div>
          {result.emptyQuery ? <Alert tone="info">{t("emptyQuery")}</Alert> : null}
          {result.items.length === 0 ? (
            <EmptyState title={t("noResults")}>
              <Link href="/positions" className="text-brand-700 underline">
                {t("clearAll")}
              </Link>
            </EmptyState>
          ) : (
            <ol className="space-y-3">
              {result.items.map((position) => (
                <li key={position.id}>
                  <PositionCard position={position} />
                </li>
              ))}
            </ol>
          )}
          {result.nextCursor ? (
            <div className="flex justify-center pt-2">
              <Link href={searchHref(search as never, { cursor: result.nextCursor })} className="rounded-md bg-white px-4 py-2 text-sm font-medium text-brand-700 ring-1 ring-brand-200 hover:bg-brand-50" rel="next">
                {t("nextPage")}
              </Link>
            </div>
          ) : null}
        </section>
      </div>
    </Container>
  );
}
