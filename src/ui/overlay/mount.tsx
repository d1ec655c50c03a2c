import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { GuideView } from '../../engine/guide';
import { inPlainView } from '../../engine/visibility';
import { Overlay, type OverlayAction } from './Overlay';
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
}

/**
 * The single host element in the page, with a shadow root. It carries the public test
 * hooks `data-step` and `data-state`; it is added when a step is first shown.
 */
export async function createOverlay(
  ctx: ContentScriptContext,
  onAction: (action: OverlayAction, stepId: string) => void,
  reserveTop?: () => number,
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
  let shownTarget: Element | null = null;
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
  return {
    // Also before it is in the page: the display choices are set on it before the first drawing.
    host: () => shadowHost,
    layerRoot() {
      ensureMounted();
      return shadow;
    },
    show(view) {
      if (!view) {
        shownTarget = null;
        if (mounted) {
          shadowHost.removeAttribute('data-step');
          shadowHost.removeAttribute('data-state');
          render(null, container);
        }
        return;
      }
      // Looked at before drawing, while the layout is the one the guide has just read.
      const bringIntoView = view.target !== null && view.target !== shownTarget && !inPlainView(view.target, shadowHost);
      shownTarget = view.target;
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
          reducedMotion={reduced.matches || shadowHost.hasAttribute('data-reduced-motion')}
          support={shadowHost.hasAttribute('data-support')}
          reserveTop={reserveTop}
          bringIntoView={bringIntoView}
        />,
        container,
      );
    },
  };
}
