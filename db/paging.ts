/**
 * Numbered pages of a list (?page=): ask for one row past the page (`window`), then `pageOf`
 * tells whether there is a next page and drops that extra row.
 */
export function pageWindow(page: number, pageSize: number): { limit: number; offset: number } {
  return { limit: pageSize + 1, offset: (page - 1) * pageSize };
}

export function pageOf<T>(rows: T[], page: number, pageSize: number): { rows: T[]; hasMore: boolean; page: number } {
  return { rows: rows.slice(0, pageSize), hasMore: rows.length > pageSize, page };
}
