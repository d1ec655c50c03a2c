import { SCENARIOS } from '../catalogue';
import { pathWords } from '../catalogue/path-words';
import type { ElementQuery, PageSpec, Scenario, Step } from '../catalogue/types';

/**
 * What the content script notes about the page for the support report. Only catalogue
 * ids and indexes, the host, a path whose unknown segments are masked, and times: no
 * query, no fragment, no page text, nothing typed. `sanitizeDiagnostics` re-checks all of
 * it on every read, so even a tampered record cannot carry anything else into a report.
 */
export type SignalGroup = 'url' | 'shows' | 'hides' | 'done' | 'target';

export interface Signal {
  readonly group: SignalGroup;
  /** which of the step's page alternatives (always 0 for `done` and `target`) */
  readonly page: number;
  /** which query of the group (the page alternative itself for `url`) */
  readonly index: number;
  readonly ok: boolean;
}

export type PageState = 'found' | 'searching' | 'not-found' | 'done' | 'away' | 'none';

export interface PageFacts {
  readonly at: number;
  readonly host: string;
  readonly path: string;
  readonly scenario: string | null;
  /** the step recognised on the page (null: the page is no step of the scenario) */
  readonly step: string | null;
  readonly state: PageState;
  readonly reason: 'missing' | 'ambiguous' | null;
  /** the step whose signals are listed: the recognised one, or else the one expected next */
  readonly checked: string | null;
  readonly signals: readonly Signal[];
}

export interface NotFoundEvent {
  readonly at: number;
  readonly host: string;
  readonly path: string;
  readonly scenario: string;
  readonly step: string;
  readonly reason: 'missing' | 'ambiguous' | null;
}

export interface Diagnostics {
  readonly page: PageFacts | null;
  readonly notFound: readonly NotFoundEvent[];
}

export const EMPTY_DIAGNOSTICS: Diagnostics = { page: null, notFound: [] };
export const NOT_FOUND_KEPT = 5;
export const MAX_SIGNALS = 40;

// Path segments the catalogue itself names (its example addresses); anything else is masked.
let knownSegments: ReadonlySet<string> | undefined;

/** «/profile/family/child/82002675?x=1#y» → «/profile/family/child/:id». Never throws. */
export function maskPath(pathname: string): string {
  const bare = String(pathname).split(/[?#]/)[0] ?? '';
  const segments = bare.split('/').filter(Boolean);
  if (segments.length === 0) return '/';
  return '/' + segments.slice(0, 8).map((s) => ((knownSegments ??= pathWords()).has(s) ? s : ':id')).join('/');
}

const HOST = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}(:\d{1,5})?$/;
/** A host as a host, or null (nothing else can pass for one). */
export const cleanHost = (host: unknown): string | null => (typeof host === 'string' && HOST.test(host) ? host : null);


/** The catalogue's query a signal stands for (undefined: no such signal). */
export function signalQuery(step: Step, s: Signal): ElementQuery | PageSpec | undefined {
  if (s.group === 'done') return step.done?.[s.index];
  if (s.group === 'target') return step.target?.[s.index];
  const page = step.page[s.page];
  if (!page) return undefined;
  if (s.group === 'url') return s.index === 0 ? page : undefined;
  return page[s.group]?.[s.index];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const time = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? Math.floor(v) : null);
const reasonOf = (v: unknown) => (v === 'missing' || v === 'ambiguous' ? v : null);
const STATES: readonly PageState[] = ['found', 'searching', 'not-found', 'done', 'away', 'none'];
const GROUPS: readonly SignalGroup[] = ['url', 'shows', 'hides', 'done', 'target'];
const stepOf = (scenario: Scenario | undefined, id: unknown): Step | undefined =>
  scenario && typeof id === 'string' ? scenario.steps.find((s) => s.id === id) : undefined;

function sanitizePage(raw: unknown, catalogue: readonly Scenario[]): PageFacts | null {
  if (!isObject(raw)) return null;
  const at = time(raw.at);
  const host = cleanHost(raw.host);
  if (at === null || host === null || typeof raw.path !== 'string') return null;
  const scenario = catalogue.find((s) => s.id === raw.scenario);
  const step = stepOf(scenario, raw.step);
  const checked = stepOf(scenario, raw.checked);
  const signals: Signal[] = [];
  if (checked && Array.isArray(raw.signals)) {
    for (const s of raw.signals.slice(0, MAX_SIGNALS)) {
      if (!isObject(s) || !GROUPS.includes(s.group as SignalGroup) || typeof s.ok !== 'boolean') continue;
      if (!Number.isInteger(s.page) || !Number.isInteger(s.index)) continue;
      const sig: Signal = { group: s.group as SignalGroup, page: s.page as number, index: s.index as number, ok: s.ok };
      if (signalQuery(checked, sig) !== undefined) signals.push(sig);
    }
  }
  return {
    at,
    host,
    path: maskPath(raw.path),
    scenario: scenario?.id ?? null,
    step: step?.id ?? null,
    state: STATES.includes(raw.state as PageState) ? (raw.state as PageState) : 'none',
    reason: reasonOf(raw.reason),
    checked: checked?.id ?? null,
    signals,
  };
}

/** Whatever was stored, diagnostics made only of catalogue ids, a host and a masked path. */
export function sanitizeDiagnostics(raw: unknown, catalogue: readonly Scenario[] = SCENARIOS): Diagnostics {
  if (!isObject(raw)) return EMPTY_DIAGNOSTICS;
  const notFound: NotFoundEvent[] = [];
  if (Array.isArray(raw.notFound)) {
    for (const e of raw.notFound.slice(-NOT_FOUND_KEPT)) {
      if (!isObject(e)) continue;
      const at = time(e.at);
      const host = cleanHost(e.host);
      const scenario = catalogue.find((s) => s.id === e.scenario);
      const step = stepOf(scenario, e.step);
      if (at === null || !host || !scenario || !step || typeof e.path !== 'string') continue;
      notFound.push({ at, host, path: maskPath(e.path), scenario: scenario.id, step: step.id, reason: reasonOf(e.reason) });
    }
  }
  return { page: sanitizePage(raw.page, catalogue), notFound };
}

/** The record with a new page fact; a new not-found event is kept, the oldest dropped. */
export function notePage(d: Diagnostics, page: PageFacts): Diagnostics {
  const wasNotFound = d.page?.state === 'not-found' && d.page.step === page.step && d.page.path === page.path && d.page.host === page.host;
  const notFound =
    page.state === 'not-found' && page.scenario && page.step && !wasNotFound
      ? [...d.notFound, { at: page.at, host: page.host, path: page.path, scenario: page.scenario, step: page.step, reason: page.reason }].slice(
          -NOT_FOUND_KEPT,
        )
      : d.notFound;
  return { page, notFound };
}

