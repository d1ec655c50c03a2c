import { personalFields } from './personal';
import css from './presenter.css?inline';

export const PRESENTER_HOST = 'provodnik-presenter';

export interface PresenterLayer {
  /** presenter mode on or off: nothing is drawn, nothing listens while off */
  set(on: boolean): void;
  /** show a click at this point (the sandbox's own presses) */
  ripple(x: number, y: number): void;
}

/**
 * Presenter mode's page layer: a halo around the pointer and a ripple on each click, so
 * the audience sees where the presenter points; and a blur over the fields the documents
 * mark as personal while they are not focused. It only draws (pointer-events: none), in
 * its own shadow root, and carries no public hook (the overlay host is the only one).
 */
export function createPresenterLayer(win: Window, signal: AbortSignal): PresenterLayer {
  const doc = win.document;
  let on = false;
  let host: HTMLElement | undefined;
  let root: ShadowRoot | undefined;
  let halo: HTMLDivElement | undefined;
  let blurs: HTMLDivElement | undefined;
  let frame = 0;
  let fields: Element[] = [];
  let fieldsAt = 0;
  let stopListening: AbortController | undefined;

  function build() {
    host = doc.createElement(PRESENTER_HOST);
    root = host.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = css;
    halo = doc.createElement('div');
    halo.className = 'halo';
    halo.hidden = true;
    blurs = doc.createElement('div');
    blurs.className = 'blurs';
    root.append(style, blurs, halo);
  }

  function place() {
    if (!host) return;
    // Over a modal <dialog> (top layer) only from inside it.
    const modal = Array.from(doc.querySelectorAll('dialog[open]')).find((d) => d.matches(':modal'));
    const parent = modal ?? doc.documentElement;
    if (host.parentElement !== parent) parent.append(host);
  }

  function draw() {
    frame = 0;
    if (!on || !blurs) return;
    place();
    const now = win.performance.now();
    if (now - fieldsAt > 400) {
      fields = personalFields(doc);
      fieldsAt = now;
    }
    const focused = doc.activeElement;
    const rects: DOMRect[] = [];
    for (const f of fields) {
      if (f === focused || !f.isConnected) continue;
      const r = f.getBoundingClientRect();
      if (r.width < 2 || r.height < 2 || r.bottom < 0 || r.top > win.innerHeight) continue;
      const style = win.getComputedStyle(f);
      if (style.visibility === 'hidden' || style.display === 'none') continue;
      rects.push(r);
    }
    // Reuse the boxes: one per visible personal field.
    while (blurs.children.length > rects.length) blurs.lastElementChild!.remove();
    while (blurs.children.length < rects.length) {
      const b = doc.createElement('div');
      b.className = 'blur';
      blurs.append(b);
    }
    rects.forEach((r, i) => {
      const b = blurs!.children[i] as HTMLDivElement;
      b.style.transform = `translate(${r.left}px, ${r.top}px)`;
      b.style.width = `${r.width}px`;
      b.style.height = `${r.height}px`;
    });
    frame = win.requestAnimationFrame(draw);
  }

  function ripple(x: number, y: number) {
    if (!on || !root) return;
    const r = doc.createElement('div');
    r.className = 'ripple';
    r.style.left = `${x}px`;
    r.style.top = `${y}px`;
    root.append(r);
    win.setTimeout(() => r.remove(), 900);
  }

  function start() {
    if (!host) build();
    place();
    stopListening = new AbortController();
    const opts = { capture: true, passive: true, signal: stopListening.signal } as const;
    win.addEventListener(
      'pointermove',
      (e) => {
        if (!halo) return;
        halo.hidden = false;
        halo.style.transform = `translate(${e.clientX}px, ${e.clientY}px)`;
      },
      opts,
    );
    win.addEventListener('pointerdown', (e) => e.isTrusted && ripple(e.clientX, e.clientY), opts);
    doc.documentElement.addEventListener('pointerleave', () => halo && (halo.hidden = true), opts);
    fieldsAt = 0;
    frame = win.requestAnimationFrame(draw);
  }

  function stop() {
    stopListening?.abort();
    if (frame) win.cancelAnimationFrame(frame);
    frame = 0;
    host?.remove();
    host = undefined;
    root = undefined;
    halo = undefined;
    blurs = undefined;
  }

  signal.addEventListener('abort', stop, { once: true });
  return {
    set(next) {
      if (next === on || signal.aborted) return;
      on = next;
      if (on) start();
      else stop();
    },
    ripple,
  };
}
