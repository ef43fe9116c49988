import { getTranslations } from "next-intl/server";
import { EmployerSignUpForm } from "@/components/auth/employer-sign-up-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Card } from "@/components/ui/card";

export async function generateMetadata() {
  const t = await getTranslations("auth");
  return { title: t("signUpEmployerTitle") };
}

export default async function EmployerSignUpPage() {
  const t = await getTranslations("auth");
  return (
    <ClientMessages namespaces={["auth", "employerKind", "formErrors", "validation"]}>
      <Card>
        <h1 className="text-2xl font-bold text-slate-900">{t("signUpEmployerTitle")}</h1>
        <p className="mb-6 mt-1 text-sm text-slate-600">{t("signUpEmployerIntro")}</p>
        <EmployerSignUpForm />
      </Card>
    </ClientMessages>
  );
}
