import { storedItem } from './item';
import { SCENARIOS } from '../catalogue';
import { EMPTY_PROGRESS, type Progress } from '../engine/progress';
import { setNotice } from './notice';
import { readStoredProgress, toStored } from './stored-progress';

/**
 * Progress in `storage.local`: shared by every tab, kept across restarts. The format's
 * version is inside the value (stored-progress.ts), not in WXT's meta key: WXT only logs an
 * error for a newer version than its own, and the value itself must say what it is.
 * Whatever is read is checked: an older version is migrated and written back; corrupt,
 * truncated or newer data gives a clean state, written back, and the popup says so.
 */
export const progressItem = storedItem<unknown>('progress', null);

export interface ProgressStore {
  load(): Promise<Progress>;
  /** Read, change, write: writes only when `change` returns a new object. */
  change(change: (p: Progress) => Progress): Promise<Progress>;
  watch(callback: (p: Progress) => void): () => void;
}

/** Progress kept under its own key (the person's own, or the demo sandbox's). */
export function progressStore(item: typeof progressItem, opts: { readonly notice: boolean }): ProgressStore {
  const load = async (): Promise<Progress> => {
    try {
      const read = readStoredProgress(await item.getValue(), SCENARIOS);
      if (read.outcome === 'migrated' || read.outcome === 'reset') {
        await item.setValue(toStored(read.progress));
        if (read.outcome === 'reset' && opts.notice) await setNotice('progress-reset', Date.now());
      }
      return read.progress;
    } catch {
      return EMPTY_PROGRESS;
    }
  };
  return {
    load,
    async change(change) {
      const before = await load();
      const after = change(before);
      if (after !== before) await item.setValue(toStored(after));
      return after;
    },
    watch: (callback) => item.watch((value) => callback(readStoredProgress(value, SCENARIOS).progress)),
  };
}

/** The person's own progress. */
export const personalProgress = progressStore(progressItem, { notice: true });

/**
 * The demo sandbox's progress: never the person's own (playing a demo neither shows nor
 * changes their real checklist).
 */
export const demoProgress = progressStore(storedItem<unknown>('demo-progress', null), { notice: false });

export const loadProgress = (): Promise<Progress> => personalProgress.load();
export const changeProgress = (change: (p: Progress) => Progress): Promise<Progress> => personalProgress.change(change);
export const watchProgress = (callback: (p: Progress) => void): (() => void) => personalProgress.watch(callback);
