import { getTranslations } from "next-intl/server";
import type { CompletenessItem } from "@/lib/talents/completeness";

/** How complete the profile is, and what is still missing. */
export async function CompletenessMeter({ percent, missing }: { percent: number; missing: CompletenessItem[] }) {
  const t = await getTranslations("talentProfile");
  return (
    <div className="space-y-2" data-testid="completeness">
      <div className="flex items-baseline justify-between gap-2">
        <p className="font-medium text-slate-900">{t("completeness")}</p>
        <p className="text-2xl font-bold text-brand-700 tabular-nums">{percent}%</p>
      </div>
      <div
        role="progressbar"
        aria-label={t("completeness")}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        className="h-2.5 overflow-hidden rounded-full bg-slate-200"
      >
        <div className={percent >= 100 ? "h-full bg-emerald-500" : "h-full bg-brand-600"} style={{ width: `${percent}%` }} />
      </div>
      {missing.length > 0 ? (
        <div className="text-sm text-slate-700">
          <p>{t("missing")}</p>
          <ul className="mt-1 flex flex-wrap gap-1.5">
            {missing.map((item) => (
              <li key={item} className="rounded-full bg-amber-50 px-2 py-0.5 text-xs text-amber-900 ring-1 ring-amber-200 ring-inset">
                {t(`item.${item}`)}
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <p className="text-sm text-emerald-700">{t("complete")}</p>
      )}
    </div>
  );
}
