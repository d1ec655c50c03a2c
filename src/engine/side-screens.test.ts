// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { findScenario, SCENARIOS } from '../catalogue';
import { SIDE_SCREENS } from '../catalogue/side-screens';
import { sideScreensModule } from '../catalogue/split';
import { SITE_IDS } from '../catalogue/sites';
import { createGuide, type GuideView } from './guide';
import { PageScan } from './locate';
import { recognise } from './resolve';
import { sideScreensOf } from './side-screens';

// ESIA's own screens after the password (docs/SCENARIOS.md «ESIA side screens»), on the ESIA
// replica's variants: each wins over the sign-in step of every scenario that has one.

const go = (url: string) => (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(url);
const ESIA = readFileSync(resolve(__dirname, '../../tests/fixtures/esia.gosuslugi.ru/login/index.html'), 'utf8');
const replicaBody = ESIA.slice(ESIA.indexOf('<body>') + 6, ESIA.indexOf('<script>'));

/** The ESIA replica showing one screen: `login`, `grant` or a side screen's `data-side`. */
function showScreen(name: string) {
  document.body.innerHTML = replicaBody;
  document.getElementById('screen-login')!.hidden = name !== 'login';
  document.getElementById('screen-grant')!.hidden = name !== 'grant';
  for (const el of document.querySelectorAll<HTMLElement>('[data-side]')) el.hidden = el.dataset.side !== name;
}

const WITH_ESIA_SIGN_IN = [
  'parent-diary-sferum',
  'child-gosuslugi-account',
  'child-diary-sferum',
  'parent-consent',
  'bind-child-account',
  'diary-login-gosuslugi',
  'myschool-diary',
];

/** Replica screen → side screen id and the spotlighted element's text or label. */
const CASES: readonly [string, string, string][] = [
  ['code', 'esia-code', 'Код'],
  ['code-max', 'esia-code', 'Код подтверждения'],
  ['max-offer', 'esia-max-offer', 'Пропустить'],
  ['max-notice', 'esia-max-offer', 'Подключить МАХ'],
  ['check', 'esia-check', 'Введите символы с картинки'],
  ['role', 'esia-role', 'Войти как частное лицо – Петров Иван Сергеевич'],
  ['password-change', 'esia-password-change', 'Новый пароль'],
];

const label = (el: Element) =>
  (el.getAttribute('aria-label') ?? (el.closest('label')?.querySelector('span')?.textContent || el.textContent) ?? '').trim();

describe('ESIA side screens', () => {
  beforeEach(() => go('https://esia.gosuslugi.ru/login/?client_id=X'));

  test('every scenario with an ESIA sign-in step has them, standing in for that step; the others none', () => {
    for (const s of SCENARIOS) {
      const sides = sideScreensOf(s);
      if (!WITH_ESIA_SIGN_IN.includes(s.id)) {
        expect(sides, s.id).toBeNull();
        continue;
      }
      expect(sides?.screens.map((x) => x.id), s.id).toEqual(SIDE_SCREENS.map((x) => x.id));
      expect(s.steps[sides!.index]!.page.some((p) => p.url.includes('esiaLogin') && !p.shows), s.id).toBe(true);
    }
    expect(new Set(SIDE_SCREENS.map((s) => s.id))).toEqual(new Set(['esia-code', 'esia-max-offer', 'esia-check', 'esia-role', 'esia-password-change']));
  });

  for (const id of ['parent-diary-sferum', 'myschool-diary', 'bind-child-account']) {
    test.each(CASES)(`${id}: replica screen %s is %s, its control spotlighted`, (screen, side, target) => {
      const scenario = findScenario(id)!;
      showScreen(screen);
      const r = recognise(scenario, new URL(location.href), new PageScan(document, false));
      expect(r?.step.id).toBe(side);
      expect(r?.side).toBe(true);
      // The number of the sign-in step it stands in for.
      expect(r?.index).toBe(sideScreensOf(scenario)!.index);
      expect(r?.located?.kind).toBe('found');
      if (r?.located?.kind === 'found') expect(label(r.located.element)).toBe(target);
    });
  }

  test('never an organisation on «Войти как»', () => {
    showScreen('role');
    const r = recognise(findScenario('parent-consent')!, new URL(location.href), new PageScan(document, false));
    expect(r?.located?.kind === 'found' && r.located.element.textContent).toMatch(/частное лицо/);
  });

  test('the login form and the consent screen are what they were', () => {
    const scenario = findScenario('parent-diary-sferum')!;
    showScreen('login');
    expect(recognise(scenario, new URL(location.href), new PageScan(document, false))?.step.id).toBe('esia-login');
    showScreen('grant');
    expect(recognise(scenario, new URL(location.href), new PageScan(document, false))?.step.id).toBe('esia-grant');
    // A scenario without an ESIA sign-in sees no side screen there.
    showScreen('code');
    expect(recognise(findScenario('teen-gosuslugi-account')!, new URL(location.href), new PageScan(document, false))).toBeNull();
  });

  test('hints are short and plain, quotes only of what the replica shows', () => {
    const page = ESIA.replace(/<[^>]*>/g, '').toLowerCase().replace(/ё/g, 'е');
    for (const s of SIDE_SCREENS) {
      expect(s.hint.split(/(?<=[.!?…])\s+/).filter(Boolean).length, s.id).toBeLessThanOrEqual(2);
      expect(s.hint.length, s.id).toBeLessThanOrEqual(160);
      expect(s.title.length, s.id).toBeLessThanOrEqual(60);
      for (const [, q] of s.hint.matchAll(/«([^»]+)»/g)) expect(page, `${s.id}: «${q}»`).toContain(q!.toLowerCase().replace(/ё/g, 'е'));
    }
  });

  test("only the Gosuslugi script carries them, as plain data", () => {
    for (const site of SITE_IDS) {
      const json = JSON.parse(sideScreensModule(site).replace(/^export const SIDE_SCREENS = /, '').replace(/;\n$/, '')) as unknown[];
      expect(json.length, site).toBe(site === 'gosuslugi' ? SIDE_SCREENS.length : 0);
    }
  });
});

describe('the guide on a side screen', () => {
  let abort: AbortController;
  beforeEach(() => {
    abort = new AbortController();
    go('https://esia.gosuslugi.ru/login/');
  });
  afterEach(() => abort.abort());

  test('shows it in place of the sign-in step; progress hears only of the sign-in step', () => {
    const views: (GuideView | null)[] = [];
    const reached: string[] = [];
    showScreen('code');
    createGuide({
      window,
      layout: false,
      notFoundAfterMs: 1000,
      signal: abort.signal,
      render: (v) => views.push(v),
      reached: (_s, id, done) => reached.push(`${id}${done ? ':done' : ''}`),
    }).setScenario(findScenario('child-gosuslugi-account')!);
    const v = views.at(-1)!;
    expect([v.step.id, v.state, v.side, v.index]).toEqual(['esia-code', 'found', true, 0]);
    expect(v.target?.getAttribute('data-provodnik-target')).toBe('');
    expect(reached).toEqual(['parent-login']);
  });
});
