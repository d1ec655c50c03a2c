/**
 * Address patterns of field fixes (`PageSpec.at`): `host/path`, a `*` standing for one
 * path segment, no query, no fragment. They match over https only, on the pattern's own
 * host (content scripts run only on the official hosts and granted regional ones).
 */
const parts = (hostPath: string): string[] => hostPath.replace(/\/+$/, '').split('/');

export function atMatches(patterns: readonly string[] | undefined, url: URL): boolean {
  if (!patterns || url.protocol !== 'https:') return false;
  const here = parts(url.host + url.pathname);
  return patterns.some((p) => {
    const want = parts(p);
    return want.length === here.length && want.every((s, i) => (s === '*' ? here[i] !== '' : s === here[i]));
  });
}

/** A path segment kept in a pattern: a plain lowercase word; anything else (ids, codes, names) is `*`. */
const WORD = /^[a-z]+(?:[-_][a-z]+)*$/;

/** The pattern of an address: its host and path, every segment but plain words as `*`. */
export function atPattern(url: URL): string {
  const segments = url.pathname.split('/').filter(Boolean).slice(0, 12);
  return [url.host, ...segments.map((s) => (WORD.test(s) && s.length <= 40 ? s : '*'))].join('/');
}

/** The host a pattern is on. */
export const atHost = (pattern: string): string => pattern.split('/')[0]!;
