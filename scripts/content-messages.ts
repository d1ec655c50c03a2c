import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Plugin } from 'vite';

const RU_MESSAGES = /\/public\/_locales\/ru\/messages\.json$/;

/** The file a relative import names (`./x` → `./x.ts`, `./x.tsx`, `./x/index.ts`), or null. */
function resolveImport(from: string, spec: string): string | null {
  const base = resolve(dirname(from), spec.split('?')[0]!);
  for (const p of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`]) {
    if (existsSync(p) && statSync(p).isFile() && /\.tsx?$/.test(p)) return p;
  }
  return null;
}

/**
 * The message keys a script can use: every quoted word that is a key of the catalogue, in
 * the sources it imports (relative imports, followed from `entry`). Quoted words, not only
 * `t('…')` calls: a key may sit in a table (`{ done: 'markDone' }`) before it reaches `t`.
 */
export function messageKeysFrom(entry: string, keys: ReadonlySet<string>): Set<string> {
  const seen = new Set<string>();
  const used = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/(?:import|export)[^'"]*?from\s*['"](\.[^'"]+)['"]|import\s*['"](\.[^'"]+)['"]/g)) {
      const next = resolveImport(file, (m[1] ?? m[2])!);
      if (next) queue.push(next);
    }
    for (const m of text.matchAll(/['"`]([A-Za-z][A-Za-z0-9_]*)['"`]/g)) if (keys.has(m[1]!)) used.add(m[1]!);
  }
  return used;
}

/**
 * Build time, in a content script: the bundled Russian words (src/ui/i18n.ts) are only
 * those its own code can show (the overlay's dozen), not the popup's and options' hundred:
 * 4 KB gzipped less in every content script.
 */
export function contentMessages(entry: string): Plugin {
  return {
    name: 'provodnik:content-messages',
    enforce: 'pre',
    load(id) {
      const file = id.split('?')[0]!.replace(/\\/g, '/');
      if (!RU_MESSAGES.test(file)) return null;
      const all = JSON.parse(readFileSync(file, 'utf8')) as Record<string, { message: string }>;
      const used = messageKeysFrom(entry, new Set(Object.keys(all)));
      return JSON.stringify(Object.fromEntries(Object.entries(all).filter(([k]) => used.has(k))));
    },
  };
}
