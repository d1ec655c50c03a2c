// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { SCENARIOS } from '.';
import { SITE_IDS, siteOf } from './sites';
import { pageSite } from './pages';
import { exportName, reachOf, scenarioForSite, scenarioModule, stepSites } from './split';
import { pageMatches } from '../engine/resolve';
import { PageScan } from '../engine/locate';

const files = import.meta.glob<Record<string, unknown>>('./scenarios/*.ts', { eager: true });

describe('per-site catalogues', () => {
  test('every step happens on at least one site', () => {
    for (const scenario of SCENARIOS) for (const step of scenario.steps) expect(stepSites(step).size, `${scenario.id}/${step.id}`).toBeGreaterThan(0);
  });

  test('each scenario data file is named after its id and exports it by that name', () => {
    for (const scenario of SCENARIOS) expect(files[`./scenarios/${scenario.id}.ts`]?.[exportName(scenario.id)]).toBe(scenario);
  });

  test("a site keeps its own steps but the checklist's fields; the others keep id, title, optional and the step count", () => {
    for (const site of SITE_IDS) {
      for (const scenario of SCENARIOS) {
        const split = scenarioForSite(scenario, site);
        expect(split.steps.map((s) => s.id)).toEqual(scenario.steps.map((s) => s.id));
        split.steps.forEach((s, i) => {
          const full = scenario.steps[i]!;
          const { who: _who, opens: _opens, branch: _branch, wait: _wait, page: pages, ...rest } = full;
          if (stepSites(full).has(site)) {
            const { page: sitePages, reach, ...siteRest } = s;
            expect(siteRest).toEqual(rest);
            expect(reach).toEqual(reachOf(scenario, i));
            // Its pages keep their places; those on other sites are left empty.
            expect(sitePages.length).toBe(pages.length);
            sitePages.forEach((p, k) => expect(p).toEqual(p.url.length === 0 ? { url: [] } : { ...pages[k], url: pages[k]!.url.filter((key) => pageSite(key) === site) }));
          }
          else expect({ title: s.title, optional: !!s.optional, target: s.target, done: s.done, reach: s.reach }).toEqual({ title: full.title, optional: !!full.optional, target: undefined, done: undefined, reach: reachOf(scenario, i) });
        });
      }
    }
  });

  test("a stub's pages never match", () => {
    const scan = new PageScan(document, false);
    for (const scenario of SCENARIOS) {
      for (const step of scenario.steps) {
        for (const site of SITE_IDS) {
          if (stepSites(step).has(site)) continue;
          const stub = scenarioForSite(scenario, site).steps.find((s) => s.id === step.id)!;
          const pages = stub.page;
          for (const href of ['https://esia.gosuslugi.ru/login/', 'https://one.43edu.ru/', 'https://sgo.tomedu.ru/authorize/login']) {
            for (const page of pages) expect(pageMatches(page, new URL(href), scan, () => true)).toBe(false);
          }
        }
      }
    }
    expect(siteOf(new URL('https://sgo.tomedu.ru/'))).toBe('regional');
    expect(siteOf(new URL('http://esia.gosuslugi.ru/'))).toBeUndefined();
  });

  test("a site's module is the filtered data as JSON, nothing else", () => {
    const code = scenarioModule(SCENARIOS[0]!, 'kirov');
    expect(code).toMatch(/^export const parentDiarySferum = \{/);
    expect(JSON.parse(code.replace(/^export const parentDiarySferum = /, '').replace(/;\n$/, ''))).toEqual(scenarioForSite(SCENARIOS[0]!, 'kirov'));
    expect(code).not.toContain('Информация о себе'); // a VK ID step's sign: a stub here
  });

  test('the catalogue is plain data: it survives JSON unchanged', () => {
    for (const scenario of SCENARIOS) expect(JSON.parse(JSON.stringify(scenario))).toEqual(scenario);
  });
});
