import { PAGES, type PageDef } from './pages';

/** The path words of some pages' example addresses. */
export const pathWordsOf = (pages: readonly PageDef[]): ReadonlySet<string> =>
  new Set(
    pages
      .flatMap((p) => p.examples)
      .flatMap((u) => new URL(u).pathname.split('/'))
      .filter((s) => /^[a-z][a-z0-9_-]{0,39}$/.test(s)),
  );

/**
 * The path segments the example addresses name: the support report shows these and masks
 * every other segment (numbers, codes, anything that could be personal).
 */
export const pathWords = (): ReadonlySet<string> => pathWordsOf(Object.values(PAGES as Record<string, PageDef>));

// (In a site's content script this module is the list itself and the pages carry no
// examples: scripts/site-catalogue.ts.)
