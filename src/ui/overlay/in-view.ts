import type { Rect } from './place';

/**
 * Keeping the spotlighted control in plain sight: scrolled to a comfortable place only
 * when it is not there already, clear of the page's own layers (fixed or sticky headers,
 * cookie banners, chat widgets). The layers are found from the page's layout — computed
 * `position` of what the browser's hit testing finds at the target's points and at the
 * window's edges — never from a list of sites' class names.
 */

export interface Size {
  readonly width: number;
  readonly height: number;
}

/** Whether an element is our own (the overlay's host): never a page layer. */
export type Ours = (el: Element) => boolean;

/** The window without its scrollbars. */
export function viewSize(doc: Document): Size {
  const win = doc.defaultView!;
  const html = doc.documentElement;
  return { width: Math.min(win.innerWidth, html.clientWidth || Infinity), height: Math.min(win.innerHeight, html.clientHeight || Infinity) };
}

/** Where a person looks at a control: its centre and four inner points (those inside `view`). */
export function innerPoints(r: Rect, view?: Size): Array<[number, number]> {
  const w = r.right - r.left;
  const h = r.bottom - r.top;
  return [
    [0.5, 0.5],
    [0.25, 0.25],
    [0.75, 0.25],
    [0.25, 0.75],
    [0.75, 0.75],
  ]
    .map(([fx, fy]): [number, number] => [r.left + w * fx!, r.top + h * fy!])
    .filter(([x, y]) => !view || (x >= 0 && y >= 0 && x < view.width && y < view.height));
}

const position = (el: Element) => el.ownerDocument.defaultView!.getComputedStyle(el).position;
const staysPut = (el: Element) => /^(fixed|sticky)$/.test(position(el));

/** The page's fixed (and, unless `fixedOnly`, sticky) layers at a point, other than the target's own. */
function layersAt(target: Element, x: number, y: number, ours: Ours, fixedOnly: boolean): Element[] {
  return target.ownerDocument.elementsFromPoint(x, y).filter((el) => {
    if (ours(el) || el.contains(target) || target.contains(el)) return false;
    const p = position(el);
    return p === 'fixed' || (!fixedOnly && p === 'sticky');
  });
}

/** A field's own label drawn over it counts as the field. */
function isTargetOrLabel(el: Element, target: Element): boolean {
  if (el === target || target.contains(el)) return true;
  const label = el.closest('label');
  return label !== null && (label.contains(target) || (label as HTMLLabelElement).control === target);
}

/**
 * The page layer drawn over the target at one point: the outermost fixed or sticky element
 * above it there. Anything else above it (a custom checkbox's box over its input) is the
 * page's own drawing, not a layer over the control.
 */
function layerAt(doc: Document, x: number, y: number, target: Element, ours: Ours): Element | null {
  let layer: Element | null = null;
  for (const el of doc.elementsFromPoint(x, y)) {
    if (ours(el)) continue;
    if (isTargetOrLabel(el, target)) return layer;
    if (!el.contains(target) && staysPut(el)) layer = el;
  }
  return layer;
}

/** What covers the target where it is now. */
export interface Cover {
  /** the page layer over the control (a chat widget, a banner) */
  readonly layer: Element;
  /** the layer's own button that closes it, when it has one */
  readonly close: Element | null;
}

/** The page layer drawn over any of the target's points now, or null when none is. */
export function coverOf(target: Element, ours: Ours): Cover | null {
  const doc = target.ownerDocument;
  if (typeof doc.elementsFromPoint !== 'function') return null;
  const view = viewSize(doc);
  const r = target.getBoundingClientRect();
  for (const [x, y] of innerPoints(r, view)) {
    const layer = layerAt(doc, x, y, target, ours);
    if (layer) return { layer, close: closeControl(layer) };
  }
  return null;
}

/** Ways out of a layer, the surest first: close, then hide, then agree-and-dismiss (a cookie banner). */
const WAYS_OUT = [/закрыть|close|^[×✕✖╳xх]$/i, /^(скрыть|свернуть|hide|dismiss)/i, /^(принять|понятно|хорошо|согласен|согласна|ок|ok|accept|got it|не сейчас|позже)/i];

/**
 * A control's name as a person reads it: its label, title or text. An input's value only
 * where it is the button's label (`type=button|submit|reset`), never what a person typed.
 */
export const controlName = (el: Element): string =>
  (
    el.getAttribute('aria-label') ||
    el.getAttribute('title') ||
    el.textContent ||
    (el instanceof HTMLInputElement && /^(button|submit|reset)$/.test(el.type) ? el.value : '') ||
    ''
  )
    .replace(/\s+/g, ' ')
    .trim();

