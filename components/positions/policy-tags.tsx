import { getLocale, getTranslations } from "next-intl/server";
import { cn } from "@/components/ui/cn";
import { localized } from "@/lib/i18n/localized";

/** 人才政策: the talent policies a position or announcement offers. */
export async function PolicyTags({ tags, className }: { tags: readonly { code: string; nameZh: string; nameEn: string }[]; className?: string }) {
  if (tags.length === 0) return null;
  const [t, locale] = await Promise.all([getTranslations("positions"), getLocale()]);
  return (
    <ul aria-label={t("filter.policy")} className={cn("flex flex-wrap gap-1.5 text-xs", className)}>
      {tags.map((tag) => (
        <li key={tag.code} className="rounded-full bg-amber-50 px-2 py-0.5 text-amber-900 ring-1 ring-amber-200">
          {localized(locale, tag.nameZh, tag.nameEn)}
        </li>
      ))}
    </ul>
  );
}
