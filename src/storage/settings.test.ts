import { describe, expect, test } from 'vitest';
import { EMPTY_SETTINGS, effectiveSettings, orderScenarios, parseHost, sanitizeDisplay, sanitizeManaged, sanitizeSettings } from './settings';

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
      ...EMPTY_SETTINGS,
      region: 'Томская область',
      diaryHosts: ['sgo.tomedu.ru'],
      presenter: false,
    });
    expect(sanitizeSettings({ presenter: true }).presenter).toBe(true);
    expect(sanitizeSettings({ presenter: 'yes' }).presenter).toBe(false);
    expect(
      sanitizeSettings({ region: 'Нарния', diary: 'x y', role: 'admin', textSize: 'huge', reducedMotion: 'yes', presenterDefault: 1, supportView: true }),
    ).toEqual({ ...EMPTY_SETTINGS, supportView: true });
    expect(sanitizeSettings({ role: 'teacher', textSize: 'larger', diary: 'dnevnik.ru', reducedMotion: true })).toMatchObject({
      role: 'teacher',
      textSize: 'larger',
      diary: 'dnevnik.ru',
      reducedMotion: true,
    });
  });
  test("the guide's display settings are sanitised as the whole settings are", () => {
    for (const raw of [null, [], 'x', { textSize: 'larger', reducedMotion: true, supportView: true, presenter: true, region: 'Нарния' }, { textSize: 'huge', presenter: 'yes' }]) {
      const { textSize, reducedMotion, supportView, presenter } = sanitizeSettings(raw);
      expect(sanitizeDisplay(raw)).toEqual({ textSize, reducedMotion, supportView, presenter });
    }
  });
  test('the policy wins over the person; a bad policy value is ignored', () => {
    const m = sanitizeManaged({ region: 'Томская область', diaryHost: 'https://SGO.tomedu.ru/', role: 'pupil', hiddenScenarios: ['teacher-messenger', 'nope', 3], extra: 1 });
    expect(m).toEqual({ region: 'Томская область', diary: 'sgo.tomedu.ru', role: 'pupil', hiddenScenarios: ['teacher-messenger'] });
    expect(sanitizeManaged({ role: 'admin', diaryHost: 'not a host' })).toEqual({});
    expect(sanitizeManaged(undefined)).toEqual({});
    const eff = effectiveSettings({ ...EMPTY_SETTINGS, role: 'parent', region: 'Камчатский край' }, m);
    expect(eff).toMatchObject({ role: 'pupil', region: 'Томская область', diary: 'sgo.tomedu.ru' });
  });
  test('scenarios ordered by role and diary; hidden ones left out unless active', () => {
    const ids = (xs: { id: string }[]) => xs.map((x) => x.id);
    expect(ids(orderScenarios({ ...EMPTY_SETTINGS, role: 'teacher' }, {}))[0]).toBe('teacher-messenger');
    expect(ids(orderScenarios({ ...EMPTY_SETTINGS, role: 'pupil' }, {}))[0]).toBe('child-diary-sferum');
    const other = ids(orderScenarios({ ...EMPTY_SETTINGS, diary: 'dnevnik.ru' }, {}));
    expect(other.indexOf('diary-login-gosuslugi')).toBeLessThan(other.indexOf('parent-diary-sferum'));
    expect(ids(orderScenarios(EMPTY_SETTINGS, { hiddenScenarios: ['teacher-messenger'] }))).not.toContain('teacher-messenger');
    expect(ids(orderScenarios(EMPTY_SETTINGS, { hiddenScenarios: ['teacher-messenger'] }, 'teacher-messenger'))).toContain('teacher-messenger');
    expect(orderScenarios(EMPTY_SETTINGS, {})).toHaveLength(9);
  });
});
