import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card, CardTitle } from "@/components/ui/card";
import { SectionHeading } from "@/components/ui/section-heading";
import type { BoardSummary } from "@/lib/campaigns/queries";
import { localized } from "@/lib/i18n/localized";

export async function BoardList({ boards }: { boards: BoardSummary[] }) {
  const [t, locale] = await Promise.all([getTranslations("boards"), getLocale()]);
  return (
    <section aria-labelledby="boards-title" className="py-10">
      <SectionHeading id="boards-title" title={t("title")} description={t("description")} />
      <div className="grid gap-4 md:grid-cols-2">
        {boards.map((board) => (
          <Card key={board.id} aria-labelledby={`board-${board.id}`}>
            <div className="flex items-start justify-between gap-3">
              <CardTitle id={`board-${board.id}`}>{localized(locale, board.nameZh, board.nameEn)}</CardTitle>
              <Badge tone="brand">{t("positions", { count: board.positions })}</Badge>
            </div>
            <p className="mt-2 text-sm text-slate-600">{localized(locale, board.descriptionZh, board.descriptionEn)}</p>
            {board.platforms.length > 0 ? (
              <ul className="mt-4 divide-y divide-slate-100 text-sm" aria-label={t("platforms")}>
                {board.platforms.map((platform) => (
                  <li key={platform.id} className="flex items-center justify-between gap-3 py-2">
                    <span className="text-slate-800">{localized(locale, platform.nameZh, platform.nameEn)}</span>
                    <span className="shrink-0 text-slate-600 tabular-nums">{t("positions", { count: platform.positions })}</span>
                  </li>
                ))}
              </ul>
            ) : null}
            <Link href={`/talent/projects/new?board=${board.id}`} className="mt-4 inline-block text-sm font-medium text-brand-700 hover:underline">
              {t("registerProject")}
            </Link>
          </Card>
        ))}
      </div>
    </section>
  );
}
