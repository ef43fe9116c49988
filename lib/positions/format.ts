/** A monthly salary range as people write it: "15,000–25,000" or one bound; null means 面议. */
export function salaryRange(min: number | null, max: number | null, locale: string): string | null {
  if (min == null && max == null) return null;
  const f = new Intl.NumberFormat(locale === "en" ? "en" : "zh-CN", { maximumFractionDigits: 0 });
  if (min != null && max != null) return min === max ? f.format(min) : `${f.format(min)}–${f.format(max)}`;
  return min != null ? `≥ ${f.format(min)}` : `≤ ${f.format(max!)}`;
}
