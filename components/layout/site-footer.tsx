import { getTranslations } from "next-intl/server";
import { Container } from "@/components/ui/container";

export async function SiteFooter() {
  const t = await getTranslations("footer");
  return (
    <footer className="mt-16 border-t border-slate-200 bg-white py-8 text-sm text-slate-600 print:hidden">
      <Container className="flex flex-col gap-2 sm:flex-row sm:justify-between">
        <p>{t("operator")}</p>
        <p>{t("demo")}</p>
      </Container>
    </footer>
  );
}
