import type { Scenario, Step } from '../catalogue/types';
import { PageScan } from './locate';
import { observedFor, relevanceFor, type Relevance } from './relevance';
import { awayIndex, recognise } from './resolve';

/** `away`: no step of the active scenario on this page; the note says where the current one is. */
export type GuideState = 'found' | 'searching' | 'not-found' | 'done' | 'away';

/** How long a page may stay unrecognised (still drawing itself) before the `away` note shows. */
export const AWAY_AFTER_MS = 600;

/** What the overlay draws; `null` when the page is not a step of the active scenario. */
export interface GuideView {
  readonly scenario: Scenario;
  readonly step: Step;
  readonly index: number;
  readonly state: GuideState;
  readonly target: Element | null;
  /** why the target is not shown: nothing matched, or several matched equally */
  readonly reason: 'missing' | 'ambiguous' | null;
  /** the target is the control that reveals the step's own (hidden in a closed menu, tab, section): its name */
  readonly reveals?: string | null;
  /** `step` is a site's own screen in between (no checklist step): `index` is the step it stands in for */
  readonly side?: true;
}

export interface GuideOptions {
  readonly window: Window;
  /** whether the DOM has layout (false in unit tests) */
  readonly layout: boolean;
  /** our host element: its changes are not the page's */
  readonly host?: () => Element | undefined;
  /** how long the target may take to appear before the written instruction is shown */
  readonly notFoundAfterMs: number;
  readonly signal: AbortSignal;
  /** `scan`: the look the view came from, for anything else that reads the page now (support facts) */
  readonly render: (view: GuideView | null, scan?: PageScan) => void;
  /** the page showed this step (and whether it shows it complete) */
  readonly reached: (scenario: Scenario, stepId: string, pageDone: boolean) => void;
  /** steps already behind the person in stored progress (gates `PageSpec.after` across page loads) */
  readonly stored?: (scenario: Scenario, stepId: string) => boolean;
  /** the address the page stands for (the demo sandbox's replicas); default: the window's own */
  readonly url?: () => URL;
}

/** Attribute on the page element being spotlighted (public test hook). */
export const TARGET_ATTR = 'data-provodnik-target';

export interface Guide {
  /** the active scenario changed (null: none) */
  setScenario(scenario: Scenario | null): void;
  /** the person said the current step is done or skipped: show it done on this page */
  markedByPerson(stepId: string): void;
  /** the scenario was started again: forget the steps this page saw done */
  forget(): void;
  /**
   * The stored progress changed (the popup, another tab, our own write): the page is read
   * again only if an answer the last reading relied on (which steps are behind) changed.
   */
  progressChanged(): void;
}

/**
 * Follows the page: a single MutationObserver (changes that matter read once per animation
 * frame; a target the current step waits for drawn at once) plus navigation events, all
 * tied to `signal`. Nothing runs while nothing changes, and nothing at all while no
 * scenario is active.
 */
