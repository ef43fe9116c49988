import { getFormatter, getTranslations } from "next-intl/server";
import { Stat } from "@/components/ui/stat";
import type { Dashboard } from "@/lib/stats/dashboard";
import { FIGURE_KEYS, figureValue, relativeChange } from "@/lib/stats/tables";

/** The headline figures, each with its change against the previous period. */
export async function FigureCards({ dashboard }: { dashboard: Pick<Dashboard, "figures" | "previousFigures"> }) {
  const [t, format] = await Promise.all([getTranslations("stats"), getFormatter()]);
  return (
    <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5">
      {FIGURE_KEYS.map((key) => {
        const now = figureValue(dashboard.figures, key);
        const before = figureValue(dashboard.previousFigures, key);
        const diff = now - before;
        const share = relativeChange(now, before);
        const percent = share === null ? "" : t("change.percent", { percent: format.number(share, { style: "percent", maximumFractionDigits: 1, signDisplay: "exceptZero" }) });
        const change =
          diff === 0
            ? t("change.same")
            : `${t(diff > 0 ? "change.up" : "change.down", { diff: format.number(diff) })}${share === null ? t("change.new") : percent}`;
        return (
          <Stat
            key={key}
            label={t(`figure.${key}`)}
            value={<span data-testid={`stat-${key}`}>{format.number(now)}</span>}
            detail={<span data-testid={`change-${key}`}>{change}</span>}
          />
        );
      })}
    </dl>
  );
}
