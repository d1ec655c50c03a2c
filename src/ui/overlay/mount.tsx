import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { GuideView } from '../../engine/guide';
import { coverOf, watchPersonScrolling } from './in-view';
import { Overlay, type OverlayAction } from './Overlay';
import type { FixCommand, FixUi } from '../../fixes/ui';
// Inlined: no fetch of a stylesheet, and no web-accessible resource that pages could probe.
import css from './overlay.css?inline';
import presenterCss from '../presenter/presenter.css?inline';

export const HOST_NAME = 'provodnik-guide';

export interface OverlayHandle {
  show(view: GuideView | null): void;
  host(): HTMLElement | undefined;
  /**
   * The shadow root, for presenter mode's layer (blurs, the pointer's halo): the host is
   * put in the page if it is not there yet — still the one host element, without
   * `data-step` while no step is shown.
   */
  layerRoot(): ShadowRoot;
  /** what the ring is on now: the step's control, or first the close control of a page layer over it */
  spotlit(): Element | null;
  /** a field fix in progress, drawn into the hint (null: none) */
  setFix(ui: FixUi | null): void;
}

/**
 * The single host element in the page, with a shadow root. It carries the public test
 * hooks `data-step` and `data-state`; it is added when a step is first shown.
 */
export async function createOverlay(
  ctx: ContentScriptContext,
  onAction: (action: OverlayAction, stepId: string) => void,
  reserveTop?: () => number,
  /** the person's «Без движения» setting, read when the guide is about to scroll */
  reducedMotion: () => boolean = () => false,
  onFix?: (command: FixCommand) => void,
): Promise<OverlayHandle> {
  const reduced = window.matchMedia('(prefers-reduced-motion: reduce)');
  // The one host element, its (open) shadow root with our styles, and the container
  // Preact draws into: what WXT's createShadowRootUi built, without its mounting helpers.
  const shadowHost = document.createElement(HOST_NAME);
  const shadow = shadowHost.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = `${css}\n${presenterCss}`;
  const container = document.createElement('div');
  shadow.append(style, container);
  let mounted = false;
  const personScrolling = watchPersonScrolling(window, ctx.signal);
  let ring: Element | null = null;
  let shown: Element | null = null;
  let fix: FixUi | null = null;
  let last: GuideView | null = null;
  const onRing = (el: Element | null) => (ring = el);
  const recheck = { now: () => undefined as void };
  const ours = (el: Element) => el === shadowHost;
  // A layer that came over the target later (a chat window opening by itself) changes
  // nothing the guide watches: it is noticed when the pointer reaches the target and meets
  // something else there.
  window.addEventListener(
    'pointerover',
    (e) => {
      const t = shown;
      if (!e.isTrusted || !t || !(e.target instanceof Element) || t.contains(e.target) || ours(e.target)) return;
      const r = t.getBoundingClientRect();
      if (e.clientX >= r.left && e.clientX <= r.right && e.clientY >= r.top && e.clientY <= r.bottom) recheck.now();
    },
    { capture: true, passive: true, signal: ctx.signal },
  );
  const ensureMounted = () => {
    // Pages that rebuild their document can drop our host: put it back.
    if (!mounted || !shadowHost.isConnected) {
      if (mounted) render(null, container);
      document.documentElement.append(shadowHost);
      mounted = true;
    }
  };
  ctx.onInvalidated(() => {
    render(null, container);
    shadowHost.remove();
    mounted = false;
  });
  const handle: OverlayHandle = {
    setFix(ui) {
      fix = ui;
      handle.show(last);
    },
    // Also before it is in the page: the display choices are set on it before the first drawing.
    host: () => shadowHost,
    spotlit() {
      if (!mounted || !shown?.isConnected) return null;
      // Looked at now (a layer may have come over the target since).
      const cover = coverOf(shown, ours);
      recheck.now();
      return cover?.close ?? (ring?.isConnected ? ring : shown);
    },
    layerRoot() {
      ensureMounted();
      return shadow;
    },
    show(view) {
      last = view;
      if (!view) {
        if (mounted) {
          ring = null;
          shown = null;
          shadowHost.removeAttribute('data-step');
          shadowHost.removeAttribute('data-state');
          render(null, container);
        }
        return;
      }
      shown = view.state === 'found' ? view.target : null;
      ensureMounted();
      // A target inside a modal <dialog> is in the top layer, and the rest of the page is
      // inert: the overlay then lives inside that dialog, above it and still clickable.
      const dialog = view.target?.closest('dialog');
      const parent = dialog && dialog.matches(':modal') ? dialog : document.documentElement;
      if (shadowHost.parentElement !== parent) parent.append(shadowHost);
      shadowHost.setAttribute('data-step', `${view.scenario.id}/${view.step.id}`);
      shadowHost.setAttribute('data-state', view.state);
      render(
        <Overlay
          view={view}
          onAction={onAction}
          reducedMotion={reduced.matches || reducedMotion() || shadowHost.hasAttribute('data-reduced-motion')}
          support={shadowHost.hasAttribute('data-support')}
          reserveTop={reserveTop}
          personScrolling={personScrolling}
          onRing={onRing}
          recheck={recheck}
          fix={fix}
          onFix={onFix}
        />,
        container,
      );
    },
  };
  return handle;
}
