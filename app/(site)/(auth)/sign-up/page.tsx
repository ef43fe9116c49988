import { getTranslations } from "next-intl/server";
import { TalentSignUpForm } from "@/components/auth/talent-sign-up-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Card } from "@/components/ui/card";

export async function generateMetadata() {
  const t = await getTranslations("auth");
  return { title: t("signUpTalentTitle") };
}

export default async function TalentSignUpPage() {
  const t = await getTranslations("auth");
  return (
    <ClientMessages namespaces={["auth", "formErrors", "validation"]}>
      <Card>
        <h1 className="text-2xl font-bold text-slate-900">{t("signUpTalentTitle")}</h1>
        <p className="mb-6 mt-1 text-sm text-slate-600">{t("signUpTalentIntro")}</p>
        <TalentSignUpForm />
      </Card>
    </ClientMessages>
  );
}
