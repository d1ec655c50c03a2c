import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';
import { SCENARIOS } from '../src/catalogue';
import type { Site } from '../src/catalogue/sites';
import { scenarioModule } from '../src/catalogue/split';

/**
 * Build time: in one site's content script, each scenario data file
 * (`src/catalogue/scenarios/<id>.ts`) is replaced by that scenario as the site carries it
 * (src/catalogue/split.ts): its own steps in full, other sites' steps as stubs.
 */
export function siteCatalogue(site: Site): Plugin {
  return {
    name: 'provodnik:site-catalogue',
    enforce: 'pre',
    load(id) {
      const file = id.split('?')[0]!.replace(/\\/g, '/');
      const m = /\/src\/catalogue\/scenarios\/([a-z0-9-]+)\.ts$/.exec(file);
      if (!m || m[1] === 'shared') return null;
      const scenario = SCENARIOS.find((s) => s.id === m[1]);
      if (!scenario) throw new Error(`${file}: no scenario with the id ${m[1]} (data files are named after their scenario)`);
      return scenarioModule(scenario, site, join(dirname(file), '../sites.ts'));
    },
  };
}
