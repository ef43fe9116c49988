import { getTranslations } from "next-intl/server";
import { cn } from "./cn";

/** A grey placeholder block of the shape of what is coming; decorative (the page skeleton says "loading"). */
export function Skeleton({ className }: { className?: string }) {
  return <div aria-hidden="true" className={cn("animate-pulse rounded-md bg-slate-200 motion-reduce:animate-none", className)} />;
}

/**
 * What a page shows while its data loads (the `loading.tsx` of an area): a heading bar and a few
 * cards, announced once to screen readers as loading (aria-busy, a polite status).
 */
export async function PageSkeleton({ cards = 3 }: { cards?: number }) {
  const t = await getTranslations("a11y");
  return (
    <div aria-busy="true" className="space-y-6" data-testid="page-skeleton">
      <p role="status" className="sr-only">
        {t("loading")}
      </p>
      <Skeleton className="h-8 w-64 max-w-full" />
      <Skeleton className="h-4 w-96 max-w-full" />
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {Array.from({ length: cards }, (_, i) => (
          <div key={i} className="space-y-3 rounded-xl border border-slate-200 bg-white p-5">
            <Skeleton className="h-5 w-2/3" />
            <Skeleton className="h-4 w-full" />
            <Skeleton className="h-4 w-5/6" />
          </div>
        ))}
      </div>
    </div>
  );
}
