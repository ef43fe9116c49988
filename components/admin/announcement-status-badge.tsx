import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import type { AnnouncementStatus } from "@/lib/announcements/schemas";

const tone = { draft: "neutral", scheduled: "warning", published: "success" } as const;

export async function AnnouncementStatusBadge({ status }: { status: AnnouncementStatus }) {
  const t = await getTranslations("adminManage.announcements.statusName");
  return <Badge tone={tone[status]}>{t(status)}</Badge>;
}
