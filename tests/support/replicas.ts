import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Route } from 'playwright-core';

/** The replica pages: one set, used by the tests and the demo sandbox. */
export const FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), '../fixtures');

export const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
};

const isDir = (p: string) => existsSync(p) && statSync(p).isDirectory();

/**
 * The file that answers a URL: `<host>/<path>/index.html`, or the file itself for
 * assets; an id-like segment falls back to a directory named `_`.
 * Query and hash are ignored (the page's own script reads them).
 */
export function fixtureFor(url: URL, fixtures = FIXTURES): string | null {
  let dir = join(fixtures, url.host);
  if (!isDir(dir)) return null;
  const segments = decodeURIComponent(url.pathname).split('/').filter(Boolean);
  for (const [i, seg] of segments.entries()) {
    if (seg === '..' || seg.startsWith('.')) return null;
    const last = i === segments.length - 1;
    const exact = join(dir, seg);
    if (last && extname(seg) && existsSync(exact) && !isDir(exact)) return exact;
    if (isDir(exact)) dir = exact;
    else if (isDir(join(dir, '_'))) dir = join(dir, '_');
    else return null;
  }
  const index = join(dir, 'index.html');
  return existsSync(index) ? index : null;
}

/** Hosts that have replica pages. */
export function replicaHosts(fixtures = FIXTURES): string[] {
  return readdirSync(fixtures, { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name.includes('.'))
    .map((d) => d.name);
}

export interface ServeOptions {
  /** serve these URLs from other bodies (a test's own page variant) */
  readonly override?: (url: URL) => string | undefined;
  /** map a host to another host's replicas (look-alike hosts) */
  readonly alias?: Readonly<Record<string, string>>;
}

/** Requests that no replica answers: nothing the pages ask for, so the extension's or a bug's. */
export type Unexpected = string[];

/**
 * Answers every http(s) request of the context from the replicas; anything else is
 * aborted, so nothing reaches the network. `chrome-extension://` is left alone.
 */
export async function serveReplicas(context: BrowserContext, opts: ServeOptions = {}, unexpected: Unexpected = []): Promise<Unexpected> {
  await context.route(/^https?:\/\//, async (route: Route) => {
    const url = new URL(route.request().url());
    const body = opts.override?.(url);
    if (body !== undefined) {
      await route.fulfill({ status: 200, contentType: TYPES['.html'], body });
      return;
    }
    const aliased = opts.alias?.[url.host];
    const file = fixtureFor(aliased ? new URL(url.href.replace(url.host, aliased)) : url);
    if (!file) {
      // Browsers ask for a favicon by themselves.
      if (url.pathname !== '/favicon.ico') unexpected.push(url.href);
      await route.fulfill({ status: 404, contentType: 'text/plain; charset=utf-8', body: 'Not a replica page' });
      return;
    }
    await route.fulfill({
      status: 200,
      contentType: TYPES[extname(file)] ?? 'application/octet-stream',
      body: readFileSync(file),
    });
  });
  return unexpected;
}
