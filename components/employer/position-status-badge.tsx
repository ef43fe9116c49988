import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";

const tone = { draft: "neutral", in_review: "warning", published: "success", closed: "danger" } as const;

export async function PositionStatusBadge({ status }: { status: keyof typeof tone }) {
  const t = await getTranslations("positionForm");
  return <Badge tone={tone[status]}>{t(`status.${status}`)}</Badge>;
}
