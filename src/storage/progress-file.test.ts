import { describe, expect, test } from 'vitest';
import { findScenario } from '../catalogue';
import { activate, reached } from '../engine/progress';
import { parseProgressFile, progressFile } from './progress-file';

describe('progress as a file', () => {
  const s = findScenario('parent-diary-sferum')!;
  const p = reached(activate({ active: null, scenarios: {} }, s.id, 1), s, s.steps[2]!.id, false, 2);

  test('exported, imported back unchanged', () => {
    expect(parseProgressFile(progressFile(p, 3))).toEqual({ ok: true, progress: p });
  });

  test('a bad file: a clear error, never a progress', () => {
    const good = JSON.parse(progressFile(p, 3)) as Record<string, unknown>;
    const bad = [
      'not json {',
      '',
      '[]',
      'null',
      JSON.stringify({ ...good, format: 'other' }),
      JSON.stringify({ ...good, version: 99 }),
      JSON.stringify({ ...good, progress: { active: 'nope', scenarios: {} } }),
      JSON.stringify({ ...good, progress: { active: s.id, scenarios: { [s.id]: { current: null, steps: { [s.steps[0]!.id]: { status: 'maybe', at: 1, by: 'page' } }, updatedAt: 1 } } } }),
      JSON.stringify({ ...good, progress: 'x' }),
      'x'.repeat(300_000),
    ];
    for (const text of bad) {
      const r = parseProgressFile(text);
      expect(r.ok, text.slice(0, 60)).toBe(false);
      if (!r.ok) expect(r.error).toMatch(/[А-Яа-я]/);
    }
  });
});
