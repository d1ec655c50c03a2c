import { storedItem } from './item';
import { browser } from 'wxt/browser';
import { SCENARIOS } from '../catalogue';
import { REGIONAL_DIARIES } from '../catalogue/sites';
import type { Scenario } from '../catalogue/types';

/** Who uses Проводник on this computer: orders the scenarios. */
import { ROLES, type Role } from '../catalogue/types';
export { ROLES, type Role };
export type TextSize = 'normal' | 'large' | 'larger';
export const TEXT_SIZES: readonly TextSize[] = ['normal', 'large', 'larger'];

/** The person's choices (no personal data). */
export interface Settings {
  /** a region of REGIONAL_DIARIES */
  readonly region: string | null;
  /** diary hosts added (granted) by the person */
  readonly diaryHosts: readonly string[];
  /** the e-diary the school uses: a host (one.43edu.ru, dnevnik.ru, myschool.edu.ru or a regional one) */
  readonly diary: string | null;
  readonly role: Role | null;
  readonly textSize: TextSize;
  readonly reducedMotion: boolean;
  readonly presenterDefault: boolean;
  /** support view: step ids next to hints, «Перейти к шагу…» */
  readonly supportView: boolean;
  /** presenter mode now: large type, strong spotlight, clicks shown, personal fields blurred */
  readonly presenter: boolean;
}

export const EMPTY_SETTINGS: Settings = {
  region: null,
  diaryHosts: [],
  diary: null,
  role: null,
  textSize: 'normal',
  reducedMotion: false,
  presenterDefault: false,
  supportView: false,
  presenter: false,
};

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

const isRegion = (v: unknown): v is string => REGIONAL_DIARIES.some((d) => d.region === v);
const isHost = (h: unknown): h is string => typeof h === 'string' && parseHost(h) === h;
const pick = <T extends string>(v: unknown, allowed: readonly T[]): T | null => (allowed.includes(v as T) ? (v as T) : null);

/** What the guide on a page reads of the settings: how the overlay looks. */
export type DisplaySettings = Pick<Settings, 'textSize' | 'reducedMotion' | 'supportView' | 'presenter'>;

const asRecord = (raw: unknown): Record<string, unknown> | null =>
  typeof raw !== 'object' || raw === null || Array.isArray(raw) ? null : (raw as Record<string, unknown>);

/**
 * The display settings alone, sanitised as `sanitizeSettings` does them (the content
 * scripts need no region list or host rules for these).
 */
export function sanitizeDisplay(raw: unknown): DisplaySettings {
  const r = asRecord(raw) ?? {};
  return {
    textSize: pick(r.textSize, TEXT_SIZES) ?? 'normal',
    reducedMotion: r.reducedMotion === true,
    supportView: r.supportView === true,
    presenter: r.presenter === true,
  };
}

export function sanitizeSettings(raw: unknown): Settings {
  const r = asRecord(raw);
  if (!r) return EMPTY_SETTINGS;
  return {
    region: isRegion(r.region) ? r.region : null,
    diaryHosts: Array.isArray(r.diaryHosts) ? [...new Set(r.diaryHosts.filter(isHost))].slice(0, 20) : [],
    diary: isHost(r.diary) ? r.diary : null,
    role: pick(r.role, ROLES),
    presenterDefault: r.presenterDefault === true,
    ...sanitizeDisplay(r),
  };
}

export const settingsItem = storedItem<unknown>('settings', EMPTY_SETTINGS);

export async function loadSettings(): Promise<Settings> {
  try {
    return sanitizeSettings(await settingsItem.getValue());
  } catch {
    return EMPTY_SETTINGS;
  }
}

export async function saveSettings(s: Settings): Promise<void> {
  await settingsItem.setValue(sanitizeSettings(s));
}

export async function changeSettings(change: (s: Settings) => Settings): Promise<Settings> {
  const after = sanitizeSettings(change(await loadSettings()));
  await settingsItem.setValue(after);
  return after;
}

export function watchSettings(callback: (s: Settings) => void): () => void {
  return settingsItem.watch((v) => callback(sanitizeSettings(v)));
}

/** The display settings, for the guide on a page. */
export async function loadDisplay(): Promise<DisplaySettings> {
  try {
    return sanitizeDisplay(await settingsItem.getValue());
  } catch {
    return sanitizeDisplay(null);
  }
}

export function watchDisplay(callback: (s: DisplaySettings) => void): () => void {
  return settingsItem.watch((v) => callback(sanitizeDisplay(v)));
}

