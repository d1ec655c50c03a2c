import type { PageSpec, Scenario, Step } from './types';
import { examples, predicates, siteOf, type Site } from './sites';

/**
 * Each site's content script carries only its own steps in full (build time, see
 * scripts/site-catalogue.ts), without what only the popup's checklist shows (whose account,
 * the site to open, waits, branches). A step of another site is a stub: its id, title and
 * whether it is optional (what progress, the step count and «next» need) and pages that
 * never match. On this site's pages such a step could not match anyway: its URL
 * predicates are about other hosts.
 */

/** The site a page predicate is about, from its example URLs (sites.test.ts: they agree). */
export function predicateSite(name: string): Site {
  const sites = new Set((examples[name] ?? []).map((u) => siteOf(new URL(u))));
  const [site] = sites;
  if (sites.size !== 1 || !site) throw new Error(`predicate ${name}: its examples are on ${sites.size} sites`);
  return site;
}

const pagesOf = (step: Step): readonly PageSpec[] => (Array.isArray(step.page) ? (step.page as readonly PageSpec[]) : [step.page as PageSpec]);
const predicatesOf = (page: PageSpec) => (typeof page.url === 'function' ? [page.url] : page.url);
const nameOf = new Map<unknown, string>(Object.entries(predicates).map(([name, f]) => [f, name]));

/** The sites a step can happen on: those of its pages' URL predicates. */
export function stepSites(step: Step): Set<Site> {
  const out = new Set<Site>();
  for (const page of pagesOf(step)) {
    for (const p of predicatesOf(page)) {
      const name = nameOf.get(p);
      if (!name) throw new Error(`step ${step.id}: a URL predicate that is not in sites.ts \`predicates\``);
      out.add(predicateSite(name));
    }
  }
  return out;
}

/** What another site's content script keeps of a step. */
export function stubStep(step: Step): Step {
  const never: PageSpec = { url: [] };
  const pages = pagesOf(step);
  return {
    id: step.id,
    title: step.title,
    ...(step.optional ? { optional: true } : {}),
    hint: '',
    instruction: '',
    page: pages.length === 1 ? never : pages.map(() => never),
  };
}

/** What only the popup's checklist shows of a step: the content scripts leave it out. */
const CHECKLIST_ONLY = ['who', 'opens', 'branch', 'wait'] as const;

/** A step of this site: everything the page needs (its pages, target, texts). */
export function siteStep(step: Step): Step {
  const out: Record<string, unknown> = { ...step };
  for (const key of CHECKLIST_ONLY) delete out[key];
  return out as unknown as Step;
}

/** The scenario as one site's content script carries it. */
export function scenarioForSite(scenario: Scenario, site: Site): Scenario {
  return { ...scenario, audience: '', needs: [], sources: [], steps: scenario.steps.map((s) => (stepSites(s).has(site) ? siteStep(s) : stubStep(s))) };
}

/** The export name of a scenario's data file (the file is named after the id). */
export const exportName = (id: string): string => id.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());

/**
 * The source of a scenario's data module for one site's content script: plain data, the
 * URL predicates imported from `sitesModule` by name.
 */
export function scenarioModule(scenario: Scenario, site: Site, sitesModule: string): string {
  const used = new Set<string>();
  const code = (v: unknown): string => {
    if (typeof v === 'function') {
      const name = nameOf.get(v);
      if (!name) throw new Error(`scenario ${scenario.id}: a function in the data that is not a sites.ts predicate`);
      used.add(name);
      return name;
    }
    if (Array.isArray(v)) return `[${v.map(code).join(',')}]`;
    if (v !== null && typeof v === 'object') {
      const fields = Object.entries(v).filter(([, x]) => x !== undefined);
      return `{${fields.map(([k, x]) => `${JSON.stringify(k)}:${code(x)}`).join(',')}}`;
    }
    return JSON.stringify(v);
  };
  const body = code(scenarioForSite(scenario, site));
  const imports = used.size ? `import {${[...used].sort().join(',')}} from ${JSON.stringify(sitesModule)};\n` : '';
  return `${imports}export const ${exportName(scenario.id)} = ${body};\n`;
}
