import { storage } from 'wxt/utils/storage';

/** The person's choices (no personal data): their region's diary host and hosts added by hand. */
export interface Settings {
  readonly region: string | null;
  readonly diaryHosts: readonly string[];
  /** presenter mode: large type, strong spotlight, clicks shown, personal fields blurred */
  readonly presenter: boolean;
}

export const EMPTY_SETTINGS: Settings = { region: null, diaryHosts: [], presenter: false };

const HOST = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}(:\d{1,5})?$/;

/** A host typed by a person («https://sgo.example.ru/about» → «sgo.example.ru»), or null. */
export function parseHost(input: string): string | null {
  const text = input.trim().toLowerCase();
  if (text === '') return null;
  let host = text;
  try {
    host = new URL(/^[a-z]+:\/\//.test(text) ? text : `https://${text}`).host;
  } catch {
    return null;
  }
  return HOST.test(host) ? host : null;
}

export function sanitizeSettings(raw: unknown): Settings {
  if (typeof raw !== 'object' || raw === null) return EMPTY_SETTINGS;
  const r = raw as Record<string, unknown>;
  const region = typeof r.region === 'string' ? r.region : null;
  const diaryHosts = Array.isArray(r.diaryHosts)
    ? r.diaryHosts.filter((h): h is string => typeof h === 'string' && parseHost(h) === h)
    : [];
  return { region, diaryHosts, presenter: r.presenter === true };
}

export const settingsItem = storage.defineItem<unknown>('local:settings', {
  fallback: EMPTY_SETTINGS,
  version: 1,
  migrations: {},
});

export async function loadSettings(): Promise<Settings> {
  try {
    return sanitizeSettings(await settingsItem.getValue());
  } catch {
    return EMPTY_SETTINGS;
  }
}

export async function saveSettings(s: Settings): Promise<void> {
  await settingsItem.setValue(s);
}

/** Presenter mode on or off (read, change, write: the other settings stay). */
export async function setPresenter(on: boolean): Promise<void> {
  const s = await loadSettings();
  if (s.presenter !== on) await saveSettings({ ...s, presenter: on });
}

export function watchSettings(callback: (s: Settings) => void): () => void {
  return settingsItem.watch((value) => callback(sanitizeSettings(value)));
}
