import { getFormatter, getTranslations } from "next-intl/server";
import { PositionStatusBadge } from "@/components/employer/position-status-badge";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { Field, Input } from "@/components/ui/field";
import type { LinkedPosition } from "@/lib/announcements/manage";
import { PositionIdForm, PositionLinkButton } from "./position-link-form";

export interface FoundPosition {
  id: number;
  title: string;
  employerName: string;
}

/** The positions an announcement recruits for: the list with its closing times, and two ways to add. */
export async function AnnouncementPositions({ announcementId, linked, q, found }: { announcementId: number; linked: LinkedPosition[]; q?: string; found: FoundPosition[] | null }) {
  const [t, format] = await Promise.all([getTranslations("adminManage.announcements.positions"), getFormatter()]);
  const linkedIds = new Set(linked.map((p) => p.id));
  return (
    <Card className="space-y-5" aria-labelledby="positions-heading">
      <div>
        <CardTitle id="positions-heading">{t("heading")}</CardTitle>
        <p className="mt-1 text-sm text-slate-600">{t("intro")}</p>
      </div>
      {linked.length === 0 ? (
        <p className="text-sm text-slate-600">{t("none")}</p>
      ) : (
        <ul className="divide-y divide-slate-100" data-testid="linked-positions">
          {linked.map((p) => (
            <li key={p.id} className="flex flex-wrap items-center gap-x-4 gap-y-1 py-2 text-sm">
              <span className="w-14 shrink-0 tabular-nums text-slate-500">#{p.id}</span>
              <span className="min-w-0 flex-1">
                <span className="block font-medium text-slate-900">{p.title}</span>
                <span className="block text-slate-600">{p.employerName}</span>
              </span>
              <span className="flex items-center gap-2">
                <PositionStatusBadge status={p.status as "draft"} />
                {p.closed ? <Badge tone="danger">{t("closed")}</Badge> : null}
              </span>
              <span className="w-36 shrink-0 text-slate-700" data-testid="closes-at">
                {t("closesAt")}: {p.closesAt ? format.dateTime(p.closesAt, { dateStyle: "medium", timeZone: "Asia/Shanghai" }) : t("open")}
              </span>
              <PositionLinkButton announcementId={announcementId} positionId={p.id} title={p.title} remove />
            </li>
          ))}
        </ul>
      )}
      <div className="grid gap-6 border-t border-slate-200 pt-5 lg:grid-cols-2">
        <section className="space-y-2">
          <h3 className="text-sm font-semibold text-slate-900">{t("addById")}</h3>
          <PositionIdForm announcementId={announcementId} />
        </section>
        <section className="space-y-2">
          <h3 className="text-sm font-semibold text-slate-900">{t("search")}</h3>
          <form method="get" className="flex flex-wrap items-end gap-2">
            <Field id="position-search" label={t("searchLabel")} className="min-w-0 flex-1">
              {(props) => <Input {...props} name="q" type="search" maxLength={100} defaultValue={q ?? ""} />}
            </Field>
            <Button type="submit" variant="secondary">
              {t("searchButton")}
            </Button>
          </form>
          {found && found.length === 0 ? <p className="text-sm text-slate-600">{t("noResults")}</p> : null}
          {found && found.length > 0 ? (
            <ul className="divide-y divide-slate-100" data-testid="position-search-results">
              {found.map((p) => (
                <li key={p.id} className="flex items-center gap-3 py-2 text-sm">
                  <span className="min-w-0 flex-1">
                    <span className="block font-medium text-slate-900">{p.title}</span>
                    <span className="block text-slate-600">
                      #{p.id} · {p.employerName}
                    </span>
                  </span>
                  {linkedIds.has(p.id) ? <Badge tone="success">{t("listed")}</Badge> : <PositionLinkButton announcementId={announcementId} positionId={p.id} title={p.title} />}
                </li>
              ))}
            </ul>
          ) : null}
        </section>
      </div>
    </Card>
  );
}
