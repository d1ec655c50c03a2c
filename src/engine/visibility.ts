/**
 * Whether a person can see an element. Hidden parts of a page (other screens kept in the
 * DOM, `display:none`, `visibility:hidden`, `aria-hidden`, `inert`, zero size, parked
 * off-screen) never count.
 *
 * `layout: false` is for DOM implementations without layout (unit tests): styles and
 * attributes are checked, geometry is not.
 */
export interface VisibilityOptions {
  readonly layout: boolean;
}

// Hidden from people and from assistive technology alike. The `hidden` attribute is only
// a default style that pages may override, so with layout the computed style decides.
const HIDDEN_FROM_AT = '[aria-hidden="true"], [inert], template';
// (Without layout, the content of a closed <details> is hidden by the same rule browsers apply.)
const HIDDEN_WITHOUT_LAYOUT = `${HIDDEN_FROM_AT}, [hidden], details:not([open]) > :not(summary)`;

export function isVisible(el: Element, opts: VisibilityOptions): boolean {
  if (el.closest(opts.layout ? HIDDEN_FROM_AT : HIDDEN_WITHOUT_LAYOUT)) return false;
  const view = el.ownerDocument.defaultView;
  if (!view) return false;
  if (!opts.layout) return stylesShow(el, view);
  if (typeof el.checkVisibility === 'function') {
    if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true, contentVisibilityAuto: true })) return false;
  } else if (!stylesShow(el, view)) {
    return false;
  }
  const rect = el.getBoundingClientRect();
  // Screen-reader-only copies are clipped to 1px; decoys are parked far off-screen.
  if (rect.width < 2 || rect.height < 2) return false;
  if (offPage(el, rect, view)) return false;
  const docWidth = Math.max(el.ownerDocument.documentElement.scrollWidth, view.innerWidth);
  if (rect.left + view.scrollX >= docWidth) return false;
  return !clippedAway(el, rect, view) && !clippedByAncestor(el, rect, view);
}

/**
 * Parked above or left of the page's start (decoys). Not what a box around it, scrolled
 * down or right, has moved there: scrolled back, the box shows it.
 */
function offPage(el: Element, rect: DOMRect, view: Window): boolean {
  let x = rect.right + view.scrollX;
  let y = rect.bottom + view.scrollY;
  if (x > 0 && y > 0) return false;
  const root = el.ownerDocument.documentElement;
  const body = el.ownerDocument.body;
  for (let n = el.parentElement; n && n !== root && n !== body; n = n.parentElement) {
    x += n.scrollLeft;
    y += n.scrollTop;
  }
  return x <= 0 || y <= 0;
}

const scrolls = (overflow: string) => overflow === 'auto' || overflow === 'scroll';
const clips = (overflow: string) => overflow !== '' && overflow !== 'visible';
const isStatic = (position: string) => position === '' || position === 'static';
const transformed = (style: CSSStyleDeclaration) => style.transform !== '' && style.transform !== 'none';

/**
 * Cut off by an ancestor that clips its overflow: a collapsed accordion (`max-height: 0;
 * overflow: hidden`), a zero-size box, a strip that shows only part of its content. A
 * box that scrolls shows what is inside once scrolled, unless it has no room at all.
 * Absolutely placed elements escape all but positioned ancestors; fixed ones escape all.
 */
function clippedByAncestor(el: Element, rect: DOMRect, view: Window): boolean {
  const root = el.ownerDocument.documentElement;
  const body = el.ownerDocument.body;
  let position = view.getComputedStyle(el).position;
  let needPositioned = position === 'absolute';
  if (position === 'fixed') return false;
  for (let n = el.parentElement; n && n !== root && n !== body; n = n.parentElement) {
    const style = view.getComputedStyle(n);
    position = style.position;
    const containing = !needPositioned || !isStatic(position) || transformed(style);
    if (containing) {
      const ox = style.overflowX;
      const oy = style.overflowY;
      if (clips(ox) || clips(oy)) {
        const box = n.getBoundingClientRect();
        if (clips(ox)) {
          if (box.width < 2) return true;
          if (!scrolls(ox) && Math.min(rect.right, box.right) - Math.max(rect.left, box.left) < 2) return true;
        }
        if (clips(oy)) {
          if (box.height < 2) return true;
          if (!scrolls(oy) && Math.min(rect.bottom, box.bottom) - Math.max(rect.top, box.top) < 2) return true;
        }
      }
      needPositioned = position === 'absolute';
    }
    if (position === 'fixed' && !transformed(style)) return false;
  }
  return false;
}

/** `clip`/`clip-path` tricks that hide an element while it keeps its box. */
function clippedAway(el: Element, rect: DOMRect, view: Window): boolean {
  const style = view.getComputedStyle(el);
  if (style.clip && style.clip !== 'auto' && /rect\(\s*0(px)?[ ,]+0(px)?[ ,]+0(px)?[ ,]+0(px)?\s*\)/.test(style.clip)) return true;
  if (style.clipPath && /inset\(\s*(50|100)%/.test(style.clipPath)) return true;
  return rect.width * rect.height < 4;
}

function stylesShow(el: Element, view: Window): boolean {
  for (let node: Element | null = el; node; node = node.parentElement) {
    const style = view.getComputedStyle(node);
    if (style.display === 'none') return false;
    if (node === el && (style.visibility === 'hidden' || style.visibility === 'collapse')) return false;
    if (style.opacity === '0') return false;
  }
  return true;
}
