import { browser } from 'wxt/browser';

/** One value in `storage.local`: read (or its fallback), written, watched. */
export interface StoredItem<T> {
  getValue(): Promise<T>;
  setValue(value: T): Promise<void>;
  removeValue(): Promise<void>;
  /** called with the new value when another page or tab changes it; returns the unwatch */
  watch(callback: (value: T) => void): () => void;
}

interface Change {
  readonly newValue?: unknown;
  readonly oldValue?: unknown;
}

/**
 * A versioned item in `storage.local`, in the layout @wxt-dev/storage used (the value
 * under `key`, `{ v: version }` under `key$`), so what earlier versions stored reads the
 * same. A few lines instead of that library (3 KB gzipped in every content script); every
 * reader sanitises what it gets, and a format that changes carries its version inside the
 * value (progress: stored-progress.ts), so the reader never depends on `key$`.
 */
export function storedItem<T>(key: string, fallback: T, version = 1): StoredItem<T> {
  const local = browser.storage.local;
  return {
    getValue: async () => ((await local.get(key))[key] ?? fallback) as T,
    setValue: (value) => local.set({ [key]: value, [`${key}$`]: { v: version } }),
    removeValue: () => local.remove([key, `${key}$`]),
    watch(callback) {
      const listener = (changes: Record<string, Change>, area: string) => {
        const change = changes[key];
        if (area !== 'local' || !change || JSON.stringify(change.newValue) === JSON.stringify(change.oldValue)) return;
        callback((change.newValue ?? fallback) as T);
      };
      browser.storage.onChanged.addListener(listener);
      return () => browser.storage.onChanged.removeListener(listener);
    },
  };
}
