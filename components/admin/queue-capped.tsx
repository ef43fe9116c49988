import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";

/** Above a review queue that shows only its oldest entries: how many wait in all. */
export async function QueueCapped({ shown, total }: { shown: number; total: number }) {
  if (total <= shown) return null;
  const t = await getTranslations("adminArea");
  return <Alert tone="info">{t("queueCapped", { total, shown })}</Alert>;
}
