/** A page of pages.ts: a one-line pure predicate with its example URLs right under it. */
export interface PageDef {
  readonly test: (url: URL) => boolean;
  readonly examples: readonly string[];
}

export const on = (url: URL, host: string): boolean => url.protocol === 'https:' && url.host === host;
export const path = (url: URL): string => url.pathname.replace(/\/+$/, '') || '/';