export function createGuide(opts: GuideOptions): Guide {
  const win = opts.window;
  const doc = win.document;
  let scenario: Scenario | null = null;
  let frame = 0;
  let lastKey = '';
  let currentStep: string | null = null;
  let gaveUp = false;
  let manualDone: string | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** the page was left unrecognised long enough for the `away` note (a timer while waiting) */
  let awayTimer: ReturnType<typeof setTimeout> | undefined;
  let awayReady = false;
  let target: Element | null = null;
  let lastView: GuideView | null = null;
  /** steps this page has shown complete (or the person said so): gates `PageSpec.after` */
  const behind = new Set<string>();
  /** which page changes can matter to the active scenario */
  let relevant: Relevance = () => true;
  /** the address the page had when it was last read */
  let readAt = '';
  /**
   * Steps our own reports make behind (`reached` marks every step before the one reached):
   * counted at once, so our own write to storage coming back changes nothing.
   */
  const reported = new Set<string>();
  /** which steps the last reading asked about, and whether they were behind */
  const asked = new Map<string, boolean>();
  const isBehind = (id: string) =>
    behind.has(id) || reported.has(id) || (scenario !== null && (opts.stored?.(scenario, id) ?? false));
  const askBehind = (id: string) => {
    const b = isBehind(id);
    asked.set(id, b);
    return b;
  };

  const Observer = (win as Window & { MutationObserver: typeof MutationObserver }).MutationObserver;
  // Whether a change matters is decided right in the observer's callback, from the records
  // alone: the page may change hundreds of times a second, and a change that does not
  // matter costs a few comparisons, no copy, no frame, no read of the page. One that
  // matters is read in full at the next frame, once for all the changes before it. When
  // the current step waits for its target, the target is looked for at once too, and drawn
  // before the frame is painted (`drawNow`): the callback runs once the page's script is
  // through with its change.
  const location = win.location;
  const observer = new Observer((records) => {
    if (!scenario || dirty) return;
    if (location.href !== readAt) changed();
    else if (relevant(records, target, opts.host?.())) {
      changed();
      if (waiting()) drawNow();
    }
  });

  /** the page changed in a way that matters, after the last read */
  let dirty = false;

  /** Read the page at the next frame (once, however many changes come before it). */
  function changed() {
    dirty = true;
    if (!frame) frame = win.requestAnimationFrame(onFrame);
  }

  function onFrame() {
    frame = 0;
    if (!dirty) return;
    dirty = false;
    evaluate();
  }

  const nav = (win as Window & { navigation?: EventTarget }).navigation;
  const listenerOpts = { signal: opts.signal };
  win.addEventListener('popstate', () => schedule(), listenerOpts);
  win.addEventListener('hashchange', () => schedule(), listenerOpts);
  nav?.addEventListener('currententrychange', () => schedule(), listenerOpts);
  doc.addEventListener('visibilitychange', () => schedule(), listenerOpts);
  // Ticking a box or typing changes no attribute: the DOM observer would not see it.
  doc.addEventListener('change', () => schedule(), { ...listenerOpts, capture: true });
  opts.signal.addEventListener('abort', stop, { once: true });

  /** Observe the page for the active scenario (again when it changed: other attributes). */
  function start() {
    if (opts.signal.aborted) return;
    observer.observe(doc.documentElement, observedFor(scenario));
  }

  function stop() {
    observer.disconnect();
    if (frame) win.cancelAnimationFrame(frame);
    frame = 0;
    dirty = false;
    clearTimeout(timer);
    clearTimeout(awayTimer);
    awayTimer = undefined;
    awayReady = false;
    setTarget(null);
  }

  /** Read the page, whatever changed (navigation, timers, storage). */
  function schedule() {
    if (!scenario || opts.signal.aborted) return;
    changed();
  }

  function setTarget(el: Element | null) {
    if (target === el) return;
    target?.removeAttribute(TARGET_ATTR);
    target = el;
    target?.setAttribute(TARGET_ATTR, '');
  }

  /** The step shown waits for its target (not there yet, gone, or re-rendered). */
  function waiting(): boolean {
    const v = lastView;
    return v !== null && v.state !== 'done' && !(v.target?.isConnected ?? false);
  }

  /**
   * The target the current step waits for, drawn at once when the page (read as a whole,
   * as at the frame) is still that step and shows it; anything else — another step, the
   * step done, progress to report — waits for the full reading at the next frame.
   */
  function drawNow() {
    const v = lastView!;
    const scan = new PageScan(doc, opts.layout, opts.host?.());
    const r = recognise(v.scenario, opts.url?.() ?? new URL(location.href), scan, isBehind);
    if (!r || r.step !== v.step || r.pageDone || manualDone === r.step.id || r.located?.kind !== 'found') return;
    setTarget(r.located.element);
    emit({ ...v, state: 'found', target: r.located.element, reason: null }, scan);
  }

  function emit(view: GuideView | null, scan?: PageScan) {
    const same =
      view === lastView ||
      (view !== null &&
        lastView !== null &&
        view.step === lastView.step &&
        view.state === lastView.state &&
        view.target === lastView.target &&
        view.reason === lastView.reason &&
        (view.reveals ?? null) === (lastView.reveals ?? null));
    // A page that rebuilt its document may have dropped our host: draw again.
    const host = opts.host?.();
    if (same && !(view && host && !host.isConnected)) return;
    lastView = view;
    opts.render(view, scan);
  }

  /**
   * Counts as behind, now, what reporting the step at `index` will store (the steps before
   * it; itself when the page shows it complete). True when that changes an answer the
   * reading relied on: the page must be recognised again.
   */
  function willReport(active: Scenario, index: number, pageDone: boolean): boolean {
    let changes = false;
    active.steps.forEach((step, i) => {
      if ((i < index || (i === index && pageDone)) && !isBehind(step.id)) {
        reported.add(step.id);
        if (asked.has(step.id)) changes = true;
      }
    });
    return changes;
  }

  function evaluate() {
    if (!scenario || opts.signal.aborted) return;
    const url = opts.url?.() ?? new URL(win.location.href);
    readAt = win.location.href;
    const scan = new PageScan(doc, opts.layout, opts.host?.());
    asked.clear();
    let r = recognise(scenario, url, scan, askBehind);
    for (;;) {
      // A step just seen complete may open the page of a later one on the same page (`after`).
      if (r && (r.pageDone || manualDone === r.step.id) && !behind.has(r.step.id)) {
        behind.add(r.step.id);
      } else if (!(r && willReport(scenario, r.index, r.pageDone))) break;
      r = recognise(scenario, url, scan, askBehind);
    }
    if (!r) {
      currentStep = null;
      setTarget(null);
      emit(away(scenario, isBehind), scan);
      return;
    }
    clearTimeout(awayTimer);
    awayTimer = undefined;
    awayReady = false;
    if (r.step.id !== currentStep) {
      currentStep = r.step.id;
      gaveUp = false;
      clearTimeout(timer);
      timer = undefined;
      if (manualDone !== r.step.id) manualDone = null;
    }
    // A side screen is no checklist step: the page has reached the step it stands in for.
    const reachedId = r.side ? scenario.steps[r.index]!.id : r.step.id;
    const key = `${scenario.id}/${reachedId}/${r.pageDone}`;
    if (key !== lastKey) {
      lastKey = key;
      opts.reached(scenario, reachedId, r.pageDone);
    }
    const base = { scenario, step: r.step, index: r.index, ...(r.side ? { side: true as const } : {}) };
    if (r.pageDone || manualDone === r.step.id || !r.step.target) {
      setTarget(null);
      emit({ ...base, state: 'done', target: null, reason: null }, scan);
      return;
    }
    if (r.located?.kind === 'found') {
      setTarget(r.located.element);
      emit({ ...base, state: 'found', target: r.located.element, reason: null, reveals: r.reveals }, scan);
      return;
    }
    setTarget(null);
    const reason = r.located?.kind === 'ambiguous' ? 'ambiguous' : 'missing';
    if (!gaveUp && timer === undefined) {
      timer = setTimeout(() => {
        gaveUp = true;
        schedule();
      }, opts.notFoundAfterMs);
    }
    emit({ ...base, state: gaveUp ? 'not-found' : 'searching', target: null, reason }, scan);
  }

  /** The `away` view: the first step not behind the person, once the page had time to draw itself. */
  function away(active: Scenario, isBehind: (id: string) => boolean): GuideView | null {
    const index = awayIndex(active, isBehind);
    if (index < 0) return null;
    if (!awayReady) {
      awayTimer ??= setTimeout(() => {
        awayReady = true;
        schedule();
      }, AWAY_AFTER_MS);
      return lastView?.state === 'away' && lastView.scenario === active ? lastView : null;
    }
    const step = active.steps[index]!;
    if (lastView?.state === 'away' && lastView.step === step) return lastView;
    return { scenario: active, step, index, state: 'away', target: null, reason: null };
  }

  return {
    setScenario(next) {
      if (next === scenario) return;
      scenario = next;
      relevant = next ? relevanceFor(next) : () => true;
      behind.clear();
      reported.clear();
      lastKey = '';
      currentStep = null;
      manualDone = null;
      if (!next) {
        stop();
        emit(null);
        return;
      }
      start();
      evaluate();
    },
    markedByPerson(stepId) {
      manualDone = stepId;
      evaluate();
    },
    forget() {
      // (The page is not reported again as reached: started again means from the start,
      // until the person moves on.)
      behind.clear();
      reported.clear();
      manualDone = null;
      evaluate();
    },
    progressChanged() {
      // What storage says now includes our own reports, or else they were undone there.
      reported.clear();
      for (const [id, was] of asked) {
        if (isBehind(id) !== was) {
          schedule();
          return;
        }
      }
    },
  };
}
