import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { browser } from 'wxt/browser';
import { createGuide, type GuideView } from '../engine/guide';
import { PageScan } from '../engine/locate';
import { markByPerson, reached, reset } from '../engine/progress';
import { notePageFacts } from '../storage/diagnostics';
import { personalProgress, type ProgressStore } from '../storage/progress';
import { loadDisplay, watchDisplay } from '../storage/settings';
import { pageFacts } from '../support/page-facts';
import { createPresenterLayer, type PresenterLayer } from '../ui/presenter/layer';
import { isCommandMessage } from './commands';
import { createOverlay } from '../ui/overlay/mount';
import { createFixer } from '../fixes/controller';
import { fixedScenarios } from '../fixes/wire';

/** How long a step's target may take to appear before the written instruction is shown. */
export const NOT_FOUND_AFTER_MS = 5000;

export interface GuideWiring {
  /** where progress is kept (default: the person's own) */
  readonly store?: ProgressStore;
  /** the address the page stands for (default: its own) */
  readonly url?: () => URL;
  /** the presenter's keyboard commands reach this page from the background (default: yes) */
  readonly commands?: boolean;
  /** a band at the top of the window the hint keeps clear of (the sandbox's bar), in px */
  readonly reserveTop?: () => number;
}

export interface RunningGuide {
  /** what the overlay shows now */
  view(): GuideView | null;
  readonly presenter: PresenterLayer;
  /** what the ring is on: the step's control, or first the close control of a page layer over it */
  spotlit(): Element | null;
}

const hasSteps = (s: { steps: object } | undefined) => !!s && Object.keys(s.steps).length > 0;

/**
 * How many copies of each content script (by entrypoint) this JavaScript world has loaded.
 * Content scripts run in the extension's isolated world, which the page's scripts can
 * neither read nor change; a copy injected later into the same page shares it and counts.
 */
const LOADS = Symbol.for('provodnik.content-script-loads');
const SCRIPT = import.meta.env.ENTRYPOINT;
const world = globalThis as { [LOADS]?: Record<string, number> };
const loads = (world[LOADS] ??= {});
loads[SCRIPT] = (loads[SCRIPT] ?? 0) + 1;

/**
 * Wires storage, the engine and the overlay together on one page, and keeps it running
 * while the page tries to stop it.
 *
 * WXT's content-script context stops itself when a custom event on `document` says that a
 * newer copy of the script started; the event's name is made of the extension's id (public
 * for a store extension) and the script's name, so any page script can send it. The guide
 * therefore starts again on a fresh context unless a newer copy really was loaded into this
 * world, or the extension itself went away (updated, disabled, removed).
 */
export async function runGuide(ctx: ContentScriptContext, wiring: GuideWiring = {}): Promise<RunningGuide> {
  const loadsAtStart = loads[SCRIPT];
  let latest = ctx;
  let running: RunningGuide | undefined;
  const start = (current: ContentScriptContext) => {
    latest = current;
    current.onInvalidated(() => {
      if (loads[SCRIPT] !== loadsAtStart || !browser.runtime?.id) return;
      // The name a newer copy would use; WXT keeps it private.
      const name = (current as unknown as { contentScriptName: string }).contentScriptName;
      void start(new ContentScriptContext(name, { noScriptStartedPostMessage: true } as never));
    });
    return startGuide(current, wiring).then((r) => {
      if (current === latest) running = r;
      return r;
    });
  };
  const first = await start(ctx);
  return {
    view: () => (running ?? first).view(),
    spotlit: () => (running ?? first).spotlit(),
    get presenter() {
      return (running ?? first).presenter;
    },
  };
}

