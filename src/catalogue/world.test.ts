import { describe, expect, test } from 'vitest';
import { findScenario, SCENARIOS } from '.';
import { onPage } from './pages';

// What changed since the documents (README «Что изменилось с 2025 года», SITES-2026.md),
// said where a person meets it.

const VK_BASED = ['parent-diary-sferum', 'child-diary-sferum', 'teacher-messenger', 'family-messenger'];

describe('the world moved on', () => {
  test.each(VK_BASED)('%s says at its start (popup and first step) that school chats moved into MAX', (id) => {
    const s = findScenario(id)!;
    expect(s.audience).toMatch(/MAX/);
    expect(s.steps[0]!.warning).toMatch(/переехали в мессенджер MAX/);
  });

  test('no other scenario talks of MAX at its start', () => {
    for (const s of SCENARIOS.filter((x) => !VK_BASED.includes(x.id) && !/max|myschool/.test(x.id))) expect(s.audience, s.id).not.toMatch(/MAX/);
  });

  test('a pupil’s first diary sign-in that fails leads to the parent’s consent', () => {
    const s = findScenario('diary-login-gosuslugi')!;
    const step = s.steps.find((x) => x.id === 'first-login-consent')!;
    expect(step.branch?.scenario).toBe('parent-consent');
    expect(step.page.some((p) => onPage(p.url, new URL('https://login.dnevnik.ru/esia/auth?taskId=x&regionId=1')))).toBe(true);
  });

  test('«Сетевой город»: the school choice is optional; today’s routes are its pages', () => {
    const s = findScenario('diary-login-gosuslugi')!;
    expect(s.steps.find((x) => x.id === 'choose-school')!.optional).toBe(true);
    const pagesOf = (id: string) => s.steps.find((x) => x.id === id)!.page;
    expect(pagesOf('via-gosuslugi').some((p) => onPage(p.url, new URL('https://sgo1.edu71.ru/authorize/accounts')))).toBe(true);
    for (const id of ['choose-org', 'not-found']) {
      expect(pagesOf(id).some((p) => onPage(p.url, new URL('https://sgo1.edu71.ru/authorize/sso/esia/login?loginState=x'))), id).toBe(true);
    }
  });

  test('a parent of two: the family page is the first child’s card only once «Добавьте ребёнка» is behind', () => {
    const s = findScenario('child-gosuslugi-account')!;
    const card = s.steps.find((x) => x.id === 'open-child-card')!;
    expect(card.page.every((p) => p.after === 'add-child')).toBe(true);
    expect(s.steps.find((x) => x.id === 'add-child')!.page.some((p) => !p.hides)).toBe(true);
  });
});
