import { personalFields } from './personal';

export interface PresenterLayer {
  /** presenter mode on or off: nothing is drawn, nothing listens while off */
  set(on: boolean): void;
  /** show a click at this point (the sandbox's own presses) */
  ripple(x: number, y: number): void;
}

/** What moves a personal field on screen or changes which fields there are. */
const WATCHED_ATTRIBUTES = ['class', 'style', 'hidden', 'open', 'type', 'aria-hidden'];

/**
 * Presenter mode's page layer: a halo around the pointer and a ripple on each click, so
 * the audience sees where the presenter points; and a blur over the fields the documents
 * mark as personal while they are not focused. It only draws (pointer-events: none),
 * inside the overlay's own shadow root (`root()` mounts the single host element when it
 * is not in the page yet), and it redraws only when something happens — a scroll, a
 * resize, focus moving, the page changing — never on a timer.
 */
export function createPresenterLayer(win: Window, signal: AbortSignal, root: () => ShadowRoot): PresenterLayer {
  const doc = win.document;
  let on = false;
  let blurs: HTMLDivElement | undefined;
  let pointer: HTMLDivElement | undefined;
  let halo: HTMLDivElement | undefined;
  let frame = 0;
  let fields: Element[] | null = null;
  let stopListening: AbortController | undefined;
  let observer: MutationObserver | undefined;

  /** The layer's two parts in the shadow root: blurs under the hint, the pointer above it. */
  function attach() {
    const shadow = root();
    if (!blurs) {
      blurs = doc.createElement('div');
      blurs.className = 'presenter-blurs';
      pointer = doc.createElement('div');
      pointer.className = 'presenter-pointer';
      halo = doc.createElement('div');
      halo.className = 'halo';
      halo.hidden = true;
      pointer.append(halo);
    }
    if (blurs.parentNode !== shadow) shadow.insertBefore(blurs, shadow.firstChild);
    if (pointer!.parentNode !== shadow) shadow.append(pointer!);
  }

  const schedule = () => {
    if (on && !frame) frame = win.requestAnimationFrame(draw);
  };

  function draw() {
    frame = 0;
    if (!on) return;
    attach();
    fields ??= personalFields(doc);
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
    const box = blurs!;
    while (box.children.length > rects.length) box.lastElementChild!.remove();
    while (box.children.length < rects.length) {
      const b = doc.createElement('div');
      b.className = 'blur';
      box.append(b);
    }
    rects.forEach((r, i) => {
      const b = box.children[i] as HTMLDivElement;
      b.style.transform = `translate(${r.left}px, ${r.top}px)`;
      b.style.width = `${r.width}px`;
      b.style.height = `${r.height}px`;
    });
  }

  function ripple(x: number, y: number) {
    if (!on || !pointer) return;
    const r = doc.createElement('div');
    r.className = 'ripple';
    r.style.left = `${x}px`;
    r.style.top = `${y}px`;
    pointer.append(r);
    // Gone when its animation is (with reduced motion there is none to wait for).
    win.setTimeout(() => r.remove(), 900);
  }

  function start() {
    attach();
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
    for (const type of ['scroll', 'resize', 'focusin', 'focusout']) win.addEventListener(type, schedule, opts);
    // Fields appear, go and move with the page: the list is made again after a change.
    observer = new MutationObserver(() => {
      fields = null;
      schedule();
    });
    observer.observe(doc.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: WATCHED_ATTRIBUTES });
    fields = null;
    schedule();
  }

  function stop() {
    stopListening?.abort();
    observer?.disconnect();
    observer = undefined;
    if (frame) win.cancelAnimationFrame(frame);
    frame = 0;
    blurs?.remove();
    pointer?.remove();
    blurs = pointer = halo = undefined;
    fields = null;
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
