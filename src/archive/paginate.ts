// Splitting a listing into pages: `<base>` for page 1, `<base>page/<n>/` after (SPEC §5).

export interface PageSlice<T> {
  items: T[];
  number: number;
  total: number;
  /** Site path of this page, e.g. `/places/kidal/page/2/`. */
  path: string;
}

export function paginate<T>(items: readonly T[], size: number, basePath: string): PageSlice<T>[] {
  const total = Math.max(1, Math.ceil(items.length / size));
  const pages: PageSlice<T>[] = [];
  for (let n = 1; n <= total; n++) {
    pages.push({ items: items.slice((n - 1) * size, n * size), number: n, total, path: pagePath(basePath, n) });
  }
  return pages;
}

export function pagePath(basePath: string, n: number): string {
  return n === 1 ? basePath : `${basePath}page/${n}/`;
}
