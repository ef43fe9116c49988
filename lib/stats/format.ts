/**
 * The article writes large head-counts as "3000余名" (over 3,000): the figure rounded down to
 * its leading digit. Exact below 100.
 */
export function roundedDownFigure(n: number): { value: number; approximate: boolean } {
  if (!Number.isFinite(n) || n < 0) throw new RangeError(`not a count: ${n}`);
  const whole = Math.floor(n);
  if (whole < 100) return { value: whole, approximate: false };
  const unit = 10 ** (String(whole).length - 1);
  const value = Math.floor(whole / unit) * unit;
  return { value, approximate: value !== whole };
}

/**
 * Headline figures as the article writes them: plain digits below 10,000 (183, 715, 3000),
 * grouped from there on (12,500), in either language.
 */
export function formatFigure(value: number, locale: string): string {
  return new Intl.NumberFormat(locale === "en" ? "en" : "zh-CN", { useGrouping: Math.abs(value) >= 10_000 }).format(value);
}

/**
 * The values of the article's sentence of figures (message `figures.sentence`), written as the
 * article writes them: "183家单位715个岗位…3000余名…973个". The home page and the report share it.
 */
export function sentenceValues(
  figures: { employers: number; positions: number; announcementCategories: number; talents: number; reachedIntents: number },
  locale: string,
): Record<"employers" | "positions" | "categories" | "talents" | "approximate" | "reached", string> {
  const talents = roundedDownFigure(figures.talents);
  const f = (value: number) => formatFigure(value, locale);
  return {
    employers: f(figures.employers),
    positions: f(figures.positions),
    categories: f(figures.announcementCategories),
    talents: f(talents.value),
    approximate: String(talents.approximate),
    reached: f(figures.reachedIntents),
  };
}
