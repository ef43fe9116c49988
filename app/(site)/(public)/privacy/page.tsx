import { getTranslations } from "next-intl/server";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";

const SECTIONS = ["collect", "use", "share", "rights", "retention", "contact"] as const;

export async function generateMetadata() {
  const t = await getTranslations("privacy");
  return { title: t("title") };
}

/** The privacy notice (PIPL) that sign-up asks consent to. */
export default async function PrivacyPage() {
  const t = await getTranslations("privacy");
  return (
    <Container className="max-w-3xl py-10">
      <PageHeader title={t("title")} description={t("intro")} />
      <div className="mt-6 space-y-6">
        {SECTIONS.map((section) => (
          <section key={section} aria-labelledby={`privacy-${section}`}>
            <h2 id={`privacy-${section}`} className="text-lg font-semibold text-slate-900">
              {t(`${section}.title`)}
            </h2>
            <p className="mt-1 text-slate-700">{t(`${section}.body`)}</p>
          </section>
        ))}
      </div>
    </Container>
  );
}
