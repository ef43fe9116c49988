import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";
import { AreaNav } from "@/components/layout/area-nav";
import { Container } from "@/components/ui/container";
import { Toaster } from "@/components/ui/toaster";
import { requireArea } from "@/lib/auth/session";

export default async function TalentLayout({ children }: { children: ReactNode }) {
  await requireArea("talent", "/talent");
  const [t, tm] = await Promise.all([getTranslations("talentArea"), getTranslations("matching")]);
  return (
    <ClientMessages namespaces={["toast"]}>
      <AreaNav label={t("nav")} items={[
          { href: "/talent", label: t("overview") },
          { href: "/talent/profile", label: t("profile") },
          { href: "/talent/recommendations", label: tm("nav") },
          { href: "/talent/intents", label: t("myIntents") },
          { href: "/talent/saved", label: t("savedPositions") },
          { href: "/talent/alerts", label: t("alerts") },
          { href: "/talent/privacy", label: t("privacy") },
        ]} />
      <Container className="py-8">{children}</Container>
      <Toaster />
    </ClientMessages>
  );
}
