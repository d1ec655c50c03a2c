import { describe, expect, test } from 'vitest';
import { findScenario, SCENARIOS, stepCode } from '../catalogue';
import { activate, reached } from '../engine/progress';
import { maskPath, sanitizeDiagnostics } from './diagnostics';
import { buildReport } from './report';

/** Personal values that must never get into a report, whatever the input. */
const SENTINELS = ['123-456-789 01', '12345678901', '+79991234567', '79991234567', 'sentinel.ivanova@example.org', 'Сентинелова', 'Зоя', '924613', '82002675'];
const UA = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36';

const expectClean = (text: string) => {
  for (const s of SENTINELS) expect(text, s).not.toContain(s);
};

describe('paths in diagnostics', () => {
  test('segments the catalogue does not name are masked; query and fragment dropped', () => {
    expect(maskPath('/profile/family/child/82002675')).toBe('/profile/family/child/:id');
    expect(maskPath('/profile/family/create-child-account?kidId=82002675#x')).toBe('/profile/family/create-child-account');
    expect(maskPath('/convo/2000000001/')).toBe('/convo/:id');
    expect(maskPath('/join/AJQ1dzS1aBcDeFgHiJkLmN0p')).toBe('/join/:id');
    expect(maskPath('/')).toBe('/');
    expect(maskPath('/sentinel.ivanova@example.org/+79991234567/Сентинелова')).toBe('/:id/:id/:id');
  });
});

describe('the support report', () => {
  const scenario = findScenario('bind-child-account')!;
  let progress = activate({ active: null, scenarios: {} }, scenario.id, 1_700_000_000_000);
  progress = reached(progress, scenario, scenario.steps[2]!.id, false, 1_700_000_100_000);

  test('says the scenario, the step codes, the page, the signals and the not-found events', () => {
    const text = buildReport({
      version: '0.1.0',
      userAgent: UA,
      os: 'linux',
      progress,
      diagnostics: {
        page: {
          at: 1_700_000_200_000,
          host: 'lk.gosuslugi.ru',
          path: '/profile/family/child/82002675',
          scenario: scenario.id,
          step: scenario.steps[2]!.id,
          state: 'not-found',
          reason: 'missing',
          checked: scenario.steps[2]!.id,
          signals: [
            { group: 'url', page: 0, index: 0, ok: true },
            { group: 'target', page: 0, index: 0, ok: false },
          ],
        },
        notFound: [{ at: 1_700_000_200_000, host: 'lk.gosuslugi.ru', path: '/profile/family/child/82002675', scenario: scenario.id, step: scenario.steps[2]!.id, reason: 'missing' }],
      },
      granted: ['https://sgo.tomedu.ru/*'],
      now: 1_700_000_300_000,
    });
    expect(text).toContain(`Задача: П${scenario.number}`);
    expect(text).toContain(`Шаг сейчас: ${stepCode(scenario, scenario.steps[2]!.id)}`);
    expect(text).toContain('Chromium / Chrome 156');
    expect(text).toContain('Linux');
    expect(text).toContain('lk.gosuslugi.ru/profile/family/child/:id');
    expect(text).toContain('✓ адрес страницы подходит');
    expect(text).toMatch(/✗ что нажать: кнопка «/);
    expect(text).toContain('sgo.tomedu.ru');
    expect(text).toContain('кнопка не найдена');
    expectClean(text);
  });

  test('sentinel personal values put into every field of the input never get out', () => {
    const evil = 'Сентинелова Зоя 123-456-789 01 +79991234567 sentinel.ivanova@example.org 924613';
    const text = buildReport({
      version: evil,
      userAgent: `${UA} ${evil}`,
      os: evil,
      progress: {
        active: scenario.id,
        scenarios: { [scenario.id]: { current: evil, steps: { [evil]: { status: 'done', at: 1, by: evil } }, updatedAt: 1 }, [evil]: {} },
      },
      diagnostics: {
        page: {
          at: 1,
          host: 'sentinel.ivanova@example.org',
          path: `/profile/${evil}?snils=123-456-789 01#phone=+79991234567`,
          scenario: evil,
          step: evil,
          state: evil,
          reason: evil,
          checked: evil,
          signals: [{ group: evil, page: 0, index: 0, ok: true }],
        },
        notFound: [
          { at: 1, host: 'lk.gosuslugi.ru', path: `/profile/family/child/82002675?name=${evil}`, scenario: scenario.id, step: scenario.steps[0]!.id, reason: evil },
          { at: 2, host: `lk.gosuslugi.ru/${evil}`, path: '/', scenario: scenario.id, step: scenario.steps[0]!.id, reason: null },
          { at: 3, host: 'lk.gosuslugi.ru', path: '/', scenario: scenario.id, step: evil, reason: null },
        ],
        extra: evil,
      },
      granted: [`https://${evil}/*`, 'https://sentinel.ivanova@example.org/*', '+79991234567'],
      now: 1_700_000_300_000,
    });
    expectClean(text);
    expect(text).toContain('/profile/family/child/:id');
  });

  test('sanitised diagnostics keep only catalogue ids', () => {
    const d = sanitizeDiagnostics({ page: { at: 1, host: 'x.ru', path: '/a', scenario: 'nope', step: 'x', state: 'found', checked: 'x', signals: [] } });
    expect(d.page).toMatchObject({ scenario: null, step: null, checked: null, path: '/:id' });
  });

  test('every scenario and step: a report without diagnostics still names them', () => {
    for (const s of SCENARIOS) {
      const text = buildReport({ version: '0.1.0', userAgent: UA, progress: activate({ active: null, scenarios: {} }, s.id, 1), diagnostics: null, granted: [], now: 2 });
      expect(text).toContain(stepCode(s, s.steps[0]!.id));
    }
  });
});
