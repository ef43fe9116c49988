import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SiteDocument, siteMetadata } from "@/components/layout/site-document";
import { siteTitle } from "@/lib/i18n/site-title";
import NotFound from "./(site)/not-found";
import "./globals.css";

// An address no route matches. The app has two root layouts (the site and the cached public
// pages), so this 404 brings its own document.
export async function generateMetadata(): Promise<Metadata> {
  const [site, t] = await Promise.all([siteMetadata(), getTranslations("errors")]);
  return { ...site, title: await siteTitle(t("notFoundTitle")) };
}

export default function GlobalNotFound() {
  return (
    <SiteDocument>
      <NotFound />
    </SiteDocument>
  );
}
