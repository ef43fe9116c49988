/**
 * The dashboard as tables: what the page shows under each chart, what each CSV holds and what
 * the workbook's sheets hold — one list, in the reader's language. Pure.
 */
import type { Dashboard, IntentCell, NamedCount } from "./dashboard";
import type { CampaignFigures } from "./queries";
import { beijingDay } from "./range";

export type Translate = (key: string, values?: Record<string, string | number>) => string;

export type Cell = string | number | null;

export interface StatsColumn {
  label: string;
  numeric: boolean;
}

export interface StatsTable {
  /** Stable, URL-safe: the CSV's file name and the export's `table` parameter. */
  id: TableId;
  title: string;
  columns: StatsColumn[];
  rows: Cell[][];
}

export const TABLE_IDS = [
  "figures",
  "intents",
  "board",
  "platform",
  "location",
  "industry",
  "employer-kind",
  "education",
  "talent-level",
  "countries",
  "trend",
  "funnel",
  "waiting",
  "time-to-reach",
] as const;
export type TableId = (typeof TABLE_IDS)[number];

export const FIGURE_KEYS = [
  "employers",
  "positions",
  "headcount",
  "announcementCategories",
  "announcements",
  "talents",
  "domesticTalents",
  "overseasTalents",
  "reachedIntents",
  "reachedProjectIntents",
] as const;
export type FigureKey = (typeof FIGURE_KEYS)[number];

export function figureValue(figures: CampaignFigures, key: FigureKey): number {
  return key === "domesticTalents" ? figures.talents - figures.overseasTalents : figures[key];
}

/** The change against the previous period, as a share of it (null when it was 0). */
export function relativeChange(current: number, previous: number): number | null {
  return previous === 0 ? null : (current - previous) / previous;
}

export const INTENT_STATUSES = ["submitted", "viewed", "negotiating", "reached", "signed", "onboard", "settled", "declined", "withdrawn", "no_response"] as const;

function intentMatrix(cells: readonly IntentCell[]): { status: string; employment: number; project: number }[] {
  return INTENT_STATUSES.map((status) => {
    const of = (kind: IntentCell["kind"]) => cells.find((c) => c.status === status && c.kind === kind)?.count ?? 0;
    return { status, employment: of("employment"), project: of("project") };
  });
}

const round1 = (n: number) => Math.round(n * 10) / 10;

export function dashboardTables(d: Dashboard, { t, locale }: { t: Translate; locale: string }): StatsTable[] {
  const col = (key: string, numeric = true): StatsColumn => ({ label: t(`stats.column.${key}`), numeric });
  const name = (item: Pick<NamedCount, "nameZh" | "nameEn">) => (locale === "en" ? item.nameEn : item.nameZh);
  const positionsTable = (id: TableId, items: readonly NamedCount[], label: (i: NamedCount) => string): StatsTable => ({
    id,
    title: t(`stats.table.${id}`),
    columns: [col("name", false), col("positions"), col("headcount")],
    rows: items.map((i) => [label(i), i.positions, i.headcount]),
  });
  const regions = new Intl.DisplayNames([locale === "en" ? "en" : "zh-CN"], { type: "region" });
  const matrix = intentMatrix(d.intents.current);
  const funnelStages = [
    ["views", d.funnel.views],
    ["intents", d.funnel.intents],
    ["negotiations", d.funnel.negotiations],
    ["reached", d.funnel.reached],
    ["signed", d.funnel.signed],
  ] as const;
  return [
    {
      id: "figures",
      title: t("stats.table.figures"),
      columns: [col("figure", false), col("value"), col("previous"), col("change"), col("changePercent")],
      rows: FIGURE_KEYS.map((key) => {
        const now = figureValue(d.figures, key);
        const before = figureValue(d.previousFigures, key);
        const share = relativeChange(now, before);
        return [t(`stats.figure.${key}`), now, before, now - before, share === null ? null : round1(share * 100)];
      }),
    },
    {
      id: "intents",
      title: t("stats.table.intents"),
      columns: [col("status", false), col("employment"), col("project"), col("total")],
      rows: [
        ...matrix.map((m) => [t(`intents.status.${m.status}`), m.employment, m.project, m.employment + m.project]),
        (() => {
          const e = matrix.reduce((n, m) => n + m.employment, 0);
          const p = matrix.reduce((n, m) => n + m.project, 0);
          return [t("stats.column.total"), e, p, e + p];
        })(),
      ],
    },
    positionsTable("board", d.breakdowns.board, name),
    positionsTable("platform", d.breakdowns.platform, name),
    {
      id: "location",
      title: t("stats.table.location"),
      columns: [col("name", false), col("locationKind", false), col("positions"), col("headcount")],
      rows: d.breakdowns.location.map((l) => [name(l), t(`stats.locationKind.${l.locationKind}`), l.positions, l.headcount]),
    },
    positionsTable("industry", d.breakdowns.industry, name),
    positionsTable("employer-kind", d.breakdowns.employerKind, (i) => t(`employerKind.${i.key}`)),
    positionsTable("education", d.breakdowns.education, (i) => t(`positions.education.${i.key}`)),
    positionsTable("talent-level", d.breakdowns.talentLevel, (i) => t(`positions.level.${i.key}`)),
    {
      id: "countries",
      title: t("stats.table.countries"),
      columns: [col("country", false), col("code", false), col("talents")],
      rows: d.countries.map((c) => [regions.of(c.country) ?? c.country, c.country, c.talents]),
    },
    {
      id: "trend",
      title: t("stats.table.trend"),
      columns: [col("day", false), col("newPositions"), col("newTalents"), col("newIntents"), col("newReached")],
      rows: d.trend.map((day) => [day.day, day.positions, day.talents, day.intents, day.reached]),
    },
    {
      id: "funnel",
      title: t("stats.table.funnel"),
      columns: [col("stage", false), col("count"), col("ofPrevious")],
      rows: funnelStages.map(([stage, n], i) => {
        const before = i > 0 ? funnelStages[i - 1]![1] : 0;
        return [t(`stats.funnel.${stage}`), n, i === 0 || before === 0 ? null : round1((n / before) * 100)];
      }),
    },
    {
      id: "waiting",
      title: t("stats.table.waiting", { total: d.waiting.total }),
      columns: [col("employer", false), col("waiting"), col("oldest", false)],
      rows: d.waiting.employers.map((w) => [w.name, w.waiting, beijingDay(w.oldest)]),
    },
    {
      id: "time-to-reach",
      title: t("stats.table.time-to-reach"),
      columns: [col("kind", false), col("count"), col("medianDays")],
      rows: d.timeToReach.map((r) => [t(`stats.kind.${r.kind}`), r.intents, r.medianHours === null ? null : round1(r.medianHours / 24)]),
    },
  ];
}
