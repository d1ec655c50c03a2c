import { findScenario } from '../catalogue';

/**
 * A track is one walk file (tests/walks/*.json): where a scenario starts on the replica
 * pages and which control each step presses. The same files drive the real-browser walks
 * and the sandbox's «Дальше», so the demo and the tests cannot drift apart.
 */
export interface TrackEntry {
  readonly step: string;
  readonly target?: string;
  readonly state?: 'done' | 'not-found';
  readonly open?: string;
  readonly via?: readonly string[];
  readonly choose?: string;
  /** the walk moves to another scenario here (tests only: such walks are no tracks) */
  readonly branch?: string;
  readonly scenario?: string;
  /** the target is a field: type this into it instead of pressing it */
  readonly type?: string;
}

export interface Track {
  /** the walk file's name without `.json` */
  readonly id: string;
  readonly scenario: string;
  readonly start: string;
  readonly steps: readonly TrackEntry[];
  /** a branch of the scenario, in plain Russian (none: the main path) */
  readonly variant?: string;
}

/** The branches, as a teacher would name them to parents. */
const VARIANTS: Record<string, string> = {
  'child-diary-sferum': 'браузер помнит VK ID родителя: ребёнок входит в свой аккаунт',
  'child-gosuslugi-account': 'у ребёнка уже есть своя электронная почта',
  'child-gosuslugi-account-mailru': 'почта для ребёнка на Mail.ru',
  'diary-login-gosuslugi': '«Сетевой город»: школа нашла учётную запись',
  'diary-login-gosuslugi-not-found': '«Сетевой город»: «Запись не найдена»',
  'family-messenger': 'ссылка-приглашение открыта до учебного профиля',
  'child-gosuslugi-account-second-child': 'второй ребёнок: карточка первого уже есть',
  'diary-login-gosuslugi-sgo-sso': '«Сетевой город» сегодня: вход только через Госуслуги',
  'diary-login-gosuslugi-sgo-sso-not-found': '«Сетевой город» сегодня: «Запись не найдена»',
  'max-family-chat-link': 'чата класса нет: вход по ссылке учителя, с паролем MAX',
};

type RawWalk = Omit<Track, 'id' | 'variant'> & { readonly branch?: string };

export function tracksFrom(files: Record<string, RawWalk>): Track[] {
  return Object.entries(files)
    .map(([path, w]) => {
      const id = path.replace(/^.*\//, '').replace(/\.json$/, '');
      const variant = w.branch ? (VARIANTS[id] ?? 'другой вариант') : undefined;
      return { id, scenario: w.scenario, start: w.start, steps: w.steps, ...(variant ? { variant } : {}) };
    })
    .filter((t) => findScenario(t.scenario))
    // A walk that follows a branch into another scenario (the popup's link) is the tests' only:
    // the sandbox plays one scenario per track.
    .filter((t) => !t.steps.some((e) => e.branch !== undefined || e.scenario !== undefined))
    .sort((a, b) => (a.id < b.id ? -1 : 1));
}

export const TRACKS: readonly Track[] = tracksFrom(
  import.meta.glob<RawWalk>('../../tests/walks/*.json', { eager: true, import: 'default' }),
);

export const findTrack = (id: string | null | undefined): Track | undefined => TRACKS.find((t) => t.id === id);

/** Where the sandbox is in a track: entry, press within the entry, whether its `open` was done. */
export interface Cursor {
  readonly track: string;
  readonly entry: number;
  readonly press: number;
  readonly opened: boolean;
}

export const startCursor = (track: string): Cursor => ({ track, entry: 0, press: 0, opened: false });

export type NextAction =
  | { readonly kind: 'open'; readonly url: string; readonly cursor: Cursor }
  | { readonly kind: 'press'; readonly step: string; readonly name: string; readonly choose?: string; readonly type?: string; readonly cursor: Cursor }
  | { readonly kind: 'end' };

const presses = (e: TrackEntry): readonly string[] => [...(e.via ?? []), ...(e.target !== undefined ? [e.target] : [])];

/**
 * What «Дальше» does now: open the next page of the track, or press what the spotlight
 * shows. `pageStep` is the step the page shows: when the presenter clicked on their own,
 * the cursor catches up with the page. The returned cursor is the one after the action.
 */
export function nextAction(track: Track, at: Cursor, pageStep: string | null): NextAction {
  let c = at;
  const entries = track.steps;
  const here = entries[c.entry];
  if (pageStep && here && here.step !== pageStep && !(here.open && !c.opened)) {
    const ahead = entries.findIndex((e, i) => i > c.entry && e.step === pageStep);
    const any = ahead >= 0 ? ahead : entries.findIndex((e) => e.step === pageStep);
    if (any >= 0) c = { ...c, entry: any, press: 0, opened: true };
  }
  for (let guard = 0; guard < entries.length + 1; guard++) {
    const e = entries[c.entry];
    if (!e) return { kind: 'end' };
    if (e.open && !c.opened) return { kind: 'open', url: e.open, cursor: { ...c, opened: true } };
    const list = presses(e);
    if (e.state === 'done' || c.press >= list.length) {
      c = { ...c, entry: c.entry + 1, press: 0, opened: false };
      continue;
    }
    const last = c.press === list.length - 1;
    const after: Cursor = last ? { ...c, entry: c.entry + 1, press: 0, opened: false } : { ...c, press: c.press + 1 };
    return {
      kind: 'press',
      step: e.step,
      name: list[c.press]!,
      ...(last && e.choose ? { choose: e.choose } : {}),
      ...(last && e.type !== undefined ? { type: e.type } : {}),
      cursor: after,
    };
  }
  return { kind: 'end' };
}
