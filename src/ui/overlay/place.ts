/** A rectangle in window coordinates (as `getBoundingClientRect` gives it). */
export interface Rect {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

export type Side = 'right' | 'left' | 'bottom' | 'top';

export interface Placement {
  readonly x: number;
  readonly y: number;
  readonly side: Side;
  /** set when the bubble had to be made shorter (it scrolls) to stay off the target */
  readonly maxHeight?: number;
}

/** Space between the target and the bubble (beyond the spotlight ring). */
export const GAP = 18;
/** Space kept free at the window's edges. */
export const MARGIN = 8;
/** Narrower windows than this are phones: the hint is docked at the top or bottom edge. */
export const NARROW = 600;
/** The bubble is never made shorter than this to dodge the target. */
export const MIN_HEIGHT = 96;

const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(v, Math.max(lo, hi)));

/**
 * Where the hint bubble goes: beside the anchor (the small dialog or form around the
 * target) first, then beside the target itself; right, left, below, above, whichever
 * fits whole in the window. When none fits (a narrow window, 200 % zoom), the bubble goes
 * above or below the target, on the roomier side, made shorter so that it scrolls: it
 * may cover other parts of the page, never the target.
 */
export function placeBubble(
  target: Rect,
  anchor: Rect,
  bubble: { readonly width: number; readonly height: number },
  view: { readonly width: number; readonly height: number; readonly top?: number },
): Placement {
  const { width: w, height: h } = bubble;
  // A band at the top kept free (the demo sandbox's own bar): the bubble goes below it.
  const minY = (view.top ?? 0) + MARGIN;
  const maxX = view.width - MARGIN - w;
  const maxY = view.height - MARGIN - h;
  const refs = anchor === target || same(anchor, target) ? [target] : [anchor, target];
  // A phone: above or below is all there is, and the hint is docked at the window's edge
  // (at the bottom, under the thumb, whenever the target leaves room there).
  const narrow = view.width < NARROW;
  for (const r of refs) {
    const midY = clamp((r.top + r.bottom) / 2 - h / 2, minY, maxY);
    const midX = clamp((r.left + r.right) / 2 - w / 2, MARGIN, maxX);
    const tall = h <= view.height - minY - MARGIN;
    const options: Placement[] = [
      { side: 'right', x: r.right + GAP, y: midY },
      { side: 'left', x: r.left - GAP - w, y: midY },
      { side: 'bottom', x: midX, y: narrow ? Math.max(maxY, r.bottom + GAP) : r.bottom + GAP },
      { side: 'top', x: midX, y: narrow ? Math.min(minY, r.top - GAP - h) : r.top - GAP - h },
    ];
    // Beside the target but over its dialog or form: slid along its side to cover as
    // little of that block as it can.
    if (r === target && refs.length > 1) {
      for (const p of options.slice(0, 2)) options.push({ ...p, y: minY }, { ...p, y: maxY });
      for (const p of options.slice(2, 4)) options.push({ ...p, x: MARGIN }, { ...p, x: maxX });
    }
    let best: Placement | undefined;
    let least = Infinity;
    for (const p of options) {
      const inside = p.x >= MARGIN && p.x <= maxX && p.y >= minY && p.y <= maxY && (tall || p.side === 'bottom' || p.side === 'top');
      const box = { left: p.x, top: p.y, right: p.x + w, bottom: p.y + h };
      if (!inside || overlaps(box, target)) continue;
      if (r !== target || refs.length === 1) return p;
      // (Of two that cover as much, the one nearer the target.)
      const covered = area(box, anchor) + Math.hypot(p.x + w / 2 - (r.left + r.right) / 2, p.y + h / 2 - (r.top + r.bottom) / 2) / 1e3;
      if (covered < least) [best, least] = [p, covered];
    }
    if (best) return best;
  }
  // Nothing fits whole: above or below the target, shorter, on the side with more room.
  const above = target.top - GAP - minY;
  const below = view.height - target.bottom - GAP - MARGIN;
  const x = clamp((target.left + target.right) / 2 - w / 2, MARGIN, maxX);
  // Kept inside the window even when the target is partly outside it.
  const fit = (maxHeight: number, y: number): Placement => {
    const hh = Math.min(maxHeight, view.height - minY - MARGIN);
    return { side: below >= above ? 'bottom' : 'top', x, y: clamp(y, minY, view.height - MARGIN - hh), maxHeight: hh };
  };
  if (below >= above) {
    const maxHeight = Math.max(MIN_HEIGHT, Math.min(h, below));
    return fit(maxHeight, narrow ? view.height - MARGIN - maxHeight : target.bottom + GAP);
  }
  const maxHeight = Math.max(MIN_HEIGHT, Math.min(h, above));
  return fit(maxHeight, narrow ? minY : target.top - GAP - maxHeight);
}

/** How much of `b` the box `a` covers. */
function area(a: Rect, b: Rect): number {
  return Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) * Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));
}

function same(a: Rect, b: Rect): boolean {
  return a.left === b.left && a.top === b.top && a.right === b.right && a.bottom === b.bottom;
}

export function overlaps(a: Rect, b: Rect): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}
