import { describe, expect, test } from 'vitest';
import { EMPTY_SETTINGS, parseHost, sanitizeSettings } from './settings';

describe('settings', () => {
  test('a host as people type it', () => {
    expect(parseHost('sgo.example.ru')).toBe('sgo.example.ru');
    expect(parseHost(' https://SGO.Example.ru/authorize/login?x=1 ')).toBe('sgo.example.ru');
    expect(parseHost('netcity.admsakhalin.ru:11111')).toBe('netcity.admsakhalin.ru:11111');
    for (const bad of ['', 'localhost', 'not a host', 'javascript:alert(1)', '*.ru', 'http://']) expect(parseHost(bad), bad).toBeNull();
  });
  test('stored settings are sanitised', () => {
    expect(sanitizeSettings(null)).toEqual(EMPTY_SETTINGS);
    expect(sanitizeSettings({ region: 'Томская область', diaryHosts: ['sgo.tomedu.ru', 7, 'bad host'] })).toEqual({
      region: 'Томская область',
      diaryHosts: ['sgo.tomedu.ru'],
      presenter: false,
    });
    expect(sanitizeSettings({ presenter: true }).presenter).toBe(true);
    expect(sanitizeSettings({ presenter: 'yes' }).presenter).toBe(false);
  });
});