/**
 * The layer's own way out: a button named «Закрыть» (or «×», aria-label close), else one
 * that hides it, else one that accepts and dismisses («Принять», «Понятно»).
 */
export function closeControl(layer: Element): Element | null {
  const controls = Array.from(layer.querySelectorAll('button, [role="button"], a[href], input[type="button"], input[type="submit"]')).filter((c) => {
    const r = c.getBoundingClientRect();
    return r.width > 0 && r.height > 0;
  });
  for (const way of WAYS_OUT) {
    const found = controls.find((c) => way.test(controlName(c)));
    if (found) return found;
  }
  return null;
}

/**
 * Bands at the top and bottom of the window that the page's fixed or sticky layers keep
 * covered (a header, a cookie banner) in the columns the target occupies.
 */
export function edgeBands(target: Element, r: Rect, view: Size, ours: Ours): { top: number; bottom: number } {
  let top = 0;
  let bottom = 0;
  for (const x of [r.left + 4, (r.left + r.right) / 2, r.right - 4]) {
    const cx = Math.min(Math.max(x, 1), view.width - 2);
    for (const el of layersAt(target, cx, 1, ours, false)) {
      const b = el.getBoundingClientRect();
      if (b.top <= 2 && b.bottom < view.height / 2) top = Math.max(top, b.bottom);
    }
    for (const el of layersAt(target, cx, view.height - 2, ours, false)) {
      const b = el.getBoundingClientRect();
      if (b.bottom >= view.height - 2 && b.top > view.height / 2) bottom = Math.max(bottom, view.height - b.top);
    }
  }
  return { top, bottom };
}

/** Fixed layers at the given points now: they will be there after any scroll too (their extent). */
function fixedOver(target: Element, r: Rect, view: Size, ours: Ours): Rect | null {
  let top = Infinity;
  let bottom = -Infinity;
  for (const [x, y] of innerPoints(r, view)) {
    for (const el of layersAt(target, x, y, ours, true)) {
      const b = el.getBoundingClientRect();
      top = Math.min(top, b.top);
      bottom = Math.max(bottom, b.bottom);
    }
  }
  return top < bottom ? { left: 0, right: 0, top, bottom } : null;
}

/** The element whose scrolling moves the target on the screen (null: nothing does, it is fixed). */
export function pageScroller(target: Element): Element | null {
  const doc = target.ownerDocument;
  const win = doc.defaultView!;
  const root = doc.scrollingElement ?? doc.documentElement;
  let found: Element | null = null;
  for (let n = target.parentElement; n && n !== root && n !== doc.body; n = n.parentElement) {
    const s = win.getComputedStyle(n);
    if (s.position === 'fixed') return found;
    if (/(auto|scroll|overlay)/.test(s.overflowY) && n.scrollHeight > n.clientHeight + 1) found ??= n;
  }
  // An inner box that scrolls (a long dialog) scrolls first; the page itself otherwise.
  return found ?? root;
}

/** How far the target's scroller has scrolled (a key to tell the page's moves from scrolling). */
export function scrollPosition(scroller: Element | null): string {
  return scroller ? `${Math.round(scroller.scrollTop)}:${Math.round(scroller.scrollLeft)}` : 'fixed';
}

/** How far a scroller can go from where it is (negative: up). */
function reach(scroller: Element, dy: number): number {
  const max = scroller.scrollHeight - scroller.clientHeight;
  return Math.max(-scroller.scrollTop, Math.min(dy, max - scroller.scrollTop));
}

export interface ScrollPlan {
  readonly scroller: Element;
  /** how far to scroll down (negative: up), within what the scroller can do */
  readonly dy: number;
}

/** Space kept between the target and a layer or the window's edge ("not at an edge"). */
const COMFORT = 24;

/**
 * Whether and how far to scroll so that the target sits comfortably: wholly inside the
 * part of the window no page layer covers, away from its edges, not under a fixed layer,
 * and — when the hint (`hint`) cannot sit beside it — with room for the hint below it.
 * Null when it is there already, or when scrolling cannot move it.
 */
