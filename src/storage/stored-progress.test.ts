import { describe, expect, test } from 'vitest';
import { SCENARIOS } from '../catalogue';
import { EMPTY_PROGRESS } from '../engine/progress';
import { PROGRESS_VERSION, readStoredProgress, toStored } from './stored-progress';

/** What Проводник 0.1 (format version 1) wrote: no version in the value. */
const V1 = {
  active: 'parent-diary-sferum',
  scenarios: {
    'parent-diary-sferum': {
      current: 'esia-login',
      steps: { 'open-diary': { status: 'done', at: 1700000000000, by: 'page' } },
      updatedAt: 1700000000000,
    },
  },
};
const read = (raw: unknown) => readStoredProgress(raw, SCENARIOS);

describe('stored progress: versions, migration, repair', () => {
  test('nothing stored: empty, nothing to tell', () => {
    expect(read(undefined)).toEqual({ progress: EMPTY_PROGRESS, outcome: 'empty' });
    expect(read(null)).toEqual({ progress: EMPTY_PROGRESS, outcome: 'empty' });
  });

  test('the current version reads back as written', () => {
    const stored = toStored(V1 as never);
    expect(stored.v).toBe(PROGRESS_VERSION);
    expect(read(JSON.parse(JSON.stringify(stored)))).toEqual({ progress: V1, outcome: 'ok' });
  });

  test('old version (1, no version in the value): migrated, nothing lost', () => {
    expect(read(V1)).toEqual({ progress: V1, outcome: 'migrated' });
    expect(read({ ...V1, v: 1 })).toEqual({ progress: V1, outcome: 'migrated' });
    // Version 1 records from before `by` existed.
    const noBy = { active: null, scenarios: { 'parent-consent': { current: null, steps: { 'parent-login': { status: 'skipped', at: 5 } }, updatedAt: 5 } } };
    expect(read(noBy).outcome).toBe('migrated');
    expect(read(noBy).progress.scenarios['parent-consent']?.steps['parent-login']).toEqual({ status: 'skipped', at: 5, by: 'page' });
  });

  test('a scenario or step the catalogue no longer has is dropped, the rest kept', () => {
    const raw = { ...toStored(V1 as never), scenarios: { ...V1.scenarios, 'gone-scenario': { current: null, steps: {}, updatedAt: 1 } } };
    expect(read(raw)).toEqual({ progress: V1, outcome: 'ok' });
  });

  test.each([
    ['not JSON (a string)', '{"active":"parent-diary-sferum","scen'],
    ['a number', 17],
    ['an array', ['parent-diary-sferum']],
    ['wrong type: active', { v: 2, active: 5, scenarios: {} }],
    ['wrong type: scenarios', { v: 2, active: null, scenarios: 'parent-diary-sferum' }],
    ['wrong type: a step record', { v: 2, active: null, scenarios: { 'parent-consent': { current: null, steps: { 'parent-login': 'done' }, updatedAt: 1 } } }],
    ['wrong type: a time', { ...V1, scenarios: { 'parent-diary-sferum': { ...V1.scenarios['parent-diary-sferum'], updatedAt: 'yesterday' } } }],
    ['a version that is not a number', { ...V1, v: 'two' }],
    ['truncated: no scenarios', { v: 2, active: 'parent-diary-sferum' }],
    ['truncated: a scenario cut short', { v: 2, active: 'parent-diary-sferum', scenarios: { 'parent-diary-sferum': { current: 'esia-login' } } }],
  ])('corrupt or truncated (%s): a clean state, and the person is told', (_name, raw) => {
    expect(read(raw)).toEqual({ progress: EMPTY_PROGRESS, outcome: 'reset', why: 'corrupt' });
  });

  test('a newer version (written by a later Проводник): a clean state, and the person is told', () => {
    expect(read({ ...V1, v: PROGRESS_VERSION + 1 })).toEqual({ progress: EMPTY_PROGRESS, outcome: 'reset', why: 'future-version' });
    expect(read({ v: 99, something: 'else' })).toEqual({ progress: EMPTY_PROGRESS, outcome: 'reset', why: 'future-version' });
  });
});
