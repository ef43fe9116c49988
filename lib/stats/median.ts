/**
 * The median of whole hours counted per value (a histogram), as percentile_cont would give it
 * (the two middle values averaged), +0.5: the middle of the hour. Null when empty.
 */
export function medianOfHistogram(buckets: readonly { value: number; count: number }[]): number | null {
  const sorted = [...buckets].filter((b) => b.count > 0).sort((a, b) => a.value - b.value);
  const total = sorted.reduce((n, b) => n + b.count, 0);
  if (total === 0) return null;
  const at = (rank: number) => {
    let seen = 0;
    for (const b of sorted) {
      seen += b.count;
      if (rank < seen) return b.value;
    }
    return sorted.at(-1)!.value;
  };
  return (at(Math.floor((total - 1) / 2)) + at(Math.ceil((total - 1) / 2))) / 2 + 0.5;
}
