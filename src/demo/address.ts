/**
 * The demo sandbox's addresses. A replica page in the extension package lives at
 * `/demo/<host>/<path>/index.html`; the real address it stands for travels in its own
 * query (`?u=<real URL without #hash>`), its hash is the page's own. The mapping from a
 * real address to a replica file is the one the tests' router uses
 * (tests/support/replicas.ts `fixtureFor`): `<host>/<path>/index.html`, an id-like
 * segment falls back to a directory named `_`, other files by their own path.
 */

/** Where the replica pages live inside the extension package. */
export const DEMO_DIR = 'demo';
/** Global the demo runtime defines before any replica script runs: `location`, `history`, `localStorage`. */
export const REPLICA_GLOBAL = '__provodnikReplica';
/** Global listing the replica files (relative to `demo/`), defined by `demo/pages.js`. */
export const FILES_GLOBAL = '__provodnikReplicaFiles';
/** The sandbox's start page: choose a scenario. */
export const SANDBOX_PAGE = '/demo.html';

/** The directories of a list of replica files (`a.ru/x/index.html` → `a.ru`, `a.ru/x`). */
function directories(files: Iterable<string>): Set<string> {
  const dirs = new Set<string>();
  for (const f of files) {
    const parts = f.split('/');
    for (let i = 1; i < parts.length; i++) dirs.add(parts.slice(0, i).join('/'));
  }
  return dirs;
}

export interface ReplicaIndex {
  readonly files: ReadonlySet<string>;
  readonly dirs: ReadonlySet<string>;
}

export function replicaIndex(files: Iterable<string>): ReplicaIndex {
  const set = new Set(files);
  return { files: set, dirs: directories(set) };
}

const hasExtension = (seg: string) => /\.[a-z0-9]+$/i.test(seg);

/** The replica file (relative to the replica root) answering `url`, or null. */
export function replicaFile(url: URL, index: ReplicaIndex): string | null {
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  let dir = url.host;
  if (!index.dirs.has(dir)) return null;
  let segments: string[];
  try {
    segments = decodeURIComponent(url.pathname).split('/').filter(Boolean);
  } catch {
    return null;
  }
  for (const [i, seg] of segments.entries()) {
    if (seg === '..' || seg.startsWith('.') || seg.includes('\\')) return null;
    const last = i === segments.length - 1;
    const exact = `${dir}/${seg}`;
    if (last && hasExtension(seg) && index.files.has(exact)) return exact;
    if (index.dirs.has(exact)) dir = exact;
    else if (index.dirs.has(`${dir}/_`)) dir = `${dir}/_`;
    else return null;
  }
  const file = `${dir}/index.html`;
  return index.files.has(file) ? file : null;
}

/**
 * The sandbox address (path, query and hash, relative to the extension's origin) of the
 * replica page standing for `real`, or null when the demo has no such page.
 */
export function demoHref(real: URL, index: ReplicaIndex): string | null {
  const file = replicaFile(real, index);
  if (!file) return null;
  const bare = new URL(real.href);
  bare.hash = '';
  return `/${DEMO_DIR}/${file}?u=${encodeURIComponent(bare.href)}${real.hash}`;
}

/** The real address a sandbox page stands for (its `?u=` plus its own hash), or null. */
export function realUrl(demo: { readonly search: string; readonly hash: string }): URL | null {
  const u = new URLSearchParams(demo.search).get('u');
  if (!u) return null;
  try {
    const url = new URL(u);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    url.hash = demo.hash;
    return url;
  } catch {
    return null;
  }
}