/**
 * School IT presets (`storage.managed`, set by the browser's enterprise policy; schema in
 * public/managed_schema.json). What is set there wins over the person's own choice.
 */
export interface Managed {
  readonly region?: string;
  readonly diary?: string;
  readonly role?: Role;
  readonly hiddenScenarios?: readonly string[];
}

export function sanitizeManaged(raw: unknown): Managed {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return {};
  const r = raw as Record<string, unknown>;
  const out: { -readonly [K in keyof Managed]: Managed[K] } = {};
  if (isRegion(r.region)) out.region = r.region;
  if (typeof r.diaryHost === 'string' && parseHost(r.diaryHost)) out.diary = parseHost(r.diaryHost)!;
  const role = pick(r.role, ROLES);
  if (role) out.role = role;
  if (Array.isArray(r.hiddenScenarios)) {
    const ids = new Set(SCENARIOS.map((s) => s.id));
    const hidden = r.hiddenScenarios.filter((id): id is string => typeof id === 'string' && ids.has(id));
    if (hidden.length > 0) out.hiddenScenarios = hidden;
  }
  return out;
}

/** The policy's values; none when there is no policy (the API throws or is missing then). */
export async function loadManaged(): Promise<Managed> {
  try {
    const area = (browser.storage as { managed?: { get(k?: null): Promise<Record<string, unknown>> } }).managed;
    if (!area) return {};
    return sanitizeManaged(await area.get(null));
  } catch {
    return {};
  }
}

/** The settings in force: the administrator's values over the person's. */
export function effectiveSettings(s: Settings, m: Managed): Settings {
  return { ...s, region: m.region ?? s.region, diary: m.diary ?? s.diary, role: m.role ?? s.role };
}

/** Who does a scenario: parent, pupil or teacher (one or more; the catalogue's `roles`). */
export function scenarioRoles(sc: Scenario): readonly Role[] {
  return sc.roles.length > 0 ? sc.roles : ['parent'];
}

export interface ScenarioGroup {
  readonly role: Role;
  readonly scenarios: readonly Scenario[];
}

/**
 * The scenarios to offer (`orderScenarios`), grouped by who does them: the person's own
 * role first, then parent, pupil, teacher. A scenario of several roles is listed once, in
 * the first of its groups; empty groups are left out.
 */
export function groupScenarios(s: Settings, m: Managed, active: string | null = null, all: readonly Scenario[] = SCENARIOS): ScenarioGroup[] {
  const order = s.role ? [s.role, ...ROLES.filter((r) => r !== s.role)] : [...ROLES];
  const groups = new Map<Role, Scenario[]>(order.map((r) => [r, []]));
  for (const sc of orderScenarios(s, m, active, all)) {
    const roles = scenarioRoles(sc);
    groups.get(order.find((r) => roles.includes(r))!)!.push(sc);
  }
  return order.map((role) => ({ role, scenarios: groups.get(role)! })).filter((g) => g.scenarios.length > 0);
}

/** Kirov region's diary scenarios: they come after the any-region one when another diary is chosen. */
const KIROV_ONLY = ['parent-diary-sferum', 'child-diary-sferum'];

/**
 * The scenarios to offer, in order: the role's own first, then the rest in catalogue
 * order; a diary other than one.43edu.ru puts the Kirov-only ones last; the
 * administrator's hidden ones are left out (the active one is kept, never a dead end).
 */
export function orderScenarios(s: Settings, m: Managed, active: string | null = null, all: readonly Scenario[] = SCENARIOS): Scenario[] {
  const hidden = new Set(m.hiddenScenarios ?? []);
  const role = s.role;
  const first = role ? all.filter((sc) => sc.roles.includes(role)).map((sc) => sc.id) : [];
  const otherDiary = s.diary !== null && s.diary !== 'one.43edu.ru';
  const rank = (sc: Scenario) => {
    const f = first.indexOf(sc.id);
    const base = f >= 0 ? f : first.length + all.indexOf(sc);
    return otherDiary && KIROV_ONLY.includes(sc.id) ? base + 1000 : base;
  };
  return all.filter((sc) => !hidden.has(sc.id) || sc.id === active).sort((a, b) => rank(a) - rank(b));
}

/** Presenter mode on or off (read, change, write: the other settings stay). */
export async function setPresenter(on: boolean): Promise<void> {
  const s = await loadSettings();
  if (s.presenter !== on) await saveSettings({ ...s, presenter: on });
}
