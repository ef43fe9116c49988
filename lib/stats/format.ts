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
