import { describe, expect, test } from 'vitest';
import { buildReport } from '../support/report';
import { findScenario, SCENARIOS } from '.';
import { atMatches, atPattern } from './at';
import { applyFixes, checkFixes, parseFixes, sanitizeFixes } from './fixes';
import type { Fix } from './types';

const SC = 'child-gosuslugi-account';
const FAMILY = { kind: 'press', name: ['Моя семья'], within: ['Разделы документов'] } as const;
const fix: Fix = {
  scenario: SC,
  step: 'open-family',
  page: [{ url: [], at: ['lk.gosuslugi.ru/profile/*/kin'], shows: [FAMILY] }],
  target: [FAMILY],
};

describe('address patterns', () => {
  test('a pattern keeps plain words of the path; ids, codes and names become *', () => {
    expect(atPattern(new URL('https://lk.gosuslugi.ru/profile/family/child/82002675?x=1#y'))).toBe('lk.gosuslugi.ru/profile/family/child/*');
    expect(atPattern(new URL('https://web.vk.me/convo/2000000001/'))).toBe('web.vk.me/convo/*');
    expect(atPattern(new URL('https://lk.gosuslugi.ru/Сентинелова/sentinel.zoya@example.org'))).toBe('lk.gosuslugi.ru/*/*');
    expect(atPattern(new URL('https://edu.admoblkaluga.ru:444/authorize/login'))).toBe('edu.admoblkaluga.ru:444/authorize/login');
  });
  test('* is one segment; the host and https must agree', () => {
    const p = ['lk.gosuslugi.ru/profile/*/kin'];
    expect(atMatches(p, new URL('https://lk.gosuslugi.ru/profile/personal/kin/'))).toBe(true);
    expect(atMatches(p, new URL('https://lk.gosuslugi.ru/profile/personal/kin?x=1'))).toBe(true);
    expect(atMatches(p, new URL('https://lk.gosuslugi.ru/profile/kin'))).toBe(false);
    expect(atMatches(p, new URL('https://lk.gosuslugi.ru/profile/a/b/kin'))).toBe(false);
    expect(atMatches(p, new URL('http://lk.gosuslugi.ru/profile/personal/kin'))).toBe(false);
    expect(atMatches(p, new URL('https://lk.gosuslugi.ru.evil.example/profile/personal/kin'))).toBe(false);
    expect(atMatches(undefined, new URL('https://lk.gosuslugi.ru/'))).toBe(false);
  });
});

describe('merging fixes into a scenario', () => {
  test('fix targets first, «это не то» as exclusions, fix pages after the catalogue’s', () => {
    const base = findScenario(SC)!;
    const not: Fix = { scenario: SC, step: 'open-family', not: [{ kind: 'press', name: ['Семья и дети'] }] };
    const merged = applyFixes(base, [fix, not]);
    const before = base.steps.find((s) => s.id === 'open-family')!;
    const after = merged.steps.find((s) => s.id === 'open-family')!;
    expect(after.target).toEqual([FAMILY, ...before.target!]);
    expect(after.not).toEqual(not.not);
    expect(after.page).toEqual([...before.page, ...fix.page!]);
    // Other steps and other scenarios are the same objects.
    expect(merged.steps.filter((s) => s.id !== 'open-family')).toEqual(base.steps.filter((s) => s.id !== 'open-family'));
    expect(applyFixes(findScenario('parent-consent')!, [fix])).toBe(findScenario('parent-consent'));
  });
});

