import type { Scenario, Step } from '../catalogue/types';
import { PageScan } from './locate';
import { relevanceFor, type Relevance } from './relevance';
import { recognise } from './resolve';

export type GuideState = 'found' | 'searching' | 'not-found' | 'done';

/** What the overlay draws; `null` when the page is not a step of the active scenario. */
export interface GuideView {
  readonly scenario: Scenario;
  readonly step: Step;
  readonly index: number;
  readonly state: GuideState;
  readonly target: Element | null;
  /** why the target is not shown: nothing matched, or several matched equally */
  readonly reason: 'missing' | 'ambiguous' | null;
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

// Attributes that change what is visible or what a control is called.
const WATCHED_ATTRIBUTES = [
  'class',
  'style',
  'hidden',
  'open',
  'inert',
  'aria-hidden',
  'aria-expanded',
  'aria-label',
  'aria-labelledby',
  'aria-modal',
  'role',
  'href',
  'disabled',
  'type',
];

/** What the guide's one observer is told of (the bench measures an empty observer with these too). */
export const OBSERVED: MutationObserverInit = {
  subtree: true,
  childList: true,
  characterData: true,
  characterDataOldValue: true,
  attributes: true,
  attributeFilter: WATCHED_ATTRIBUTES,
};

export interface Guide {
  /** the active scenario changed (null: none) */
  setScenario(scenario: Scenario | null): void;
  /** the person said the current step is done or skipped: show it done on this page */
  markedByPerson(stepId: string): void;
  /** the scenario was started again: forget the steps this page saw done */
  forget(): void;
  /** re-read the page now (used after storage changes) */
  refresh(): void;
}

/**
 * Follows the page: a single MutationObserver (changes that matter read once per animation frame)
 * plus navigation events, all tied to `signal`. Nothing runs while nothing changes, and
 * nothing at all while no scenario is active.
 */
export function createGuide(opts: GuideOptions): Guide {
  const win = opts.window;
  const doc = win.document;
  let scenario: Scenario | null = null;
  let frame = 0;
  let observing = false;
  let lastKey = '';
  let currentStep: string | null = null;
  let gaveUp = false;
  let manualDone: string | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let target: Element | null = null;
  let lastView: GuideView | null = null;
  /** steps this page has shown complete (or the person said so): gates `PageSpec.after` */
  const behind = new Set<string>();
  /** which page changes can matter to the active scenario */
  let relevant: Relevance = () => true;
  /** the address the page had when it was last read */
  let readAt = '';

  const Observer = (win as Window & { MutationObserver: typeof MutationObserver }).MutationObserver;
  // Whether a change matters is decided right in the observer's callback, from the records
  // alone: the page may change hundreds of times a second, and a change that does not
  // matter costs a few comparisons, no copy, no frame, no read of the page. One that
  // matters is read at the next frame, once for all the changes before it. (Reading at
  // once, in the callback, drew the spotlight sooner but read pages halfway through their
  // own changes: a corpus page was then left on the wrong step, 3 times in 8.)
  const location = win.location;
  const observer = new Observer((records) => {
    if (!scenario || dirty) return;
    if (relevant(records, target, opts.host?.()) || location.href !== readAt) changed();
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

  function start() {
    if (observing || opts.signal.aborted) return;
    observing = true;
    observer.observe(doc.documentElement, OBSERVED);
  }

  function stop() {
    observer.disconnect();
    observing = false;
    if (frame) win.cancelAnimationFrame(frame);
    frame = 0;
    dirty = false;
    clearTimeout(timer);
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

  function emit(view: GuideView | null, scan?: PageScan) {
    const same =
      view === lastView ||
      (view !== null &&
        lastView !== null &&
        view.step === lastView.step &&
        view.state === lastView.state &&
        view.target === lastView.target &&
        view.reason === lastView.reason);
    // A page that rebuilt its document may have dropped our host: draw again.
    const host = opts.host?.();
    if (same && !(view && host && !host.isConnected)) return;
    lastView = view;
    opts.render(view, scan);
  }

  function evaluate() {
    if (!scenario || opts.signal.aborted) return;
    const url = opts.url?.() ?? new URL(win.location.href);
    readAt = win.location.href;
    const scan = new PageScan(doc, opts.layout, opts.host?.());
    const active = scenario;
    const isBehind = (id: string) => behind.has(id) || (opts.stored?.(active, id) ?? false);
    let r = recognise(scenario, url, scan, isBehind);
    // A step just seen complete may open the page of a later one on the same page (`after`).
    while (r && (r.pageDone || manualDone === r.step.id) && !behind.has(r.step.id)) {
      behind.add(r.step.id);
      r = recognise(scenario, url, scan, isBehind);
    }
    if (!r) {
      currentStep = null;
      setTarget(null);
      emit(null, scan);
      return;
    }
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
      emit({ ...base, state: 'found', target: r.located.element, reason: null }, scan);
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

  return {
    setScenario(next) {
      if (next === scenario) return;
      scenario = next;
      relevant = next ? relevanceFor(next) : () => true;
      behind.clear();
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
      manualDone = null;
      evaluate();
    },
    refresh() {
      schedule();
    },
  };
}
