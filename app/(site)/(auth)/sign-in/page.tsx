import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SignInForm } from "@/components/auth/sign-in-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Card } from "@/components/ui/card";
import { getCurrentUser, homeOf } from "@/lib/auth/session";
import { safeReturnPath } from "@/lib/http/safe-redirect";

export async function generateMetadata() {
  const t = await getTranslations("auth");
  return { title: t("signInTitle") };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string | string[] }> }) {
  const { callbackUrl } = await searchParams;
  const returnTo = safeReturnPath(Array.isArray(callbackUrl) ? callbackUrl[0] : callbackUrl) ?? undefined;
  const user = await getCurrentUser();
  if (user) redirect(returnTo ?? homeOf(user));
  const t = await getTranslations("auth");
  return (
    <ClientMessages namespaces={["auth", "formErrors", "validation"]}>
      <Card>
        <h1 className="mb-6 text-2xl font-bold text-slate-900">{t("signInTitle")}</h1>
        <SignInForm callbackUrl={returnTo} />
      </Card>
    </ClientMessages>
  );
}
