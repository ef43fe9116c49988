import { getTranslations } from "next-intl/server";
import { PositionReviewForm } from "@/components/admin/position-review-form";
import { QueueCapped } from "@/components/admin/queue-capped";
import { ClientMessages } from "@/components/i18n/client-messages";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/session";
import { countPendingReviews } from "@/lib/employers/queries";
import { findPositionsInReview } from "@/lib/positions/mutations";

export async function generateMetadata() {
  const t = await getTranslations("adminArea");
  return { title: t("positions") };
}

export default async function AdminPositionsPage() {
  await requirePermission({ action: "admin.review" }, "/admin/positions");
  const [t, queue, waiting] = await Promise.all([getTranslations("adminArea"), findPositionsInReview(), countPendingReviews()]);
  return (
    <ClientMessages namespaces={["adminArea", "formErrors", "validation"]}>
      <div className="space-y-6">
        <PageHeader title={t("positions")} description={t("positionsIntro")} />
        <QueueCapped shown={queue.length} total={waiting.positions} />
        {queue.length === 0 ? (
          <EmptyState title={t("nothingPendingPositions")} />
        ) : (
          <PositionReviewForm
            items={queue.map((p) => ({
              id: p.id,
              title: p.title,
              category: p.category,
              employerName: p.employerName,
              employerVerified: p.employerStatus === "verified",
              excerpt: p.description.replace(/[#*_>`-]/g, " ").replace(/\s+/g, " ").slice(0, 160),
            }))}
          />
        )}
      </div>
    </ClientMessages>
  );
}
