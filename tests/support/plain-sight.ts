import type { Page } from 'playwright-core';

export interface Sight {
  /** what is wrong with the spotlighted element as a person sees it; empty: in plain sight */
  readonly problems: string[];
  /** the spotlighted element and the hint, in window coordinates */
  readonly target: { left: number; top: number; right: number; bottom: number } | null;
  readonly hint: { left: number; top: number; right: number; bottom: number } | null;
}

/**
 * Whether the spotlighted control (`[data-provodnik-target]`) is in plain sight: wholly
 * inside the window, and at its centre and four inner points the topmost thing drawn is
 * the control itself (or its label) — not a page layer, not the hint. Read with the
 * browser's own hit testing; the product's code is not used.
 */
export function plainSight(page: Page): Promise<Sight> {
  return page.evaluate(async () => {
    const problems: string[] = [];
    const target = document.querySelector('[data-provodnik-target]');
    const host = document.querySelector('provodnik-guide');
    if (!target || !host?.shadowRoot) return { problems: ['no spotlighted element'], target: null, hint: null };
    // Judged once the page is still: the same boxes in three frames running (a smooth
    // scroll passes through places it does not stay in).
    const frame = () => new Promise((done) => requestAnimationFrame(done));
    const where = () => {
      const b = host.shadowRoot!.querySelector('.bubble')?.getBoundingClientRect();
      return JSON.stringify([target.getBoundingClientRect(), b, scrollX, scrollY]);
    };
    for (let still = 0, last = where(), n = 0; still < 3; n++) {
      if (n > 120) return { problems: ['still moving after 120 frames'], target: null, hint: null };
      await frame();
      const now = where();
      still = now === last ? still + 1 : 0;
      last = now;
    }
    const html = document.documentElement;
    const vw = Math.min(innerWidth, html.clientWidth || innerWidth);
    const vh = Math.min(innerHeight, html.clientHeight || innerHeight);
    const r = target.getBoundingClientRect();
    const box = (b: DOMRect) => ({ left: b.left, top: b.top, right: b.right, bottom: b.bottom });
    if (r.left < 0 || r.top < 0 || r.right > vw + 0.5 || r.bottom > vh + 0.5)
      problems.push(`outside the window: ${JSON.stringify(box(r))} in ${vw}×${vh}`);
    const bubble = host.shadowRoot.querySelector('.bubble');
    const b = bubble?.getBoundingClientRect() ?? null;
    if (b && b.left < r.right && r.left < b.right && b.top < r.bottom && r.top < b.bottom) problems.push('the hint overlaps it');
    const name = (e: Element) => `${e.localName}${e.id ? `#${e.id}` : ''}${e.className && typeof e.className === 'string' ? `.${e.className.trim().split(/\s+/).join('.')}` : ''}`;
    const points: Array<[number, number]> = [
      [0.5, 0.5],
      [0.25, 0.25],
      [0.75, 0.25],
      [0.25, 0.75],
      [0.75, 0.75],
    ];
    for (const [fx, fy] of points) {
      const x = r.left + r.width * fx;
      const y = r.top + r.height * fy;
      if (x < 0 || y < 0 || x >= vw || y >= vh) continue;
      const top = document.elementsFromPoint(x, y)[0];
      if (!top) continue;
      if (top === host) {
        // Our own spotlight and dimming let the pointer through; only the hint is hit.
        problems.push(`the hint covers its point (${Math.round(x)}, ${Math.round(y)})`);
        continue;
      }
      if (top === target || target.contains(top)) continue;
      const label: HTMLLabelElement | null = top.closest('label');
      if (label && (label.contains(target) || label.control === target)) continue;
      problems.push(`covered at (${Math.round(x)}, ${Math.round(y)}) by ${name(top)}`);
    }
    return { problems, target: box(r), hint: b ? box(b) : null };
  });
}
