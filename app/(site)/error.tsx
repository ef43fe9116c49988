"use client";

import { useTranslations } from "next-intl";

/**
 * The error boundary ships with every page, so it stays light: plain elements with the classes
 * of Container and a primary Button, not the components (their class merging, tailwind-merge,
 * would add about 9 kB of compressed JavaScript to every first load — issue 4's page budget).
 */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errors");
  return (
    <div className="mx-auto w-full max-w-6xl px-4 py-20 text-center sm:px-6 lg:px-8">
      <h1 className="text-2xl font-bold text-slate-900">{t("errorTitle")}</h1>
      <p className="mt-2 text-slate-600">{t("errorBody")}</p>
      <button
        type="button"
        onClick={() => reset()}
        className="mt-6 inline-flex h-10 items-center justify-center gap-2 rounded-md bg-brand-600 px-4 text-sm font-medium text-white transition-colors hover:bg-brand-700"
      >
        {t("retry")}
      </button>
    </div>
  );
}
