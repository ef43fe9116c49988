import { getTranslations } from "next-intl/server";
import { CatalogRowForm } from "@/components/admin/catalog-row-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Card, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/session";
import { getIntentSettings } from "@/lib/intents/settings";
import { updateIntentSettingsAction } from "./actions";

export async function generateMetadata() {
  const t = await getTranslations("adminSettings");
  return { title: t("title") };
}

export default async function AdminSettingsPage() {
  await requirePermission({ action: "admin.manage" }, "/admin/settings");
  const [t, settings] = await Promise.all([getTranslations("adminSettings"), getIntentSettings()]);
  return (
    <ClientMessages namespaces={["adminManage", "formErrors", "validation"]}>
      <div className="space-y-6">
        <PageHeader title={t("title")} description={t("intro")} />
        <Card>
          <CardTitle>{t("intents")}</CardTitle>
          <p className="mt-1 text-sm text-slate-600">{t("intentsHelp")}</p>
          <div className="mt-4">
            <CatalogRowForm
              action={updateIntentSettingsAction}
              idPrefix="settings"
              testId="intent-settings"
              submitLabel={t("save")}
              initial={{ reminderDays: String(settings.reminderDays), noResponseDays: String(settings.noResponseDays), dailyLimit: String(settings.dailyLimit) }}
              fields={[
                { name: "reminderDays", label: t("reminderDays"), kind: "number", span: 2 },
                { name: "noResponseDays", label: t("noResponseDays"), kind: "number", span: 2 },
                { name: "dailyLimit", label: t("dailyLimit"), kind: "number", span: 2 },
              ]}
            />
          </div>
        </Card>
      </div>
    </ClientMessages>
  );
}
