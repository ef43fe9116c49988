import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { AnnouncementControls } from "@/components/admin/announcement-controls";
import { AnnouncementForm } from "@/components/admin/announcement-form";
import { AnnouncementPositions } from "@/components/admin/announcement-positions";
import { AnnouncementStatusBadge } from "@/components/admin/announcement-status-badge";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { announcementFormValues } from "@/lib/announcements/form-values";
import { findPublishedPositionsByTitle, getAnnouncementOptions, getManagedAnnouncement } from "@/lib/announcements/manage";
import { requirePermission } from "@/lib/auth/session";
import { parseId } from "@/lib/http/ids";

const SAVED = ["created", "saved", "publish", "unpublish"] as const;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export async function generateMetadata() {
  const t = await getTranslations("adminManage.announcements");
  return { title: t("edit") };
}

export default async function AdminAnnouncementPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[]>> }) {
  const { id } = await params;
  await requirePermission({ action: "admin.manage" }, `/admin/announcements/${id}`);
  const announcementId = parseId(id);
  const announcement = announcementId ? await getManagedAnnouncement({ id: announcementId }) : null;
  if (!announcement) notFound();
  const query = await searchParams;
  const q = one(query.q)?.trim().slice(0, 100) || undefined;
  const [t, format, options, found] = await Promise.all([
    getTranslations("adminManage.announcements"),
    getFormatter(),
    getAnnouncementOptions(),
    q ? findPublishedPositionsByTitle({ q }) : null,
  ]);
  const saved = SAVED.find((s) => s === one(query.saved));
  const when = (d: Date) => format.dateTime(d, { dateStyle: "long", timeStyle: "short", timeZone: "Asia/Shanghai" });
  return (
    <ClientMessages namespaces={["adminManage", "formErrors", "validation"]}>
      <div className="space-y-6">
        <PageHeader title={announcement.title} actions={<AnnouncementStatusBadge status={announcement.status} />} />
        {saved ? <Alert tone="success">{t(`saved.${saved}`)}</Alert> : null}
        <Card className="space-y-3">
          <CardTitle>{t("publication.heading")}</CardTitle>
          <p className="text-sm text-slate-700">
            {announcement.publishedAt ? t(`publication.${announcement.status as "scheduled" | "published"}`, { date: when(announcement.publishedAt) }) : t("publication.draft")}
          </p>
          <AnnouncementControls id={announcement.id} published={announcement.publishedAt != null} />
          {announcement.status === "published" ? (
            <ButtonLink href={`/announcements/${announcement.id}`} variant="ghost" className="px-0">
              {t("publication.viewPublic")}
            </ButtonLink>
          ) : null}
        </Card>
        <Card>
          {/* Keyed by the version: after a save or a publish the form starts again from what is stored. */}
          <AnnouncementForm
            key={announcement.updatedAt.toISOString()}
            options={options}
            initial={announcementFormValues(announcement)}
            initialTags={announcement.tagIds}
            edit={{ id: announcement.id, updatedAt: announcement.updatedAt.toISOString() }}
          />
        </Card>
        <AnnouncementPositions announcementId={announcement.id} linked={announcement.positions} q={q} found={found} />
      </div>
    </ClientMessages>
  );
}
