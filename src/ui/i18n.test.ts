import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { screenLanguage, t, uiLang } from './i18n';

const LOCALES = resolve(__dirname, '../../public/_locales');
const load = (lang: string) => JSON.parse(readFileSync(resolve(LOCALES, lang, 'messages.json'), 'utf8')) as Record<string, { message: string }>;
const holes = (s: string) => [...s.matchAll(/\$\d/g)].map((m) => m[0]).sort();

describe('UI locales', () => {
  const ru = load('ru');

  test('Russian is there, and English', () => {
    expect(readdirSync(LOCALES).sort()).toEqual(['en', 'ru']);
    expect(ru.lang?.message).toBe('ru');
    expect(load('en').lang?.message).toBe('en');
  });

  for (const lang of readdirSync(LOCALES)) {
    test(`${lang}: every message of the default locale, with the same substitutions`, () => {
      const other = load(lang);
      expect(Object.keys(other).sort()).toEqual(Object.keys(ru).sort());
      for (const [key, { message }] of Object.entries(ru)) {
        expect(other[key]!.message.trim(), `${lang}/${key}`).not.toBe('');
        expect(holes(other[key]!.message), `${lang}/${key}`).toEqual(holes(message));
      }
    });
  }

  test('without the extension API, the Russian text, substituted', () => {
    expect(t('stepOf', 2, 7)).toBe('Шаг 2 из 7');
    expect(t('iDidIt')).toBe('Я сделал(а) это');
  });

  test('one language per screen: the browser’s only when every text of the screen is in it', () => {
    // The scenarios' texts are Russian: an English or German browser still gets a Russian screen.
    expect(screenLanguage('en-US', ['ru'])).toBe('ru');
    expect(screenLanguage('de', ['ru'])).toBe('ru');
    expect(screenLanguage('ru-RU', ['ru'])).toBe('ru');
    // A screen whose every text exists in English speaks English to an English browser.
    expect(screenLanguage('en-GB', ['en'])).toBe('en');
    expect(screenLanguage('en_US', [])).toBe('en');
    // ...but not when part of it is Russian, nor in a language the UI does not have.
    expect(screenLanguage('en-US', ['en', 'ru'])).toBe('ru');
    expect(screenLanguage('fr-FR', ['ru'])).toBe('ru');
    expect(uiLang()).toBe('ru');
  });
});
