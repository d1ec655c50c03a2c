import { describe, expect, test } from 'vitest';
import { SCENARIOS } from '../catalogue';
import { EMPTY_SETTINGS, effectiveSettings, groupScenarios, orderScenarios, parseHost, sanitizeDisplay, sanitizeManaged, sanitizeSettings, scenarioRoles } from './settings';

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
    expect(orderScenarios(EMPTY_SETTINGS, {})).toHaveLength(12);
  });
  test('grouped by who does them: the own role first, each scenario once, in a group of its roles', () => {
    const ids = (xs: readonly { id: string }[]) => xs.map((x) => x.id);
    const plain = groupScenarios(EMPTY_SETTINGS, {});
    expect(plain.map((g) => g.role)).toEqual(['parent', 'pupil', 'teacher']);
    const listed = plain.flatMap((g) => ids(g.scenarios));
    expect([...listed].sort()).toEqual(ids(SCENARIOS).sort());
    for (const g of plain) for (const sc of g.scenarios) expect(scenarioRoles(sc)).toContain(g.role);
    // The person's own group first, holding every task of that role, shared ones too.
    for (const role of ['parent', 'pupil', 'teacher'] as const) {
      const groups = groupScenarios({ ...EMPTY_SETTINGS, role }, {});
      expect(groups[0]!.role).toBe(role);
      expect(ids(groups[0]!.scenarios).sort()).toEqual(ids(SCENARIOS.filter((sc) => scenarioRoles(sc).includes(role))).sort());
    }
    expect(groupScenarios({ ...EMPTY_SETTINGS, role: 'pupil' }, {}).map((g) => g.role)).toEqual(['pupil', 'parent', 'teacher']);
    expect(ids(groupScenarios({ ...EMPTY_SETTINGS, role: 'pupil' }, {})[0]!.scenarios)).toContain('diary-login-gosuslugi');
    // Hidden by the administrator: left out, and a group left empty goes.
    const noTeacher = groupScenarios(EMPTY_SETTINGS, { hiddenScenarios: SCENARIOS.filter((sc) => scenarioRoles(sc).every((r) => r === 'teacher')).map((sc) => sc.id) });
    expect(noTeacher.every((g) => g.scenarios.length > 0)).toBe(true);
  });
  test('twelve tasks and more: each in the group of its roles (a scenario naming none is the parent’s)', () => {
    const extra = [
      { ...SCENARIOS[0]!, id: 'x-teacher', roles: ['teacher'] as const },
      { ...SCENARIOS[0]!, id: 'x-pupil', roles: ['pupil', 'parent'] as const },
      { ...SCENARIOS[0]!, id: 'x-none', roles: [] as const },
    ];
    const groups = groupScenarios({ ...EMPTY_SETTINGS, role: 'pupil' }, {}, null, [...SCENARIOS, ...extra]);
    expect(groups.flatMap((g) => g.scenarios)).toHaveLength(SCENARIOS.length + 3);
    const where = (id: string) => groups.find((g) => g.scenarios.some((sc) => sc.id === id))?.role;
    expect([where('x-teacher'), where('x-pupil'), where('x-none')]).toEqual(['teacher', 'pupil', 'parent']);
  });
});
