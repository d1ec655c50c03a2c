import { describe, expect, test } from 'vitest';
import { SCENARIOS } from '../catalogue';
import { nextAction, startCursor, TRACKS, type Track } from './tracks';

const track: Track = {
  id: 't',
  scenario: 's',
  start: 'https://a.ru/',
  steps: [
    { step: 'one', target: 'Войти' },
    { step: 'two', via: ['Меню'], target: 'Пункт', choose: 'Школа' },
    { step: 'two', state: 'done' },
    { step: 'three', open: 'https://b.ru/', target: 'Да' },
  ],
};

/** Plays a track by «next» alone, the page showing what the cursor expects. */
function play(t: Track) {
  const log: string[] = [];
  let c = startCursor(t.id);
  for (let i = 0; i < 20; i++) {
    const a = nextAction(t, c, t.steps[c.entry]?.step ?? null);
    if (a.kind === 'end') break;
    log.push(a.kind === 'open' ? `open ${a.url}` : `press ${a.name}${a.choose ? ` + ${a.choose}` : ''}`);
    c = a.cursor;
  }
  return log;
}

describe('sandbox tracks', () => {
  test('one track per walk file, every scenario of the catalogue has one', () => {
    expect(TRACKS.length).toBeGreaterThan(0);
    for (const s of SCENARIOS) expect(TRACKS.some((t) => t.scenario === s.id), s.id).toBe(true);
    for (const t of TRACKS.filter((x) => x.variant)) expect(t.variant, t.id).toMatch(/[а-яё]/i);
  });

  test('«next» presses each control in turn, opens pages where the walk does, chooses from a list', () => {
    expect(play(track)).toEqual(['press Войти', 'press Меню', 'press Пункт + Школа', 'open https://b.ru/', 'press Да']);
  });

  test('a field the walk types into: «next» presses it and types the invented value', () => {
    const t: Track = { id: 'c', scenario: 's', start: 'https://a.ru/', steps: [{ step: 'code', target: 'Код', type: '123456' }] };
    expect(nextAction(t, startCursor('c'), 'code')).toMatchObject({ kind: 'press', name: 'Код', type: '123456' });
    expect(nextAction(track, startCursor('t'), 'one')).not.toHaveProperty('type');
  });

  test('the presenter clicked on their own: «next» catches up with the page', () => {
    const a = nextAction(track, startCursor('t'), 'three');
    // The page already shows step three: its page is open, press its control.
    expect(a).toMatchObject({ kind: 'press', name: 'Да' });
  });

  test('past the end: nothing to do', () => {
    expect(nextAction(track, { track: 't', entry: 4, press: 0, opened: false }, null)).toEqual({ kind: 'end' });
  });
});
