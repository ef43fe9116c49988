import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";

/** The match score out of 100, toned by how good it is. */
export function ScoreBadge({ score }: { score: number }) {
  const t = useTranslations("matching");
  return (
    <Badge tone={score >= 75 ? "success" : score >= 55 ? "brand" : "neutral"} title={t("scoreLabel")} className="tabular-nums">
      {t("score", { score })}
    </Badge>
  );
}
