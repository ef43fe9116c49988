import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { alertSearchHref } from "@/lib/alerts/query";

/** An alert's search in a line: its words, how many filters, and the link to its results. */
export async function AlertSummary({ query }: { query: string }) {
  const t = await getTranslations("alerts");
  const params = new URLSearchParams(query);
  const q = params.get("q");
  const filters = [...params.keys()].filter((k) => k !== "q").length;
  return (
    <p className="min-w-0 break-words text-sm text-slate-700">
      {q ? <span className="font-medium text-slate-900">{t("keyword", { q })}</span> : !filters ? <span className="font-medium text-slate-900">{t("everything")}</span> : null}
      {q || filters ? <span>{q ? " · " : ""}{t("filters", { count: filters })}</span> : null}
      {" · "}
      <Link href={alertSearchHref(query)} className="font-medium text-brand-700 hover:underline">
        {t("viewSearch")}
      </Link>
    </p>
  );
}
