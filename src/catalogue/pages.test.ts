import { describe, expect, test } from 'vitest';
import { PAGES, PAGE_KEYS, pageSite, type PageKey } from './pages';
import { pathWords } from './path-words';
import { isOfficialUrl, OFFICIAL_HOSTS, SITE_IDS } from './sites';

describe('pages', () => {
  test('every page has example URLs, all on one site', () => {
    for (const key of PAGE_KEYS) {
      expect(PAGES[key].examples.length, key).toBeGreaterThan(0);
      expect(SITE_IDS).toContain(pageSite(key));
    }
  });

  test("each site's file holds only that site's pages (a content script carries only its own)", () => {
    const files = import.meta.glob<Record<string, Record<string, unknown>>>('./pages/*.ts', { eager: true });
    for (const site of SITE_IDS) {
      const keys = Object.keys(files[`./pages/${site}.ts`]?.[`${site}Pages`] ?? {});
      expect(keys.length, site).toBeGreaterThan(0);
      for (const key of keys) expect(pageSite(key as PageKey), key).toBe(site);
    }
  });

  test('the path words the report may show are those of the example addresses, and nothing with digits', () => {
    expect([...pathWords()].every((w) => !/\d{3,}/.test(w))).toBe(true);
    expect(pathWords().has('profile')).toBe(true);
  });

  // Each example URL is its own page and no other (after github-url-detection).
  for (const key of PAGE_KEYS) {
    for (const href of PAGES[key].examples) {
      test(`${href} is ${key} and nothing else`, () => {
        const url = new URL(href);
        for (const other of PAGE_KEYS) expect(PAGES[other].test(url), `${other}(${href})`).toBe(other === key);
      });
    }
  }

  test('look-alike hosts and plain http are not official and no page', () => {
    for (const href of [
      'https://gosuslugi.ru.example.com/login/',
      'https://esia-gosuslugi.ru/login/',
      'https://esia.gosuslugi.ru.evil.test/',
      'http://esia.gosuslugi.ru/login/',
      'https://xn--e1afmkfd.xn--p1ai/',
      'https://esia.xn--gosuslug-8bi.ru/',
      'https://one.43edu.ru.example.org/',
      'https://id.vk.com.example.net/auth',
    ]) {
      expect(isOfficialUrl(new URL(href)), href).toBe(false);
      for (const key of PAGE_KEYS) expect(PAGES[key].test(new URL(href)), `${key}(${href})`).toBe(false);
    }
    for (const host of OFFICIAL_HOSTS) expect(isOfficialUrl(new URL(`https://${host}/`))).toBe(true);
  });
});
