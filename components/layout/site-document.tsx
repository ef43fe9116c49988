import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { pickNamespaces, ROOT_NAMESPACES } from "@/lib/i18n/client-namespaces";
import { cachedRenderViewer } from "@/lib/cache/public-render";
import { htmlLang, type Locale } from "@/lib/i18n/config";
import { SiteFooter } from "./site-footer";
import { SiteHeader } from "./site-header";

export async function siteMetadata(): Promise<Metadata> {
  const t = await getTranslations("meta");
  return {
    title: { default: t("title"), template: `%s · ${t("siteName")}` },
    description: t("description"),
  };
}

/**
 * The whole document around every page: <html lang>, the skip link, header, main and footer.
 * Three root layouts use it: the site (app/(site)), the cached public pages (app/(cached)) and
 * the 404 of an unknown address (app/global-not-found.tsx). The browser gets the messages of
 * ROOT_NAMESPACES here; each page adds its own (components/i18n/client-messages.tsx). A member's
 * cached copy says whose role it is drawn for (data-viewer): the front cache checks it before
 * keeping the page (lib/cache/front-cache.ts inRenderOfKey).
 */
export async function SiteDocument({ children }: { children: ReactNode }) {
  const [locale, t, messages] = await Promise.all([getLocale(), getTranslations("a11y"), getMessages()]);
  return (
    <html lang={htmlLang(locale as Locale)} data-viewer={cachedRenderViewer()}>
      <body className="flex min-h-screen flex-col">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2">
          {t("skipToContent")}
        </a>
        <NextIntlClientProvider messages={pickNamespaces(messages, ROOT_NAMESPACES)}>
          <SiteHeader />
          <main id="main" className="flex-1">
            {children}
          </main>
          <SiteFooter />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
