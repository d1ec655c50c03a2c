import type { PageSpec, Reach, Scenario, Step } from './types';
import { PAGES, pageSite } from './pages';
import type { Site } from './sites';
import { SIDE_SCREENS } from './side-screens';

/**
 * Each site's content script carries only its own steps in full (a filter over the plain
 * data at build time, scripts/site-catalogue.ts), without what only the popup's checklist
 * shows (whose account, the site to open, waits, branches). A step of another site is a
 * stub: its id, title and whether it is optional (what progress, the step count and «next»
 * need) and pages that never match. On this site's pages such a step could not match
 * anyway: its pages are on other hosts.
 */

/** The sites a step can happen on: those of its pages. */
export function stepSites(step: Step): Set<Site> {
  return new Set(step.page.flatMap((page) => page.url.map(pageSite)));
}

/** Where a site starts, when no step before says where to go. */
const START: Partial<Record<Site, string>> = {
  gosuslugi: 'https://www.gosuslugi.ru/',
  kirov: 'https://one.43edu.ru/',
  vk: 'https://web.vk.me/',
  diaries: 'https://myschool.edu.ru/',
};

/**
 * How to get to step `index` (the `away` note): the host of its first page, and where the
 * way to it starts — its own `opens`, else the nearest earlier step's (the ESIA login
 * starts at the diary's «Войти через Госуслуги»), else its site's start page.
 */
export function reachOf(scenario: Scenario, index: number): Reach {
  const step = scenario.steps[index]!;
  const key = step.page[0]!.url[0]!;
  const host = new URL(PAGES[key].examples[0]!).host;
  let opens = step.opens;
  for (let i = index - 1; opens === undefined && i >= 0; i--) opens = scenario.steps[i]!.opens;
  opens ??= START[pageSite(key)];
  return opens === undefined ? { host } : { host, opens };
}

/** What another site's content script keeps of a step. */
export function stubStep(step: Step, reach?: Reach): Step {
  const never: PageSpec = { url: [] };
  return {
    id: step.id,
    title: step.title,
    ...(step.optional ? { optional: true } : {}),
    hint: '',
    instruction: '',
    page: step.page.map(() => never),
    ...(reach ? { reach } : {}),
  };
}

/** What only the popup's checklist shows of a step: the content scripts leave it out. */
const CHECKLIST_ONLY = ['who', 'opens', 'branch', 'wait'] as const;

/**
 * A step of this site: everything the page needs (its pages, target, texts); its pages on
 * other sites keep their place (diagnostics count them) but never match here.
 */
export function siteStep(step: Step, site: Site, reach?: Reach): Step {
  const out: Record<string, unknown> = { ...step, ...(reach ? { reach } : {}) };
  for (const key of CHECKLIST_ONLY) delete out[key];
  out.page = step.page.map((page): PageSpec => {
    const url = page.url.filter((key) => pageSite(key) === site);
    return url.length === 0 ? { url } : { ...page, url };
  });
  return out as unknown as Step;
}

/** The scenario as one site's content script carries it. */
export function scenarioForSite(scenario: Scenario, site: Site): Scenario {
  return {
    ...scenario,
    audience: '',
    needs: [],
    sources: [],
    steps: scenario.steps.map((s, i) => (stepSites(s).has(site) ? siteStep(s, site, reachOf(scenario, i)) : stubStep(s, reachOf(scenario, i)))),
  };
}

/** The export name of a scenario's data file (the file is named after the id). */
export const exportName = (id: string): string => id.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());

/** The source of a scenario's data module for one site's content script: the filtered data, as JSON. */
export const scenarioModule = (scenario: Scenario, site: Site): string =>
  `export const ${exportName(scenario.id)} = ${JSON.stringify(scenarioForSite(scenario, site))};\n`;

/** The source of the side screens' module for one site's content script: those on its pages, as JSON. */
export const sideScreensModule = (site: Site): string =>
  `export const SIDE_SCREENS = ${JSON.stringify(SIDE_SCREENS.filter((s) => stepSites(s).has(site)).map((s) => siteStep(s, site)))};\n`;
