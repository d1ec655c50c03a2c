import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { activate, EMPTY_PROGRESS } from '../engine/progress';
import { loadNotice } from './notice';
import { changeProgress, loadProgress } from './progress';
import { PROGRESS_VERSION } from './stored-progress';

const stored = async () => (await fakeBrowser.storage.local.get('progress')).progress as Record<string, unknown> | undefined;

describe('stored progress', () => {
  beforeEach(() => fakeBrowser.reset());

  test('empty storage: a clean state, no notice', async () => {
    expect(await loadProgress()).toEqual(EMPTY_PROGRESS);
    expect(await loadNotice()).toBeNull();
  });

  test('written with its version, read back', async () => {
    await changeProgress((p) => activate(p, 'parent-diary-sferum', 1));
    expect((await loadProgress()).active).toBe('parent-diary-sferum');
    expect((await stored())?.v).toBe(PROGRESS_VERSION);
  });

  test('corrupt or truncated data: a clean state written back, and a notice for the popup', async () => {
    for (const bad of ['{"active":', 17, ['x'], { scenarios: { 'parent-diary-sferum': 'oops' } }]) {
      await fakeBrowser.storage.local.set({ progress: bad });
      expect(await loadProgress()).toEqual(EMPTY_PROGRESS);
      expect(await stored()).toEqual({ v: PROGRESS_VERSION, ...EMPTY_PROGRESS });
      expect(await loadNotice()).toBe('progress-reset');
    }
  });

  test('old version: migrated in place, no notice', async () => {
    const v1 = { active: 'parent-consent', scenarios: { 'parent-consent': { current: null, steps: {}, updatedAt: 3 } } };
    await fakeBrowser.storage.local.set({ progress: v1, progress$: { v: 1 } });
    expect((await loadProgress()).active).toBe('parent-consent');
    expect(await stored()).toEqual({ v: PROGRESS_VERSION, ...v1 });
    expect(await loadNotice()).toBeNull();
  });

  test('future version: reset with a notice, and progress can be saved again', async () => {
    await fakeBrowser.storage.local.set({ progress: { v: PROGRESS_VERSION + 5, active: 'parent-consent', scenarios: {} } });
    expect(await loadProgress()).toEqual(EMPTY_PROGRESS);
    expect(await loadNotice()).toBe('progress-reset');
    await changeProgress((p) => activate(p, 'parent-diary-sferum', 1));
    expect((await loadProgress()).active).toBe('parent-diary-sferum');
  });
});
