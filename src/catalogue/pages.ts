import { siteOf, type Site } from './sites';
import type { PageDef } from './pages/url';
import { gosuslugiPages } from './pages/gosuslugi';
import { kirovPages } from './pages/kirov';
import { vkPages } from './pages/vk';
import { diariesPages } from './pages/diaries';
import { maxPages } from './pages/max';
import { regionalPages } from './pages/regional';

/**
 * Every page a step can happen on, by key: one record of page predicates, each a one-line
 * pure function with its example URLs right under it (after github-url-detection), one file
 * per site (pages/<site>.ts). Steps name their pages by these keys; everything else about
 * pages is derived from this record: the site a page is on, the path words the support
 * report may show, the per-site split (a site's content script carries only its own file:
 * scripts/site-catalogue.ts). `pages.test.ts` runs every example against every page.
 */
export const PAGES = { ...gosuslugiPages, ...kirovPages, ...vkPages, ...diariesPages, ...maxPages, ...regionalPages };
export type { PageDef };

export type PageKey = keyof typeof PAGES;
export const PAGE_KEYS = Object.keys(PAGES) as PageKey[];

export const isPageKey = (key: string): key is PageKey => Object.hasOwn(PAGES, key);

/** Whether an address is one of these pages. */
export const onPage = (keys: readonly PageKey[], url: URL): boolean =>
  // (A site's content script holds only its own pages: another site's key is no page here.)
  keys.some((k) => (PAGES as Partial<typeof PAGES>)[k]?.test(url) === true);

/** The site a page is on, from its example URLs (pages.test.ts: they agree). */
export function pageSite(key: PageKey): Site {
  const sites = new Set(PAGES[key].examples.map((u) => siteOf(new URL(u))));
  const [site] = sites;
  if (sites.size !== 1 || !site) throw new Error(`page ${key}: its examples are on ${sites.size} sites`);
  return site;
}
