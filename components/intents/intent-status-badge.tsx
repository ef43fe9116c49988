import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import type { IntentStatus } from "@/lib/intents/status";

const TONES: Record<IntentStatus, "neutral" | "brand" | "success" | "warning" | "danger"> = {
  submitted: "neutral",
  viewed: "neutral",
  negotiating: "brand",
  reached: "success",
  signed: "success",
  onboard: "success",
  settled: "success",
  declined: "danger",
  withdrawn: "warning",
  no_response: "warning",
};

export async function IntentStatusBadge({ status }: { status: IntentStatus }) {
  const t = await getTranslations("intents.status");
  return <Badge tone={TONES[status]}>{t(status)}</Badge>;
}
