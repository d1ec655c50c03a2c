import { storage } from 'wxt/utils/storage';

/** The person's choices (no personal data): their region's diary host and hosts added by hand. */
export interface Settings {
  readonly region: string | null;
  readonly diaryHosts: readonly string[];
}

export const EMPTY_SETTINGS: Settings = { region: null, diaryHosts: [] };

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
  return { region, diaryHosts };
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
