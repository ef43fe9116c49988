import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";
import { AreaNav } from "@/components/layout/area-nav";
import { Badge } from "@/components/ui/badge";
import { Container } from "@/components/ui/container";
import { Toaster } from "@/components/ui/toaster";
import { requireArea } from "@/lib/auth/session";
import { countPendingReviews } from "@/lib/employers/queries";
import { countUnreadNotifications } from "@/lib/notifications/queries";
import { countOpenReports } from "@/lib/reports/queries";

export default async function AdminLayout({ children }: { children: ReactNode }) {
  const user = await requireArea("admin", "/admin");
  const [t, r, stats, pending, unread, openReports] = await Promise.all([
    getTranslations("adminArea"),
    getTranslations("reports"),
    getTranslations("stats"),
    countPendingReviews(),
    countUnreadNotifications({ userId: user.id }),
    countOpenReports(),
  ]);
  return (
    <ClientMessages namespaces={["toast"]}>
      <AreaNav
        label={t("nav")}
        items={[
          { href: "/admin", label: t("overview") },
          { href: "/admin/dashboard", label: stats("nav") },
          { href: "/admin/employers", label: t("employers") },
          { href: "/admin/positions", label: t("positions") },
          { href: "/admin/reports", label: r("nav") },
          { href: "/admin/announcements", label: t("navAnnouncements") },
          { href: "/admin/campaigns", label: t("navCampaigns") },
          { href: "/admin/catalog", label: t("navCatalog") },
          { href: "/admin/settings", label: t("navSettings") },
          { href: "/admin/audit", label: t("audit") },
        ]}
        aside={
          <div className="flex flex-wrap items-center gap-2 text-sm" data-testid="admin-pending">
            <Link href="/admin/employers" className="rounded hover:underline">
              <Badge tone={pending.employers ? "warning" : "neutral"}>{t("pendingEmployers", { count: pending.employers })}</Badge>
            </Link>
            <Link href="/admin/positions" className="rounded hover:underline">
              <Badge tone={pending.positions ? "warning" : "neutral"}>{t("pendingPositions", { count: pending.positions })}</Badge>
            </Link>
            <Link href="/admin/reports" className="rounded hover:underline">
              <Badge tone={openReports ? "danger" : "neutral"}>{r("pendingBadge", { count: openReports })}</Badge>
            </Link>
            <Link href="/admin" className="rounded hover:underline">
              <Badge tone={unread ? "brand" : "neutral"}>{t("unread", { count: unread })}</Badge>
            </Link>
          </div>
        }
      />
      <Container className="py-8">{children}</Container>
      <Toaster />
    </ClientMessages>
  );
}
