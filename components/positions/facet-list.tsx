import Link from "next/link";
import { cn } from "@/components/ui/cn";
import type { PositionSearch } from "@/lib/positions/search-params";
import { searchHref } from "@/lib/positions/search-params";

/**
 * One filter with its counts, as links (works without JavaScript; the URL holds the search, so
 * the back button and shared links work). The chosen value links back to "all".
 */
export function FacetList({
  name,
  title,
  allLabel,
  search,
  options,
}: {
  name: keyof PositionSearch;
  title: string;
  allLabel: string;
  search: PositionSearch;
  options: { code: string; label: string; count: number }[];
}) {
  const current = search[name] as string | undefined;
  const base = { ...search, cursor: undefined } as Record<string, string | number | undefined>;
  return (
    <nav aria-label={title} className="space-y-1">
      <h3 className="text-sm font-semibold text-slate-900">{title}</h3>
      <ul className="space-y-0.5 text-sm">
        <li>
          <Link href={searchHref(base, { [name]: undefined })} aria-current={current ? undefined : "true"} className={cn("block rounded px-2 py-1 hover:bg-slate-100", !current && "bg-brand-50 font-medium text-brand-800")}>
            {allLabel}
          </Link>
        </li>
        {options.map((option) => (
          <li key={option.code}>
            <Link
              href={searchHref(base, { [name]: option.code })}
              aria-current={current === option.code ? "true" : undefined}
              className={cn("flex justify-between gap-2 rounded px-2 py-1 hover:bg-slate-100", current === option.code && "bg-brand-50 font-medium text-brand-800")}
            >
              <span className="min-w-0 truncate">{option.label}</span>
              <span className="shrink-0 tabular-nums text-slate-600">{option.count}</span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
