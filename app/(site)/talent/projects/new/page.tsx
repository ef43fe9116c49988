import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { ProjectIntentForm } from "@/components/intents/project-intent-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireArea } from "@/lib/auth/session";
import { getCatalog } from "@/lib/catalog/queries";

export async function generateMetadata() {
  const t = await getTranslations("intents");
  return { title: t("newProject") };
}

/** 项目落户意向, reached from a board or platform (?board=&platform= preselect it). */
export default async function NewProjectIntentPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireArea("talent", "/talent/projects/new");
  const [t, catalog, query] = await Promise.all([getTranslations("intents"), getCatalog(), searchParams]);
  const pick = (v: string | string[] | undefined) => (typeof v === "string" && /^\d{1,9}$/.test(v) ? v : "");
  const boards = catalog.boards.map((b) => ({ ...b, platforms: catalog.platforms.filter((p) => p.boardId === b.id) }));
  const platform = catalog.platforms.find((p) => String(p.id) === pick(query.platform));
  const board = platform ? String(platform.boardId) : pick(query.board);
  return (
    <ClientMessages namespaces={["formErrors", "intents", "validation"]}>
      <div className="space-y-6">
        <PageHeader title={t("newProject")} description={t("newProjectIntro")} />
        <Card>
          <ProjectIntentForm boards={boards} initial={{ board, platform: platform ? String(platform.id) : "" }} />
        </Card>
      </div>
    </ClientMessages>
  );
}
