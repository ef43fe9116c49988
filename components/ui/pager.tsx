import { ButtonLink } from "./button";

/** Previous and next links under a paged list (page numbers in the URL); nothing when there is one page. */
export function Pager({ page, hasMore, hrefOf, labels }: { page: number; hasMore: boolean; hrefOf: (page: number) => string; labels: { previous: string; next: string; current?: string } }) {
  if (page <= 1 && !hasMore) return null;
  return (
    <nav className="flex items-center justify-between gap-3 text-sm text-slate-600" aria-label={labels.current}>
      {page > 1 ? (
        <ButtonLink href={hrefOf(page - 1)} variant="ghost" rel="prev">
          {labels.previous}
        </ButtonLink>
      ) : (
        <span />
      )}
      {labels.current ? <span aria-current="page">{labels.current}</span> : null}
      {hasMore ? (
        <ButtonLink href={hrefOf(page + 1)} variant="ghost" rel="next">
          {labels.next}
        </ButtonLink>
      ) : (
        <span />
      )}
    </nav>
  );
}
