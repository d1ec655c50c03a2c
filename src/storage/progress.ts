import { storage } from 'wxt/utils/storage';
import { SCENARIOS } from '../catalogue';
import { EMPTY_PROGRESS, sanitize, type Progress } from '../engine/progress';

/**
 * Progress in `storage.local`: shared by every tab, kept across restarts. Versioned from
 * the first version; whatever is read is sanitised, so corrupt, truncated or unknown
 * data gives a clean state rather than a crash.
 */
export const progressItem = storage.defineItem<unknown>('local:progress', {
  fallback: EMPTY_PROGRESS,
  version: 1,
  migrations: {},
});

export async function loadProgress(): Promise<Progress> {
  try {
    return sanitize(await progressItem.getValue(), SCENARIOS);
  } catch {
    return EMPTY_PROGRESS;
  }
}

/** Read, change, write: writes only when `change` returns a new object. */
export async function changeProgress(change: (p: Progress) => Progress): Promise<Progress> {
  const before = await loadProgress();
  const after = change(before);
  if (after !== before) await progressItem.setValue(after);
  return after;
}

export function watchProgress(callback: (p: Progress) => void): () => void {
  return progressItem.watch((value) => callback(sanitize(value, SCENARIOS)));
}
