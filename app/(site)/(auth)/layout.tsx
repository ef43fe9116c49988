import type { ReactNode } from "react";
import { Container } from "@/components/ui/container";

export default function AuthLayout({ children }: { children: ReactNode }) {
  return <Container className="max-w-lg py-10 sm:py-16">{children}</Container>;
}
