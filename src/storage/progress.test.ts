import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { EMPTY_PROGRESS } from '../engine/progress';
import { changeProgress, loadProgress } from './progress';
import { activate } from '../engine/progress';

describe('stored progress', () => {
  beforeEach(() => fakeBrowser.reset());

  test('empty storage: a clean state', async () => {
    expect(await loadProgress()).toEqual(EMPTY_PROGRESS);
  });

  test('written, read back', async () => {
    await changeProgress((p) => activate(p, 'parent-diary-sferum', 1));
    expect((await loadProgress()).active).toBe('parent-diary-sferum');
  });

  test('corrupt or truncated data: a clean state, never a throw', async () => {
    for (const bad of ['{"active":', 17, ['x'], { scenarios: { 'parent-diary-sferum': 'oops' } }]) {
      await fakeBrowser.storage.local.set({ progress: bad });
      expect(await loadProgress()).toEqual(EMPTY_PROGRESS);
    }
  });
});
