import { render } from 'preact';
import { browser } from 'wxt/browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { findScenario } from '../catalogue';
import { normalize } from '../engine/text';
import { activate, reset } from '../engine/progress';
import { isCommandMessage, type PresenterCommand } from '../content/commands';
import { runGuide, type RunningGuide } from '../content/run-guide';
import { demoProgress } from '../storage/progress';
import { loadSettings, setPresenter, watchSettings } from '../storage/settings';
import { FILES_GLOBAL, REPLICA_GLOBAL, replicaIndex } from './address';
import { Bar } from './Bar';
import css from './bar.css?inline';
import { clearReplicaState, createReplicaEnv, pageRealUrl } from './replica-env';
import { findTrack, nextAction, startCursor, type Cursor } from './tracks';
import { t as i18n } from '../ui/i18n';

export const BAR_HOST = 'provodnik-demo-bar';
const CURSOR_KEY = 'provodnik-demo-cursor';
const PENDING_KEY = 'provodnik-demo-pending-next';

/** Where this tab is in its track (per tab, kept across the tab's page loads). */
export function loadCursor(): Cursor | null {
  try {
    const c = JSON.parse(sessionStorage.getItem(CURSOR_KEY) ?? 'null') as Cursor | null;
    return c && typeof c.track === 'string' && Number.isInteger(c.entry) && Number.isInteger(c.press) ? c : null;
  } catch {
    return null;
  }
}
export const saveCursor = (c: Cursor): void => sessionStorage.setItem(CURSOR_KEY, JSON.stringify(c));

/** Starts a track in this tab: clean replica state and demo progress, the scenario active. */
export async function startTrack(trackId: string): Promise<string | null> {
  const track = findTrack(trackId);
  if (!track) return null;
  clearReplicaState(localStorage);
  // A track whose first entry opens its own start page: that page is what opens now.
  saveCursor({ ...startCursor(track.id), opened: track.steps[0]?.open === track.start });
  const now = Date.now();
  await demoProgress.change((p) => activate(reset(p, track.scenario, now), track.scenario, now));
  return track.start;
}

const normal = (s: string | null | undefined) => normalize(s ?? '');

/** A press as a person's mouse makes it (pages listen to mousedown as well as click). */
function press(el: Element) {
  const r = el.getBoundingClientRect();
  const init = { bubbles: true, cancelable: true, composed: true, clientX: r.left + r.width / 2, clientY: r.top + r.height / 2, button: 0, detail: 1 };
  el.dispatchEvent(new PointerEvent('pointerdown', { ...init, pointerType: 'mouse', isPrimary: true }));
  el.dispatchEvent(new MouseEvent('mousedown', init));
  if (el instanceof HTMLElement) el.focus({ preventScroll: true });
  el.dispatchEvent(new PointerEvent('pointerup', { ...init, pointerType: 'mouse', isPrimary: true }));
  el.dispatchEvent(new MouseEvent('mouseup', init));
  el.dispatchEvent(new MouseEvent('click', init));
  return { x: init.clientX, y: init.clientY };
}

/** Types a walk's invented value into a field (a code), as the person would, then Enter. */
function typeInto(el: Element, text: string) {
  if (!(el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement)) return;
  el.value = text;
  el.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: text, inputType: 'insertText' }));
  el.dispatchEvent(new Event('change', { bubbles: true }));
  el.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, key: 'Enter' }));
  el.form?.requestSubmit();
}

/** Resolves with what `probe` finds, polling once per frame, or null after `ms`. */
function waitFor<T>(probe: () => T | null, ms: number): Promise<T | null> {
  const until = performance.now() + ms;
  return new Promise((done) => {
    const tick = () => {
      const v = probe();
      if (v) done(v);
      else if (performance.now() > until) done(null);
      else requestAnimationFrame(tick);
    };
    tick();
  });
}

/**
 * The demo runtime, loaded first by every replica page of the sandbox: the replica's
 * own scripts get the real site's address, then the same engine and overlay as on the
 * real sites run with demo progress, under the sandbox bar.
 */
