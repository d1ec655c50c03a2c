import { describe, expect, test } from 'vitest';
import { checkSite, toUnicodeHost } from './lookalike';
import { movedNote, OFFICIAL_HOSTS, REGIONAL_DIARIES } from './sites';

describe('the popup’s check of the current tab’s address', () => {
  test('every official host over https is official', () => {
    for (const host of OFFICIAL_HOSTS) expect(checkSite(`https://${host}/some/page?x=1`)).toEqual({ kind: 'official', host });
    expect(checkSite('https://school.sgo41.ru/')).toEqual({ kind: 'official', host: 'school.sgo41.ru' });
    expect(checkSite('https://edu.admoblkaluga.ru:444/')).toEqual({ kind: 'official', host: 'edu.admoblkaluga.ru:444' });
  });

  test('Kirov’s sign-in hop passport.43edu.ru is official (no look-alike), and only over https', () => {
    expect(checkSite('https://passport.43edu.ru/auth/esia/redirect?x=1')).toEqual({ kind: 'official', host: 'passport.43edu.ru' });
    expect(checkSite('https://passport.43edu.ru/auth/esia/return')).toEqual({ kind: 'official', host: 'passport.43edu.ru' });
    expect(checkSite('http://passport.43edu.ru/auth/esia/return')).toEqual({ kind: 'lookalike', shown: 'passport.43edu.ru', like: 'passport.43edu.ru', reason: 'http' });
    expect(checkSite('https://passport-43edu.ru/auth/esia/return')).toMatchObject({ kind: 'lookalike', like: 'one.43edu.ru' });
  });

  test('Tula’s «Сетевой город» is sgo1.edu71.ru; the regions that left it say where they went', () => {
    expect(checkSite('https://sgo1.edu71.ru/authorize')).toEqual({ kind: 'official', host: 'sgo1.edu71.ru' });
    expect(movedNote(REGIONAL_DIARIES.find((d) => d.region === 'Краснодарский край'))).toMatch(/Моя школа/);
    expect(movedNote(REGIONAL_DIARIES.find((d) => d.region === 'Республика Калмыкия'))).toMatch(/Дневник\.ру/);
    expect(movedNote(REGIONAL_DIARIES.find((d) => d.region === 'Тверская область'))).toMatch(/МЭШ/);
    expect(movedNote(REGIONAL_DIARIES.find((d) => d.region === 'Томская область'))).toBeNull();
    expect(REGIONAL_DIARIES.filter((d) => d.movedTo).map((d) => d.region).sort()).toEqual(
      ['Алтайский край', 'Калужская область', 'Костромская область', 'Краснодарский край', 'Республика Калмыкия', 'Свердловская область', 'Тверская область', 'Челябинская область', 'Чувашская Республика', 'Ямало-Ненецкий АО'].sort(),
    );
  });

  test.each([
    ['https://gosuslugi.ru.example.com/login/', 'gosuslugi.ru.example.com', 'gosuslugi.ru'],
    ['https://esia-gosuslugi.ru/login/', 'esia-gosuslugi.ru', 'gosuslugi.ru'],
    ['https://esia.gosuslugi.ru.evil.test/', 'esia.gosuslugi.ru.evil.test', 'gosuslugi.ru'],
    ['https://g0suslugi.ru/', 'g0suslugi.ru', 'gosuslugi.ru'],
    ['https://login-esia.com/', 'login-esia.com', 'gosuslugi.ru'],
    ['https://one-43edu.ru/auth/login', 'one-43edu.ru', 'one.43edu.ru'],
    ['https://one.43edu.ru.example.com/', 'one.43edu.ru.example.com', 'one.43edu.ru'],
    ['https://id.vk.com.example.net/auth', 'id.vk.com.example.net', 'vk.com'],
    ['https://vk-id-login.ru/', 'vk-id-login.ru', 'vk.com'],
    ['https://vkid.online/', 'vkid.online', 'vk.com'],
    ['https://sferum-vhod.ru/', 'sferum-vhod.ru', 'vk.com'],
    ['https://dnevnik.ru.example.com/', 'dnevnik.ru.example.com', 'dnevnik.ru'],
    ['https://web.max.ru.example.com/', 'web.max.ru.example.com', 'web.max.ru'],
    ['https://max-ru.online/join/abc', 'max-ru.online', 'web.max.ru'],
    ['https://web-max.org/', 'web-max.org', 'web.max.ru'],
    ['https://max-messenger.online/', 'max-messenger.online', 'web.max.ru'],
    ['https://xn--80ax2a.xn--p1ai/', 'мах.рф', 'web.max.ru'],
    // punycode: Cyrillic names, and Latin names with Cyrillic letters in them
    ['https://xn----dtbbahvtxfyaxc6a.xn--p1ai/', 'госуслуги-вход.рф', 'gosuslugi.ru'],
    ['https://xn--gsuslugi-nbh.ru/', 'gоsuslugi.ru', 'gosuslugi.ru'],
    ['https://esia.xn--gosuslug-0hh.ru/', 'esia.gosuslugі.ru', 'gosuslugi.ru'],
  ])('%s looks like %s but is not', (href, shown, like) => {
    expect(checkSite(href)).toEqual({ kind: 'lookalike', shown, like, reason: 'name' });
  });

  test('an official address without https is a warning too', () => {
    expect(checkSite('http://esia.gosuslugi.ru/login/')).toEqual({ kind: 'lookalike', shown: 'esia.gosuslugi.ru', like: 'esia.gosuslugi.ru', reason: 'http' });
    expect(checkSite('http://gosuslugi.ru/')).toEqual({ kind: 'lookalike', shown: 'gosuslugi.ru', like: 'gosuslugi.ru', reason: 'http' });
    expect(checkSite('http://esia-gosuslugi.ru/')).toEqual({ kind: 'lookalike', shown: 'esia-gosuslugi.ru', like: 'gosuslugi.ru', reason: 'http' });
    expect(checkSite('http://web.max.ru/')).toEqual({ kind: 'lookalike', shown: 'web.max.ru', like: 'web.max.ru', reason: 'http' });
  });

  test('the organisations’ other sites, unrelated sites and browser pages: nothing to say', () => {
    for (const href of [
      'https://vk.com/feed',
      'https://gu.gosuslugi.ru/',
      'https://xn--c1aapkosapc.xn--p1ai/', // госуслуги.рф, the state's own
      'https://vkusvill.ru/',
      'https://download.max.ru/',
      'https://max.com/', // another company's «max»
      'https://maxim.ru/',
      'https://indonesia.travel/',
      'https://example.com/gosuslugi', // the path is not the address
      'http://example.com/',
      'chrome://extensions/',
      'chrome-extension://abc/popup.html',
      'about:blank',
      '',
      undefined,
    ]) {
      expect(checkSite(href), String(href)).toEqual({ kind: 'other' });
    }
  });

  test('punycode in the letters a person sees; broken punycode stays as it is', () => {
    expect(toUnicodeHost('xn--c1aapkosapc.xn--p1ai')).toBe('госуслуги.рф');
    expect(toUnicodeHost('xn--e1aaf2a4b.xn--p1ai')).toBe('езоец.рф');
    expect(toUnicodeHost('xn--.ru')).toBe('xn--.ru');
    expect(toUnicodeHost('xn--zz-!.ru')).toBe('xn--zz-!.ru');
    expect(toUnicodeHost('example.com')).toBe('example.com');
  });
});
