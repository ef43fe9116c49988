"use client";

import { useTranslations } from "next-intl";
import type { CSSProperties } from "react";
import { Toaster as Sonner } from "sonner";

/** Sonner's success colours set to the success Alert's (emerald 50 / 200 / 800), in the app's type. */
const LOOK = {
  fontFamily: "var(--font-sans)",
  "--success-bg": "var(--color-emerald-50)",
  "--success-border": "var(--color-emerald-200)",
  "--success-text": "var(--color-emerald-800)",
} as CSSProperties;

/**
 * Where toasts appear (sonner): a polite live region, named in the page's language, that
 * screen readers announce each toast from, with a close button. Alt+T reaches it by keyboard and
 * hovering holds it (its timers pause until Escape or the pointer leaves). Mounted by the
 * signed-in areas' layouts only, so public pages (the search above all) do not load it.
 */
export function Toaster() {
  const t = useTranslations("toast");
  return (
    <Sonner
      customAriaLabel={t("region")}
      richColors
      closeButton
      duration={6000}
      className="print-hidden"
      style={LOOK}
      toastOptions={{ closeButtonAriaLabel: t("close") }}
    />
  );
}
