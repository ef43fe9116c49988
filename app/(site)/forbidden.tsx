import { getTranslations } from "next-intl/server";
import { DocumentTitle } from "@/components/layout/document-title";
import { ButtonLink } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import { siteTitle } from "@/lib/i18n/site-title";

export async function generateMetadata() {
  const t = await getTranslations("errors");
  return { title: t("forbiddenTitle") };
}

export default async function Forbidden() {
  const t = await getTranslations("errors");
  return (
    <Container className="py-20 text-center">
      <DocumentTitle title={await siteTitle(t("forbiddenTitle"))} />
      <h1 className="text-2xl font-bold text-slate-900">{t("forbiddenTitle")}</h1>
      <p className="mt-2 text-slate-600">{t("forbiddenBody")}</p>
      <ButtonLink href="/" className="mt-6">
        {t("backHome")}
      </ButtonLink>
    </Container>
  );
}
