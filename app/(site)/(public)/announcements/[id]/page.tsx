import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Markdown } from "@/components/positions/markdown";
import { Badge } from "@/components/ui/badge";
import { Card, CardTitle } from "@/components/ui/card";
import { Container } from "@/components/ui/container";
import { getAnnouncement } from "@/lib/announcements/queries";
import { parseId } from "@/lib/http/ids";
import { localized } from "@/lib/i18n/localized";

async function load(id: string) {
  const announcementId = parseId(id);
  return announcementId ? getAnnouncement({ id: announcementId }) : null;
}

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  const announcement = await load((await params).id);
  return { title: announcement?.title };
}

export default async function AnnouncementPage({ params }: { params: Promise<{ id: string }> }) {
  const announcement = await load((await params).id);
  if (!announcement) notFound();
  const [t, format, locale] = await Promise.all([getTranslations("announcements"), getFormatter(), getLocale()]);
  return (
    <Container className="max-w-4xl py-8">
      <nav aria-label={t("breadcrumb")} className="text-sm text-slate-600">
        <Link href="/announcements" className="hover:underline">
          {t("title")}
        </Link>
      </nav>
      <div className="mt-3 flex flex-wrap items-center gap-2">
        <Badge tone="brand">{localized(locale, announcement.categoryZh, announcement.categoryEn)}</Badge>
        {announcement.pinned ? <Badge tone="warning">{t("pinned")}</Badge> : null}
      </div>
      <h1 className="mt-2 text-2xl font-bold text-slate-900 sm:text-3xl">{announcement.title}</h1>
      <p className="mt-2 text-sm text-slate-600">
        {t("published", { date: format.dateTime(new Date(announcement.publishedAt), { dateStyle: "long" }) })}
        {announcement.deadline ? ` · ${t("deadline", { date: format.dateTime(new Date(announcement.deadline), { dateStyle: "long" }) })}` : ""}
      </p>
      <Card className="mt-6">
        <Markdown>{announcement.body}</Markdown>
      </Card>
      {announcement.positions.length > 0 ? (
        <Card className="mt-6">
          <CardTitle>{t("positions", { count: announcement.positions.length })}</CardTitle>
          <ul className="mt-3 divide-y divide-slate-100">
            {announcement.positions.map((p) => (
              <li key={p.id} className="flex flex-wrap justify-between gap-2 py-2 text-sm">
                <Link href={`/positions/${p.id}`} className="font-medium text-brand-700 hover:underline">
                  {p.title}
                </Link>
                <span className="text-slate-600">{p.employerName}</span>
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
    </Container>
  );
}
