import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Container } from "@/components/ui/container";
import { Toaster } from "@/components/ui/toaster";
import { requireArea } from "@/lib/auth/session";

export default async function AccountLayout({ children }: { children: ReactNode }) {
  await requireArea("account", "/account");
  return (
    <ClientMessages namespaces={["toast"]}>
      <Container className="max-w-2xl py-8">{children}</Container>
      <Toaster />
    </ClientMessages>
  );
}
