import type { ReactNode } from "react";
import { SiteDocument, siteMetadata } from "@/components/layout/site-document";
import "../globals.css";

export const generateMetadata = siteMetadata;

export default function RootLayout({ children }: { children: ReactNode }) {
  return <SiteDocument>{children}</SiteDocument>;
}