export function planScroll(target: Element, ours: Ours, opts: { hint?: Size; reserveTop?: number } = {}): ScrollPlan | null {
  const doc = target.ownerDocument;
  if (typeof doc.elementsFromPoint !== 'function') return null;
  const view = viewSize(doc);
  const r = target.getBoundingClientRect();
  const scroller = pageScroller(target);
  const edges = edgeBands(target, r, view, ours);
  let top = Math.max(edges.top, opts.reserveTop ?? 0);
  let bottom = view.height - edges.bottom;
  // Inside a box that scrolls (a long dialog), what that box shows.
  if (scroller && scroller !== (doc.scrollingElement ?? doc.documentElement)) {
    const box = scroller.getBoundingClientRect();
    top = Math.max(top, box.top + scroller.clientTop);
    bottom = Math.min(bottom, box.top + scroller.clientTop + scroller.clientHeight);
  }
  const h = r.bottom - r.top;
  const margin = Math.max(0, Math.min(COMFORT, (bottom - top - h) / 4));
  let bandTop = top + margin;
  let bandBottom = bottom - margin;
  // No room for the hint beside the target: keep room for it below (or, failing that, above).
  const hint = opts.hint;
  if (hint && !besideFits(r, hint, view)) {
    const need = hint.height + 26;
    if (bandBottom - bandTop - h >= need) bandBottom -= need;
  }
  const inBand = (t: number) => t >= bandTop - 0.5 && t + h <= bandBottom + 0.5;
  const inX = r.left >= 0 && r.right <= view.width;
  if (inBand(r.top) && inX && !coverOf(target, ours)) return null;
  if (!scroller) return null;
  // The target's centre at the middle of the band, or its top at the band's top when it is taller.
  let want = h <= bandBottom - bandTop ? (bandTop + bandBottom) / 2 - h / 2 : bandTop;
  // A fixed layer (a chat widget) where it would land: above or below that layer instead.
  for (let i = 0; i < 2; i++) {
    const dest = { left: r.left, right: r.right, top: want, bottom: want + h };
    const over = fixedOver(target, dest, view, ours);
    if (!over) break;
    const above = over.top - COMFORT - h;
    const below = over.bottom + COMFORT;
    const fitsAbove = above >= top;
    const fitsBelow = below + h <= bottom;
    if (fitsAbove && (!fitsBelow || want - above <= below - want)) want = above;
    else if (fitsBelow) want = below;
    // Under it wherever it goes: scrolling would only move the page for nothing.
    else if (inBand(r.top) && inX) return null;
    else break;
  }
  const dy = reach(scroller, r.top - want);
  return Math.abs(dy) < 1 ? null : { scroller, dy };
}

/** Whether the hint fits whole left or right of the target. */
function besideFits(r: Rect, hint: Size, view: Size): boolean {
  return r.right + 26 + hint.width <= view.width - 8 || r.left - 26 - hint.width >= 8;
}

/** Scrolls as planned; animated unless motion is to be avoided. Whether it will end with `scrollend`. */
export function scrollAsPlanned(plan: ScrollPlan, smooth: boolean): boolean {
  const doc = plan.scroller.ownerDocument;
  const root = plan.scroller === (doc.scrollingElement ?? doc.documentElement);
  const options: ScrollToOptions = { top: plan.dy, behavior: smooth ? 'smooth' : 'instant' };
  if (root) doc.defaultView!.scrollBy(options);
  else plan.scroller.scrollBy(options);
  return smooth;
}

/** Keys that scroll a page when no field has them. */
const SCROLL_KEYS = new Set(['ArrowUp', 'ArrowDown', 'PageUp', 'PageDown', 'Home', 'End', ' ']);
/** How long after a person's own scrolling the guide keeps its hands off. */
export const HANDS_OFF_MS = 800;

/**
 * Whether the person is scrolling (wheel, touch, scrolling keys in the last moment): the
 * guide never scrolls then. Listens only while `signal` lives; only trusted input counts.
 */
export function watchPersonScrolling(win: Window, signal: AbortSignal): () => boolean {
  let last = -Infinity;
  const mark = (e: Event) => {
    if (e.isTrusted) last = performance.now();
  };
  const opts = { capture: true, passive: true, signal };
  win.addEventListener('wheel', mark, opts);
  win.addEventListener('touchmove', mark, opts);
  // Bubbling: a key the page used (a clicker's PageDown in the demo) scrolled nothing.
  win.addEventListener(
    'keydown',
    (e) => {
      const field = (e.target as Element | null)?.closest?.('input, textarea, select, [contenteditable=""], [contenteditable="true"]');
      if (SCROLL_KEYS.has(e.key) && !e.defaultPrevented && !field) mark(e);
    },
    { passive: true, signal },
  );
  return () => performance.now() - last < HANDS_OFF_MS;
}