export function startDemoRuntime(): void {
  const files = (globalThis as unknown as Record<string, unknown>)[FILES_GLOBAL];
  const index = replicaIndex(Array.isArray(files) ? (files as string[]) : []);
  const here = () => pageRealUrl(location) ?? new URL('https://demo.invalid/');
  let notice: string | null = null;
  let redraw = () => undefined as void;
  const say = (text: string | null) => {
    notice = text;
    redraw();
  };
  // Set once this page starts loading another one (every navigation of the replica goes
  // through its `location` or a link, both ours).
  let navigating = false;
  // Commands received and not yet carried out (shown on the bar host as `data-busy`).
  let pending = 0;
  let showBusy = () => undefined as void;
  window.addEventListener('pageshow', () => {
    navigating = false;
    showBusy();
  });
  const env = createReplicaEnv({
    leaving: () => {
      navigating = true;
      showBusy();
    },
    window,
    index,
    here,
    missing: (url) => say(i18n('demoMissingPage', `${url.host}${url.pathname}`)),
  });
  (window as unknown as Record<string, unknown>)[REPLICA_GLOBAL] = env;

  // Links to the real sites stay in the sandbox; the page's own script may have handled
  // the click already (then it prevented the default).
  window.addEventListener('click', (e) => {
    if (e.defaultPrevented || e.button !== 0) return;
    const a = e.composedPath().find((n): n is HTMLAnchorElement => n instanceof HTMLAnchorElement && n.hasAttribute('href'));
    const raw = a?.getAttribute('href');
    if (!a || raw == null || raw.startsWith('#') || a.closest(BAR_HOST)) return;
    e.preventDefault();
    env.go(raw);
  });
  // Forms accept anything and never submit anywhere.
  window.addEventListener('submit', (e) => e.preventDefault());

  // Commands that arrive before this page is ready (a clicker pressed while it loads)
  // wait for it; one made while the page is leaving waits for the next page.
  // Commands run one after another: a second «next» pressed while the first still waits
  // for its spotlight, or while the page it pressed is leaving, is not lost and not doubled.
  let run: ((command: PresenterCommand) => Promise<void>) | null = null;
  const queued: PresenterCommand[] = [];
  let chain = Promise.resolve();
  const command = (c: PresenterCommand) => {
    if (navigating) {
      if (c === 'next') sessionStorage.setItem(PENDING_KEY, '1');
      return;
    }
    if (!run) {
      queued.push(c);
      pending++;
      showBusy();
      return;
    }
    const perform = run;
    pending++;
    showBusy();
    chain = chain.then(async () => {
      try {
        if (navigating) {
          if (c === 'next') sessionStorage.setItem(PENDING_KEY, '1');
        } else await perform(c);
      } finally {
        pending--;
        showBusy();
      }
    });
  };
  // A clicker sends PageDown / PageUp.
  window.addEventListener(
    'keydown',
    (e) => {
      if (!e.isTrusted || e.altKey || e.ctrlKey || e.metaKey || e.isComposing) return;
      if (e.key !== 'PageDown' && e.key !== 'PageUp') return;
      // A one-line field has no use for PageDown; a text area or a list has.
      const t = e.target as Element | null;
      if (t?.closest('textarea, select, [contenteditable="true"], [role="listbox"]')) return;
      e.preventDefault();
      command(e.key === 'PageDown' ? 'next' : 'prev');
    },
    true,
  );

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => void boot(), { once: true });
  else void boot();

  async function boot() {
    const ctx = new ContentScriptContext('provodnik-demo', { noScriptStartedPostMessage: true } as never);
    let presenter = (await loadSettings()).presenter;
    const host = document.createElement(BAR_HOST);
    const root = host.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = css;
    const mount = document.createElement('div');
    root.append(style, mount);
    // The page moves down by the bar's height: the bar covers none of its controls.
    const shift = document.createElement('style');
    document.head.append(shift);
    document.documentElement.append(host);
    // Busy while a command is under way or this page is leaving (tests and the bar's
    // buttons wait on it; a screen reader hears the bar as busy).
    showBusy = () => {
      const busy = navigating || pending > 0;
      host.toggleAttribute('data-busy', busy);
      host.setAttribute('aria-busy', String(busy));
    };
    showBusy();
    new ResizeObserver(() => {
      const h = Math.ceil(host.getBoundingClientRect().height);
      shift.textContent = `html { padding-top: ${h}px !important; scroll-padding-top: ${h}px; }`;
    }).observe(host);

    let guide: RunningGuide | null = null;
    const cursor = () => loadCursor();
    const track = () => findTrack(cursor()?.track);

    async function next() {
      const t = track();
      const c = cursor();
      if (!t || !c) return say(i18n('demoChoose', i18n('barAll')));
      const view = guide?.view() ?? null;
      const pageStep = view && view.scenario.id === t.scenario ? view.step.id : null;
      const action = nextAction(t, c, pageStep);
      if (action.kind === 'end') return say(i18n('demoEnd', i18n('barRestart')));
      if (action.kind === 'open') {
        saveCursor(action.cursor);
        say(null);
        env.go(action.url);
        return;
      }
      const want = `${t.scenario}/${action.step}`;
      const el = await waitFor(() => {
        const h = document.querySelector('[data-step]');
        return h?.getAttribute('data-step') === want && h.getAttribute('data-state') === 'found'
          ? document.querySelector('[data-provodnik-target]')
          : null;
      }, 6000);
      if (!el) return say(i18n('demoNotShown', i18n('iDidIt')));
      // A page layer over the control (a chat window): its close control is spotlighted
      // first, and «next» presses that; the next «next» presses the control.
      const first = guide?.spotlit();
      if (first && first !== el && !el.contains(first)) {
        const at = press(first);
        guide?.presenter.ripple(at.x, at.y);
        return;
      }
      saveCursor(action.cursor);
      say(null);
      const at = press(el);
      guide?.presenter.ripple(at.x, at.y);
      if (action.type !== undefined) typeInto(el, action.type);
      if (action.choose) {
        const want = normal(action.choose);
        const option = await waitFor(
          () => Array.from(document.querySelectorAll('[role="option"]')).find((o) => normal(o.textContent) === want) ?? null,
          4000,
        );
        if (option) {
          const p = press(option);
          guide?.presenter.ripple(p.x, p.y);
        }
      }
    }
    async function restart() {
      const t = track();
      if (!t) return say(i18n('demoChoose', i18n('barAll')));
      const start = await startTrack(t.id);
      if (start) env.go(start);
    }
    const perform = async (c: PresenterCommand) => {
      if (c === 'next') await next();
      else if (c === 'prev') history.back();
      else await restart();
    };

    redraw = () => {
      host.toggleAttribute('data-presenter', presenter);
      const t = track();
      const scenario = findScenario(t?.scenario);
      render(
        <Bar
          url={pageRealUrl(location)}
          title={scenario ? `${scenario.title}${t?.variant ? ` (${t.variant})` : ''}` : null}
          notice={notice}
          presenter={presenter}
          onNext={() => command('next')}
          onPrev={() => command('prev')}
          onRestart={() => command('restart')}
          onPresenter={(on) => void setPresenter(on)}
        />,
        mount,
      );
    };
    redraw();
    window.addEventListener('popstate', redraw);
    window.addEventListener('hashchange', redraw);
    ctx.onInvalidated(
      watchSettings((s) => {
        presenter = s.presenter;
        redraw();
      }),
    );
    // pushState by the page: the address changes without an event.
    const push = history.pushState.bind(history);
    const replace = history.replaceState.bind(history);
    history.pushState = (...args) => {
      push(...args);
      redraw();
    };
    history.replaceState = (...args) => {
      replace(...args);
      redraw();
    };

    // The presenter's keyboard commands, from this extension's background, for this tab.
    const tab = await browser.tabs.getCurrent().catch(() => undefined);
    browser.runtime.onMessage.addListener((message: unknown, sender: { id?: string }) => {
      if (sender.id !== browser.runtime.id || !isCommandMessage(message) || message.tabId !== tab?.id) return;
      command(message.command);
    });

    guide = await runGuide(ctx, {
      store: demoProgress,
      url: here,
      commands: false,
      // The hint never covers the sandbox's own bar (banner, address, «Дальше»).
      reserveTop: () => Math.max(0, host.getBoundingClientRect().bottom),
    });
    run = perform;
    pending -= queued.length;
    if (sessionStorage.getItem(PENDING_KEY)) {
      sessionStorage.removeItem(PENDING_KEY);
      queued.unshift('next');
    }
    // Presses made while the page loaded: the first one counts (the presenter pressed
    // again because nothing seemed to happen), the rest would run ahead of the page.
    const first = queued.shift();
    queued.length = 0;
    showBusy();
    if (first) command(first);
  }
}