describe('checking fixes', () => {
  test('good fixes pass, repeats once', () => {
    expect(checkFixes([fix, fix], SCENARIOS)).toEqual({ ok: true, fixes: [fix] });
    expect(parseFixes(JSON.stringify([fix]), SCENARIOS)).toEqual({ ok: true, fixes: [fix] });
  });
  test('bad JSON, wrong shapes, unknown ids, foreign hosts, selectors and personal values are refused with a reason', () => {
    const refused = (raw: unknown, why: string, hosts: string[] = []) => {
      const r = checkFixes(raw, SCENARIOS, hosts);
      expect(r.ok, JSON.stringify(raw)).toBe(false);
      if (!r.ok) expect(r.error).toContain(why);
    };
    expect(parseFixes('{ nope', SCENARIOS)).toMatchObject({ ok: false, error: expect.stringContaining('не JSON') });
    refused({ fixes: [fix] }, 'JSON-массив');
    refused([{ ...fix, scenario: 'nope' }], 'нет задачи');
    refused([{ ...fix, step: 'nope' }], 'нет шага');
    refused([{ scenario: SC, step: 'open-family' }], 'не в том виде');
    refused([{ ...fix, extra: 1 }], 'не в том виде');
    refused([{ ...fix, target: [{ selector: '.css-1x2y' }] }], 'не в том виде');
    refused([{ ...fix, page: [{ url: [], at: ['evil.example.com/profile'] }] }], 'evil.example.com');
    refused([{ ...fix, page: [{ url: [], at: ['https://lk.gosuslugi.ru/profile'] }] }], 'не в том виде');
    refused([{ ...fix, target: [{ kind: 'press', name: ['+7 999 123-45-67'] }] }], 'личные данные');
    refused([{ ...fix, target: [{ kind: 'press', name: ['Далее'], within: ['Сентинелова Зоя Петровна'] }] }], 'личные данные');
    // A granted regional host is allowed; an unknown one is not.
    const regional: Fix = { ...fix, page: [{ url: [], at: ['sgo.example.ru/app/school'] }] };
    refused([regional], 'sgo.example.ru');
    expect(checkFixes([regional], SCENARIOS, ['sgo.example.ru']).ok).toBe(true);
  });
  test('stored or managed values: what is usable is kept, the rest dropped, never a throw', () => {
    expect(sanitizeFixes([fix, { nope: 1 }, null, { ...fix, step: 'gone' }, { ...fix, target: [{ name: ['sentinel.zoya@example.org'] }] }], SCENARIOS)).toEqual([fix]);
    expect(sanitizeFixes('nope', SCENARIOS)).toEqual([]);
  });
});

describe('the support report', () => {
  test('lists the fixes in use, the administrator’s and the person’s own', () => {
    const text = buildReport({
      version: '0.1.0',
      userAgent: 'Chrome/156.0',
      progress: null,
      diagnostics: null,
      granted: [],
      fixes: { own: [fix, { ...fix, target: [{ name: ['Сентинелова Зоя'] }] }], managed: [{ scenario: SC, step: 'open-documents', not: [{ name: ['Документы'] }] }] },
      now: 1_700_000_000_000,
    });
    expect(text).toContain('Исправления с мест: 2');
    expect(text).toContain('П2-2 (open-documents, администратор): не это: кнопка «Документы»');
    expect(text).toContain('П2-3 (open-family, свои): нажать: кнопка «Моя семья» в блоке «Разделы документов»; страница lk.gosuslugi.ru/profile/*/kin');
    expect(text).not.toContain('Сентинелова');
  });
});

describe('npm run fixes', () => {
  test('a fix as the lines of its scenario file, an address a page key covers named by the key', async () => {
    const { fixToCatalogue } = await import('../../scripts/fixes');
    const out = fixToCatalogue({ ...fix, page: [{ url: [], at: ['lk.gosuslugi.ru/profile/personal'], shows: [FAMILY] }] });
    expect(out).toContain("src/catalogue/scenarios/child-gosuslugi-account.ts, step 'open-family'");
    expect(out).toContain("target: [{ kind: 'press', name: ['Моя семья'], within: ['Разделы документов'] }, /* then the step’s present targets */],");
    expect(out).toContain("{ url: ['lkDocuments'], shows: [");
    expect(fixToCatalogue({ ...fix, page: [{ url: [], at: ['lk.gosuslugi.ru/kin/*'] }] })).toContain("{ url: [], at: ['lk.gosuslugi.ru/kin/*'] }");
  });
});

describe('the README', () => {
  test('its policy example for school IT is a valid fix list', async () => {
    const { readFileSync } = await import('node:fs');
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const block = /```json\n(\{ "3rdparty"[^`]*"fixes"[^`]*)```/.exec(readme)?.[1];
    const values = Object.values((JSON.parse(block!) as { '3rdparty': { extensions: Record<string, { fixes: unknown }> } })['3rdparty'].extensions)[0]!;
    expect(checkFixes(values.fixes, SCENARIOS)).toMatchObject({ ok: true });
  });
});
