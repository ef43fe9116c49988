import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";
import { AreaNav } from "@/components/layout/area-nav";
import { Container } from "@/components/ui/container";
import { Toaster } from "@/components/ui/toaster";
import { requireArea } from "@/lib/auth/session";

export default async function EmployerLayout({ children }: { children: ReactNode }) {
  const user = await requireArea("employer", "/employer");
  const t = await getTranslations("employerArea");
  return (
    <ClientMessages namespaces={["toast"]}>
      <AreaNav
        label={t("nav")}
        items={[
          { href: "/employer", label: t("overview") },
          { href: "/employer/positions", label: t("positions") },
          { href: "/employer/intents", label: t("intents") },
          { href: "/employer/slots", label: t("slots") },
          { href: "/employer/profile", label: t("profile") },
          { href: "/employer/members", label: t("members") },
        ]}
        aside={<span className="truncate text-sm text-slate-600">{user.employerName}</span>}
      />
      <Container className="py-8">{children}</Container>
      <Toaster />
    </ClientMessages>
  );
}
