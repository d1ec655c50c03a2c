import { demoHref, realUrl, type ReplicaIndex } from './address';

/**
 * What a replica page's own script sees as `location`, `history` and `localStorage` in
 * the sandbox (scripts/demo-package.ts hands these to every extracted script): the real
 * site's address, navigation that stays inside the sandbox, and storage kept apart per
 * site as on the real sites.
 */
export interface ReplicaEnv {
  readonly location: object;
  readonly history: object;
  readonly localStorage: Storage;
}

export interface EnvOptions {
  readonly window: Window;
  readonly index: ReplicaIndex;
  /** the real address of this page (from its own sandbox address) */
  readonly here: () => URL;
  /** the demo has no page for this address: say so, stay here */
  readonly missing: (url: URL) => void;
  /** this page starts loading another one */
  readonly leaving?: () => void;
}

/** Key prefix of the replicas' own state in the sandbox (cleared by «Начать заново»). */
export const STORAGE_PREFIX = 'provodnik-demo:';

export function createReplicaEnv(opts: EnvOptions): ReplicaEnv & { go(url: string | URL, replace?: boolean): void } {
  const win = opts.window;
  const here = opts.here;

  function go(to: string | URL, replace = false) {
    const url = new URL(String(to), here());
    const now = here();
    if (url.href.replace(/#.*$/, '') === now.href.replace(/#.*$/, '') && url.hash) {
      win.location.hash = url.hash;
      return;
    }
    const href = demoHref(url, opts.index);
    if (!href) {
      opts.missing(url);
      return;
    }
    opts.leaving?.();
    if (replace) win.location.replace(href);
    else win.location.assign(href);
  }

  const part = (key: 'protocol' | 'host' | 'hostname' | 'port' | 'pathname' | 'search') => ({
    get: () => here()[key],
    set: (v: string) => {
      const u = here();
      u[key] = v;
      go(u);
    },
    enumerable: true,
  });
  const location = Object.defineProperties(
    {
      assign: (u: string) => go(u),
      replace: (u: string) => go(u, true),
      reload: () => win.location.reload(),
      toString: () => here().href,
    },
    {
      href: { get: () => here().href, set: (v: string) => go(v), enumerable: true },
      origin: { get: () => here().origin, enumerable: true },
      hash: {
        get: () => here().hash,
        set: (v: string) => {
          win.location.hash = v;
        },
        enumerable: true,
      },
      protocol: part('protocol'),
      host: part('host'),
      hostname: part('hostname'),
      port: part('port'),
      pathname: part('pathname'),
      search: part('search'),
    },
  );

  /** The sandbox address standing for `url`; this page's own file when the demo has none. */
  const sandboxAddress = (url: URL) => {
    const bare = new URL(url.href);
    bare.hash = '';
    return demoHref(url, opts.index) ?? `${win.location.pathname}?u=${encodeURIComponent(bare.href)}${url.hash}`;
  };
  const h = win.history;
  const history = {
    pushState: (state: unknown, title: string, url?: string | URL | null) =>
      h.pushState(state, title, url == null ? url : sandboxAddress(new URL(String(url), here()))),
    replaceState: (state: unknown, title: string, url?: string | URL | null) =>
      h.replaceState(state, title, url == null ? url : sandboxAddress(new URL(String(url), here()))),
    back: () => h.back(),
    forward: () => h.forward(),
    go: (n?: number) => h.go(n),
    get state(): unknown {
      return h.state;
    },
    get length() {
      return h.length;
    },
    get scrollRestoration() {
      return h.scrollRestoration;
    },
    set scrollRestoration(v: ScrollRestoration) {
      h.scrollRestoration = v;
    },
  };

  const store = win.localStorage;
  const prefix = () => `${STORAGE_PREFIX}${here().host}:`;
  const own = () => {
    const keys: string[] = [];
    for (let i = 0; i < store.length; i++) {
      const k = store.key(i);
      if (k?.startsWith(prefix())) keys.push(k.slice(prefix().length));
    }
    return keys;
  };
  const localStorage: Storage = {
    getItem: (k: string) => store.getItem(prefix() + k),
    setItem: (k: string, v: string) => store.setItem(prefix() + k, String(v)),
    removeItem: (k: string) => store.removeItem(prefix() + k),
    clear: () => own().forEach((k) => store.removeItem(prefix() + k)),
    key: (i: number) => own()[i] ?? null,
    get length() {
      return own().length;
    },
  };
  return { location, history, localStorage, go };
}

/** Forgets every replica's state (signed in, linked, child card created…). */
export function clearReplicaState(store: Storage): void {
  const keys: string[] = [];
  for (let i = 0; i < store.length; i++) {
    const k = store.key(i);
    if (k?.startsWith(STORAGE_PREFIX)) keys.push(k);
  }
  keys.forEach((k) => store.removeItem(k));
}

/** The real address of the sandbox page at `loc`, also when it was opened without `?u=`. */
export function pageRealUrl(loc: { readonly pathname: string; readonly search: string; readonly hash: string }): URL | null {
  const fromQuery = realUrl(loc);
  if (fromQuery) return fromQuery;
  const m = /^\/demo\/([^/]+\.[^/]+)(\/.*?)?(?:index\.html)?$/.exec(loc.pathname);
  if (!m) return null;
  try {
    return new URL(`https://${m[1]}${(m[2] ?? '/').replace(/\/_(?=\/|$)/g, '/0')}${loc.search}${loc.hash}`);
  } catch {
    return null;
  }
}
