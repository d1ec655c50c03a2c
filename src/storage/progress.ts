import { storedItem } from './item';
import { SCENARIOS } from '../catalogue';
import { EMPTY_PROGRESS, sanitize, type Progress } from '../engine/progress';

/**
 * Progress in `storage.local`: shared by every tab, kept across restarts. Versioned from
 * the first version; whatever is read is sanitised, so corrupt, truncated or unknown
 * data gives a clean state rather than a crash.
 */
export const progressItem = storedItem<unknown>('progress', EMPTY_PROGRESS);

export interface ProgressStore {
  load(): Promise<Progress>;
  /** Read, change, write: writes only when `change` returns a new object. */
  change(change: (p: Progress) => Progress): Promise<Progress>;
  watch(callback: (p: Progress) => void): () => void;
}

/** Progress kept under its own key (the person's own, or the demo sandbox's). */
export function progressStore(item: typeof progressItem): ProgressStore {
  const load = async (): Promise<Progress> => {
    try {
      return sanitize(await item.getValue(), SCENARIOS);
    } catch {
      return EMPTY_PROGRESS;
    }
  };
  return {
    load,
    async change(change) {
      const before = await load();
      const after = change(before);
      if (after !== before) await item.setValue(after);
      return after;
    },
    watch: (callback) => item.watch((value) => callback(sanitize(value, SCENARIOS))),
  };
}

/** The person's own progress. */
export const personalProgress = progressStore(progressItem);

/**
 * The demo sandbox's progress: never the person's own (playing a demo neither shows nor
 * changes their real checklist).
 */
export const demoProgress = progressStore(
  storedItem<unknown>('demo-progress', EMPTY_PROGRESS),
);

export const loadProgress = (): Promise<Progress> => personalProgress.load();
export const changeProgress = (change: (p: Progress) => Progress): Promise<Progress> => personalProgress.change(change);
export const watchProgress = (callback: (p: Progress) => void): (() => void) => personalProgress.watch(callback);