async function startGuide(ctx: ContentScriptContext, wiring: GuideWiring): Promise<RunningGuide> {
  let settings = await loadDisplay();
  const { load: loadProgress, change: changeProgress, watch: watchProgress } = wiring.store ?? personalProgress;
  const overlay = await createOverlay(
    ctx,
    (action, stepId) => {
      const scenario = activeScenario;
      if (!scenario) return;
      guide.markedByPerson(stepId);
      void changeProgress((p) => markByPerson(p, scenario, stepId, action === 'skip' ? 'skipped' : 'done', Date.now()));
    },
    wiring.reserveTop,
    () => settings.reducedMotion,
    (command) => fixer(command),
  );
  // Field fixes (SCENARIOS.md «Field fixes»): merged into the active scenario; made here by pick mode.
  let fixesChanged = () => {};
  const fixed = await fixedScenarios(() => fixesChanged());
  ctx.onInvalidated(fixed.unwatch);
  const fixer = createFixer({
    window,
    signal: ctx.signal,
    host: overlay.host,
    root: overlay.layerRoot,
    view: () => current,
    url: () => wiring.url?.() ?? new URL(location.href),
    show: overlay.setFix,
    save: fixed.save,
  });
  // Presenter mode: large type and a strong ring on the overlay host, clicks shown and
  // personal fields blurred by the page layer.
  const presenterLayer = createPresenterLayer(window, ctx.signal, overlay.layerRoot);
  let presenter = settings.presenter;
  let current: GuideView | null = null;
  // The person's display choices (options page) on the overlay host: text size, motion.
  const applyPresenter = () => {
    const host = overlay.host();
    host?.toggleAttribute('data-presenter', presenter);
    host?.toggleAttribute('data-reduced-motion', settings.reducedMotion);
    // Support view: the step's id beside its code in the hint (options page).
    host?.toggleAttribute('data-support', settings.supportView);
    if (settings.textSize === 'normal') host?.removeAttribute('data-text-size');
    else host?.setAttribute('data-text-size', settings.textSize);
    presenterLayer.set(presenter);
  };
  applyPresenter();
  ctx.onInvalidated(
    watchDisplay((s) => {
      settings = s;
      presenter = s.presenter;
      applyPresenter();
      if (current) overlay.show(current);
    }),
  );
  let progress = await loadProgress();
  let activeScenario = fixed.scenario(progress.active);
  const guide = createGuide({
    window,
    layout: true,
    url: wiring.url,
    host: overlay.host,
    notFoundAfterMs: NOT_FOUND_AFTER_MS,
    signal: ctx.signal,
    render: (view, scan) => {
      current = view;
      // One drawing: the host already carries the display choices (applyPresenter).
      overlay.show(view);
      // The guide's own look at the page: what it found is kept, so this reads little more.
      // Noted once the drawing is painted: a person waits for the spotlight, not the report.
      const first = note === undefined;
      note = { view, scan };
      if (first) requestAnimationFrame(() => setTimeout(noteNow, 0));
    },
    stored: (scenario, stepId) => progress.scenarios[scenario.id]?.steps[stepId] !== undefined,
    reached: (scenario, stepId, pageDone) =>
      void changeProgress((p) => (p.active === scenario.id ? reached(p, scenario, stepId, pageDone, Date.now()) : p)),
  });
  /** the latest drawing not yet noted for the support report */
  let note: { view: GuideView | null; scan?: PageScan } | undefined;
  const noteNow = () => {
    const n = note;
    note = undefined;
    if (n && !ctx.signal.aborted) noteForSupport(n.view, n.scan);
  };
  // For the support report: what the page was recognised as, noted when that changes.
  function noteForSupport(view: GuideView | null, look?: PageScan) {
    try {
      const scenario = activeScenario;
      if (!scenario && !view) return;
      const scan = look ?? new PageScan(document, true, overlay.host());
      const facts = pageFacts(new URL(location.href), scan, scenario, view, scenario ? progress.scenarios[scenario.id] : undefined, Date.now());
      void notePageFacts(facts);
    } catch {
      // never break the page for a diagnostic
    }
  }
  guide.setScenario(activeScenario);
  fixesChanged = () => {
    activeScenario = fixed.scenario(progress.active);
    guide.setScenario(activeScenario);
  };
  const unwatch = watchProgress((p) => {
    // Started again (the popup's «Начать заново», the presenter's key): steps this page
    // saw done are not done any more.
    const id = p.active;
    const restarted = id !== null && id === progress.active && hasSteps(progress.scenarios[id]) && !hasSteps(p.scenarios[id]);
    progress = p;
    activeScenario = fixed.scenario(p.active);
    guide.setScenario(activeScenario);
    if (restarted) guide.forget();
    // Our own report coming back changes nothing the guide relied on: no second reading.
    else guide.progressChanged();
  });
  ctx.onInvalidated(unwatch);

  if (wiring.commands !== false) {
    // Only the extension's own background sends these (never a page: pages cannot reach
    // runtime messaging). On a real site «next» marks the step done, as «Я сделал(а) это».
    const onMessage = (message: unknown, sender: { id?: string; tab?: unknown }) => {
      if (sender.id !== browser.runtime.id || sender.tab || !isCommandMessage(message)) return;
      const scenario = activeScenario;
      if (message.command === 'prev') window.history.back();
      else if (!scenario) return;
      else if (message.command === 'restart') void changeProgress((p) => reset(p, scenario.id, Date.now()));
      else if (current && current.state !== 'done' && !current.side && current.scenario === scenario) {
        const stepId = current.step.id;
        guide.markedByPerson(stepId);
        void changeProgress((p) => markByPerson(p, scenario, stepId, 'done', Date.now()));
      }
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
  }
  return { view: () => current, presenter: presenterLayer, spotlit: overlay.spotlit };
}
