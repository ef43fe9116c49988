import "server-only";
import { getLocale, getTranslations } from "next-intl/server";
import { getDashboard, type Dashboard } from "./dashboard";
import { resolveStatsScope, scopeQuery, type CampaignChoice } from "./scope";
import { dashboardTables, type StatsTable, type Translate } from "./tables";
import type { DashboardRange, RangeIssue } from "./range";

export interface LoadedStats {
  range: DashboardRange;
  campaigns: CampaignChoice[];
  campaign: CampaignChoice | null;
  dashboard: Dashboard;
  tables: StatsTable[];
  /** The campaign's name in the reader's language, or "all campaigns". */
  scopeName: string;
  query: string;
  locale: string;
}

/**
 * What the dashboard, the report and the exports show for a URL's parameters, in the reader's
 * language: the scope, every figure and every table. Callers check `admin.stats.read` first.
 */
export async function loadStats(
  params: Record<string, string | string[] | undefined>,
): Promise<{ ok: true; stats: LoadedStats } | { ok: false; issues: RangeIssue[]; campaigns: CampaignChoice[] }> {
  const scope = await resolveStatsScope(params);
  if (!scope.ok) return scope;
  const [dashboard, t, locale] = await Promise.all([getDashboard(scope.range), getTranslations(), getLocale()]);
  const translate = t as unknown as Translate;
  const scopeName = scope.campaign ? (locale === "en" ? scope.campaign.nameEn : scope.campaign.nameZh) : t("stats.allCampaigns");
  return {
    ok: true,
    stats: {
      range: scope.range,
      campaigns: scope.campaigns,
      campaign: scope.campaign,
      dashboard,
      tables: dashboardTables(dashboard, { t: translate, locale }),
      scopeName,
      query: scopeQuery(scope.range),
      locale,
    },
  };
}

export function tableById(tables: readonly StatsTable[], id: string): StatsTable | undefined {
  return tables.find((t) => t.id === id);
}
