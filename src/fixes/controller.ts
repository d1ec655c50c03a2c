import type { Fix } from '../catalogue/types';
import type { GuideView } from '../engine/guide';
import { t } from '../ui/i18n';
import { controlOf, describePick, makeFix, pageHeading, type Pick } from './describe';
import type { FixCommand, FixUi } from './ui';

export interface FixerOptions {
  readonly window: Window;
  readonly signal: AbortSignal;
  /** our host element: clicks in it are ours, never a pick */
  readonly host: () => HTMLElement | undefined;
  /** where the hover outline is drawn */
  readonly root: () => ShadowRoot;
  readonly view: () => GuideView | null;
  /** the address the page stands for */
  readonly url: () => URL;
  readonly show: (ui: FixUi | null) => void;
  readonly save: (fix: Fix) => Promise<unknown>;
}

/** Press events a page may act on: in pick mode they never reach it. */
const PRESS = ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click', 'auxclick', 'dblclick', 'touchstart', 'touchend', 'contextmenu'];

const WHAT = { button: 'fixWhatButton', link: 'fixWhatLink', field: 'fixWhatField', check: 'fixWhatCheck' } as const;

/** A pick in plain words: «кнопка «Семья» в блоке «Мои данные»». */
export function pickWords(pick: Pick): string {
  const name = pick.query.name?.[0] ?? '';
  const block = pick.query.within?.[0];
  return block ? `${t(WHAT[pick.what], name)} ${t('fixInBlock', block)}` : t(WHAT[pick.what], name);
}

/**
 * Field fixes on a page: the overlay's commands (only ever sent by a person's trusted
 * click), pick mode, and saving. Pick mode listens in the capture phase on the window: the
 * next trusted press on a page element picks it and never reaches the page; Esc cancels.
 */
export function createFixer(o: FixerOptions): (command: FixCommand) => void {
  const win = o.window;
  let stopPicking: (() => void) | null = null;
  let pick: Pick | null = null;
  let ui: FixUi | null = null;
  const show = (next: FixUi | null) => {
    ui = next;
    o.show(next);
  };
  o.signal.addEventListener('abort', () => stopPicking?.(), { once: true });

  function startPicking(note: Omit<Extract<FixUi, { phase: 'picking' }>, 'phase'> = {}) {
    stopPicking?.();
    pick = null;
    show({ phase: 'picking', ...note });
    const ctl = new AbortController();
    const opts = { capture: true, signal: ctl.signal } as const;
    const ours = (e: Event) => {
      const host = o.host();
      return host !== undefined && e.composedPath().includes(host);
    };
    const outline = win.document.createElement('div');
    outline.className = 'pick-outline';
    outline.setAttribute('aria-hidden', 'true');
    o.root().append(outline);
    let frame = 0;
    stopPicking = () => {
      ctl.abort();
      if (frame) win.cancelAnimationFrame(frame);
      outline.remove();
      stopPicking = null;
    };
    const onPress = (e: Event) => {
      if (!e.isTrusted || ours(e)) return;
      e.preventDefault();
      e.stopImmediatePropagation();
      if (e.type !== 'click') return;
      const el = e.composedPath().find((n): n is Element => n instanceof Element);
      if (el) picked(el);
    };
    for (const type of PRESS) win.addEventListener(type, onPress, { ...opts, passive: false });
    win.addEventListener(
      'keydown',
      (e) => {
        if (!e.isTrusted || e.key !== 'Escape') return;
        e.preventDefault();
        e.stopImmediatePropagation();
        cancel();
      },
      opts,
    );
    // The element under the pointer, outlined: what a click would pick.
    win.addEventListener(
      'pointermove',
      (e) => {
        if (!e.isTrusted || ours(e)) return;
        const at = e.composedPath().find((n): n is Element => n instanceof Element);
        if (frame) win.cancelAnimationFrame(frame);
        frame = win.requestAnimationFrame(() => {
          frame = 0;
          const el = at ? (controlOf(at)?.el ?? at) : null;
          const r = el?.getBoundingClientRect();
          outline.style.display = r ? 'block' : 'none';
          if (r) outline.style.cssText = `transform:translate(${r.left - 3}px,${r.top - 3}px);width:${r.width + 6}px;height:${r.height + 6}px`;
        });
      },
      { ...opts, passive: true },
    );
  }

  function picked(el: Element) {
    const view = o.view();
    const result = describePick(el, o.host());
    if (!view || !result.ok) {
      startPicking(result.ok ? {} : { refused: result.why });
      return;
    }
    stopPicking?.();
    pick = result.pick;
    show({ phase: 'picked', words: pickWords(result.pick), step: view.step.id });
  }

  function cancel() {
    stopPicking?.();
    pick = null;
    show(null);
  }

  async function save(stepId: string) {
    const view = o.view();
    if (!view || ui?.phase !== 'picked') return;
    const step = view.scenario.steps.find((s) => s.id === stepId);
    if (!step) return;
    const fix = makeFix(view.scenario.id, step.id, o.url(), pick, pick ? null : pageHeading(win.document, o.host()));
    pick = null;
    await o.save(fix);
    show({ phase: 'saved', ...(fix.target ? {} : { page: step.title }) });
  }

  return (command) => {
    const view = o.view();
    if (!view) return;
    switch (command.type) {
      case 'start':
        startPicking();
        return;
      case 'wrong': {
        // The spotlighted element is not the one: never that one again for this step.
        const wrong = view.target ? describePick(view.target, o.host()) : null;
        if (wrong?.ok) void o.save({ scenario: view.scenario.id, step: view.step.id, not: [wrong.pick.query] });
        startPicking({ wrongNoted: wrong?.ok === true });
        return;
      }
      case 'page':
        stopPicking?.();
        pick = null;
        show({ phase: 'picked', words: t('fixWholePage'), step: view.step.id });
        return;
      case 'cancel':
        cancel();
        return;
      case 'save':
        void save(command.step);
    }
  };
}
