import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { fixtureFor, FIXTURES } from '../../tests/support/replicas';
import { SCENARIOS } from '.';
import { PAGES } from './pages';
import type { Step } from './types';

// Plain language, checked: every «…» of a hint is the site's own word, found on the
// step's replica page; in scenarios that switch between people, every step says whose.

/**
 * «…» texts that are legitimately not on the step's page (an icon's label the replica
 * does not draw, say), as `scenario/step: «text»` → the reason. Where every quotation
 * comes from (the documents, the site notes): quotes.test.ts.
 */
const NOT_ON_PAGE: Record<string, string> = {
  'diary-login-gosuslugi/prepare: «Семья и дети»': 'a Gosuslugi section to visit before the diary (seeds 001, 002)',
  'parent-consent/check-permissions: «Школьное портфолио»': 'the other name some schools use (PITFALLS 7); the replica shows «Согласия и доверенности»',
};

const norm = (s: string) =>
  s
    // Text split over inline tags («<span>Привязать</span> <span>учебный профиль</span>») reads as one.
    .replace(/<[^>]*>/g, '')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/&nbsp;|\u00a0/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&laquo;|&raquo;/g, '')
    .replace(/\s+/g, ' ');

const filesUnder = (dir: string): string[] =>
  !existsSync(dir) ? [] : readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? filesUnder(p) : /\.(m?js)$/.test(f) ? [p] : [];
  });

/** The replica pages a step can be on (with the scripts that draw their screens). */
function pagesOf(step: Step): string {
  const files = new Set<string>();
  for (const spec of step.page) {
    for (const key of spec.url) {
      for (const url of PAGES[key].examples) {
        const u = new URL(url);
        const file = fixtureFor(u);
        if (file) files.add(file);
        for (const js of filesUnder(join(FIXTURES, u.host))) files.add(js);
      }
    }
  }
  return norm([...files].map((f) => readFileSync(f, 'utf8')).join('\n'));
}

const WHOSE = /родител|ребен|ребён|сво[йеяюи]|ваш|учени|учител|подрост/i;

describe('plain language', () => {
  for (const scenario of SCENARIOS) {
    describe(scenario.id, () => {
      test('every «…» of a hint is on the step’s replica page', () => {
        let checked = 0;
        for (const step of scenario.steps) {
          const page = pagesOf(step);
          expect(page.length, `${step.id}: has replica pages`).toBeGreaterThan(0);
          for (const [, quoted] of step.hint.matchAll(/«([^»]+)»/g)) {
            const key = `${scenario.id}/${step.id}: «${quoted}»`;
            if (NOT_ON_PAGE[key]) continue;
            // «Включите автообновление…»: the start of a longer link text.
            expect(page.includes(norm(quoted!.replace(/…$/, ''))), `${key} is not on the page`).toBe(true);
            checked++;
          }
        }
        expect(checked).toBeGreaterThan(0);
      });

      test('where the scenario switches between people, every step says whose account', () => {
        const mixed = new Set(scenario.steps.map((s) => s.who).filter(Boolean)).size > 1;
        for (const step of scenario.steps) {
          if (mixed) expect(`${step.title} ${step.hint}`, `${step.id}: whose account`).toMatch(WHOSE);
        }
      });
    });
  }

  test('some scenarios do switch between people (the check above has work to do)', () => {
    expect(SCENARIOS.filter((s) => new Set(s.steps.map((st) => st.who).filter(Boolean)).size > 1).length).toBeGreaterThan(0);
  });
});
