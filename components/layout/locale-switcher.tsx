import { getLocale, getTranslations } from "next-intl/server";
import { setLocale } from "@/app/actions/locale";
import { cn } from "@/components/ui/cn";
import { locales } from "@/lib/i18n/config";

/** Works without JavaScript: each language is a submit button of one small form. */
export async function LocaleSwitcher() {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("locale")]);
  return (
    <form action={setLocale} aria-label={t("label")} className="flex items-center rounded-md ring-1 ring-slate-300">
      {locales.map((option) => (
        <button
          key={option}
          type="submit"
          name="locale"
          value={option}
          lang={option}
          aria-pressed={option === locale}
          className={cn(
            "h-8 px-3 text-sm first:rounded-l-md last:rounded-r-md",
            option === locale ? "bg-brand-600 font-semibold text-white" : "bg-white text-slate-700 hover:bg-slate-100",
          )}
        >
          {t(option)}
        </button>
      ))}
    </form>
  );
}
