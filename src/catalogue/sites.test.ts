import { describe, expect, test } from 'vitest';
import { examples, isOfficialUrl, OFFICIAL_HOSTS, PATH_WORDS, predicates } from './sites';

describe('page predicates', () => {
  test('every predicate has example URLs', () => {
    for (const name of Object.keys(predicates)) expect(examples[name], name).toBeDefined();
    for (const name of Object.keys(examples)) expect(predicates[name], name).toBeDefined();
  });

  test('the path words are those of the example addresses', () => {
    const WORD = /^[a-z][a-z0-9_-]{0,39}$/;
    const words = Object.values(examples).flat().flatMap((u) => new URL(u).pathname.split('/')).filter((s) => WORD.test(s));
    expect([...PATH_WORDS].sort()).toEqual([...new Set(words)].sort());
  });

  // Each example URL matches its own predicate and no other (after github-url-detection).
  for (const [name, urls] of Object.entries(examples)) {
    for (const href of urls) {
      test(`${href} is ${name} and nothing else`, () => {
        const url = new URL(href);
        for (const [other, predicate] of Object.entries(predicates)) {
          expect(predicate(url), `${other}(${href})`).toBe(other === name);
        }
      });
    }
  }

  test('look-alike hosts and plain http are not official', () => {
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
      for (const [name, predicate] of Object.entries(predicates)) expect(predicate(new URL(href)), `${name}(${href})`).toBe(false);
    }
    for (const host of OFFICIAL_HOSTS) expect(isOfficialUrl(new URL(`https://${host}/`))).toBe(true);
  });
});
