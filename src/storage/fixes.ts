import { browser } from 'wxt/browser';
import { SCENARIOS } from '../catalogue';
import { sanitizeFixes, uniqueFixes } from '../catalogue/fixes';
import type { Fix } from '../catalogue/types';
import { storedItem } from './item';

/**
 * Field fixes in `storage.local` (the person's own: made on a page or imported) and in
 * `storage.managed` (key `fixes`, set by the school's administrator: read-only). Both are
 * checked on every read (catalogue/fixes.ts).
 */
export const fixesItem = storedItem<unknown>('fixes', []);
export const MAX_FIXES = 500;

export interface Fixes {
  readonly own: readonly Fix[];
  readonly managed: readonly Fix[];
}

export async function loadManagedFixes(): Promise<Fix[]> {
  try {
    const area = (browser.storage as { managed?: { get(k: string): Promise<Record<string, unknown>> } }).managed;
    return area ? sanitizeFixes((await area.get('fixes')).fixes, SCENARIOS) : [];
  } catch {
    // No policy: the API throws or is missing.
    return [];
  }
}

export async function loadOwnFixes(): Promise<Fix[]> {
  try {
    return sanitizeFixes(await fixesItem.getValue(), SCENARIOS);
  } catch {
    return [];
  }
}

export async function loadFixes(): Promise<Fixes> {
  const [own, managed] = await Promise.all([loadOwnFixes(), loadManagedFixes()]);
  return { own, managed };
}

/** Adds fixes to the person's own (nothing already saved is lost; repeats kept once). */
export async function addFixes(fixes: readonly Fix[]): Promise<Fix[]> {
  const all = uniqueFixes([...(await loadOwnFixes()), ...fixes]).slice(-MAX_FIXES);
  await fixesItem.setValue(all);
  return all;
}

export const watchOwnFixes = (callback: (fixes: Fix[]) => void): (() => void) =>
  fixesItem.watch((raw) => callback(sanitizeFixes(raw, SCENARIOS)));
