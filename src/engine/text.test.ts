import { describe, expect, test } from 'vitest';
import { core, nameScore, normalize } from './text';

describe('normalize', () => {
  test('case, ё/е, all kinds of spaces, soft hyphens', () => {
    expect(normalize('  Учётная\u00a0запись\u2009ребёнка ')).toBe('учетная запись ребенка');
    expect(normalize('ВОЙТИ')).toBe('войти');
    expect(normalize('При\u00adвязать')).toBe('привязать');
    expect(normalize('«Да»')).toBe('да');
  });
  test('core drops counters and arrows', () => {
    expect(core(normalize('Чаты 3'))).toBe('чаты');
    expect(core(normalize('Да ›'))).toBe('да');
    expect(core(normalize('← Назад'))).toBe('назад');
  });
  test('names match exactly, or by their core; never partly', () => {
    expect(nameScore('войти', ['войти'])).toBe(2);
    expect(nameScore('войти 2', ['войти'])).toBe(1);
    expect(nameScore('войти другим способом', ['войти'])).toBe(0);
    expect(nameScore('создать профиль сферум', ['создать'])).toBe(0);
  });
});
