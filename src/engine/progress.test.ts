import { describe, expect, test } from 'vitest';
import { parentDiarySferum as s } from '../catalogue/scenarios/parent-diary-sferum';
import { activate, EMPTY_PROGRESS, goTo, isComplete, markByPerson, nextStepIndex, reached, reset, sanitize, stepViews } from './progress';

const catalogue = [s];

describe('progress', () => {
  test('reaching a step puts the earlier ones behind; an optional step never seen is skipped', () => {
    let p = activate(EMPTY_PROGRESS, s.id, 1);
    p = reached(p, s, 'esia-login', false, 2);
    p = reached(p, s, 'open-chats', false, 3);
    const sp = p.scenarios[s.id]!;
    expect(sp.current).toBe('open-chats');
    expect(sp.steps['open-diary']?.status).toBe('done');
    expect(sp.steps['esia-login']?.status).toBe('done');
    expect(sp.steps['esia-grant']?.status).toBe('skipped');
    expect(sp.steps['open-chats']).toBeUndefined();
    expect(stepViews(s, sp).slice(0, 5)).toEqual(['done', 'done', 'skipped', 'current', 'next']);
  });

  test('an optional step that was shown counts as done', () => {
    let p = reached(activate(EMPTY_PROGRESS, s.id, 1), s, 'esia-grant', false, 2);
    p = reached(p, s, 'open-chats', false, 3);
    expect(p.scenarios[s.id]!.steps['esia-grant']?.status).toBe('done');
  });

  test('nothing new: the same object, so nothing is written', () => {
    const p = reached(activate(EMPTY_PROGRESS, s.id, 1), s, 'open-chats', false, 2);
    expect(reached(p, s, 'open-chats', false, 3)).toBe(p);
  });

  test('the page showing the last step done completes the scenario', () => {
    const p = reached(activate(EMPTY_PROGRESS, s.id, 1), s, 'linked', true, 2);
    expect(isComplete(s, p.scenarios[s.id])).toBe(true);
  });

  test('by hand: done and skipped, with the person as source', () => {
    let p = markByPerson(activate(EMPTY_PROGRESS, s.id, 1), s, 'open-diary', 'done', 5);
    p = markByPerson(p, s, 'esia-login', 'skipped', 6);
    expect(p.scenarios[s.id]!.steps['esia-login']).toEqual({ status: 'skipped', at: 6, by: 'person' });
    expect(nextStepIndex(s, p.scenarios[s.id])).toBe(2);
  });

  test('reset and go-to', () => {
    let p = reached(activate(EMPTY_PROGRESS, s.id, 1), s, 'linked', true, 2);
    p = goTo(p, s, 'link-vkid', 3);
    expect(nextStepIndex(s, p.scenarios[s.id])).toBe(4);
    p = reset(p, s.id, 4);
    expect(p.scenarios[s.id]!.steps).toEqual({});
    expect(p.active).toBe(s.id);
  });

  test('sanitize: anything malformed gives a clean, valid state', () => {
    for (const raw of [null, undefined, 42, 'x', [], { active: 7 }, { scenarios: 'no' }, { scenarios: { [s.id]: [] } }]) {
      expect(sanitize(raw, catalogue)).toEqual(EMPTY_PROGRESS);
    }
    const kept = sanitize(
      {
        active: s.id,
        scenarios: {
          [s.id]: {
            current: 'no-such-step',
            steps: { 'open-diary': { status: 'done', at: 1 }, bogus: { status: 'done', at: 1 }, 'esia-login': { status: 'weird', at: 1 } },
            updatedAt: 'x',
          },
          'unknown-scenario': { steps: {} },
        },
      },
      catalogue,
    );
    expect(kept).toEqual({
      active: s.id,
      scenarios: { [s.id]: { current: null, steps: { 'open-diary': { status: 'done', at: 1, by: 'page' } }, updatedAt: 0 } },
    });
  });
});
