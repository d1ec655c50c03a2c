import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { SCENARIOS } from '../src/catalogue';
import { PAGES, PAGE_KEYS, pageSite } from '../src/catalogue/pages';
import { pathWordsOf } from '../src/catalogue/path-words';
import type { Site } from '../src/catalogue/sites';
import { sideScreensModule, scenarioModule } from '../src/catalogue/split';

/**
 * Build time: in one site's content script, each scenario data file
 * (`src/catalogue/scenarios/<id>.ts`) is replaced by that scenario as the site carries it
 * (src/catalogue/split.ts, a filter over the plain data): its own steps in full, other
 * sites' steps as stubs; other sites' pages (src/catalogue/pages/<site>.ts) are left out.
 */
export function siteCatalogue(site: Site): Plugin {
  return {
    name: 'provodnik:site-catalogue',
    enforce: 'pre',
    load(id) {
      const file = id.split('?')[0]!.replace(/\\/g, '/');
      // Another site's pages (src/catalogue/pages/<site>.ts): none here.
      const p = /\/src\/catalogue\/pages\/([a-z]+)\.ts$/.exec(file);
      if (p && p[1] !== 'url' && p[1] !== site) return `export const ${p[1]}Pages = {};\n`;
      // This site's pages without their example addresses (the tests' and the report's, not the guide's)...
      if (p && p[1] === site) return withoutExamples(readFileSync(file, 'utf8'));
      // ...and the report's path words, as the list they make.
      if (file.endsWith('/src/catalogue/path-words.ts')) {
        const words = pathWordsOf(PAGE_KEYS.filter((k) => pageSite(k) === site).map((k) => PAGES[k]));
        return `const WORDS = new Set(${JSON.stringify([...words].sort())});\nexport const pathWords = () => WORDS;\n`;
      }
      // The side screens on this site's pages, as JSON (none elsewhere).
      if (file.endsWith('/src/catalogue/side-screens.ts')) return sideScreensModule(site);
      const m = /\/src\/catalogue\/scenarios\/([a-z0-9-]+)\.ts$/.exec(file);
      if (!m || m[1] === 'shared') return null;
      const scenario = SCENARIOS.find((s) => s.id === m[1]);
      if (!scenario) throw new Error(`${file}: no scenario with the id ${m[1]} (data files are named after their scenario)`);
      return scenarioModule(scenario, site);
    },
  };
}

/** A pages file with every `examples: [...]` emptied (they hold plain URL strings only). */
export function withoutExamples(source: string): string {
  const out = source.replace(/examples: \[[^\]]*\]/g, 'examples: []');
  if (/https?:\/\//.test(out.replace(/^\s*\/\/.*$/gm, ''))) throw new Error('a pages file kept an address outside its examples');
  return out;
}
