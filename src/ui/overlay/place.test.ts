import { describe, expect, test } from 'vitest';
import { GAP, MARGIN, MIN_HEIGHT, overlaps, placeBubble, type Rect } from './place';

const rect = (left: number, top: number, width: number, height: number): Rect => ({ left, top, right: left + width, bottom: top + height });
const box = (p: { x: number; y: number; maxHeight?: number }, b: { width: number; height: number }): Rect =>
  rect(p.x, p.y, b.width, Math.min(b.height, p.maxHeight ?? Infinity));
const inside = (r: Rect, v: { width: number; height: number }) =>
  r.left >= MARGIN - 0.5 && r.top >= MARGIN - 0.5 && r.right <= v.width - MARGIN + 0.5 && r.bottom <= v.height - MARGIN + 0.5;

describe('placeBubble', () => {
  const bubble = { width: 460, height: 260 };

  test('beside the target when there is room', () => {
    const target = rect(100, 300, 200, 40);
    const p = placeBubble(target, target, bubble, { width: 1280, height: 800 });
    expect(p.side).toBe('right');
    expect(p.x).toBe(target.right + GAP);
    expect(p.maxHeight).toBeUndefined();
  });

  test('beside the dialog around the target, not over the rest of it', () => {
    const target = rect(500, 400, 120, 40);
    const dialog = rect(400, 200, 360, 300);
    const p = placeBubble(target, dialog, bubble, { width: 1280, height: 800 });
    expect(p.side).toBe('right');
    expect(overlaps(box(p, bubble), dialog)).toBe(false);
  });

  test('beside the target, over its dialog only as much as it must be, when nothing fits beside the dialog', () => {
    // A 600 px dialog in the middle of a 1024×768 window, its button low on the left.
    const dialog = rect(212, 224, 600, 320);
    const target = rect(252, 456, 128, 48);
    const b = { width: 600, height: 400 };
    const p = placeBubble(target, dialog, b, { width: 1024, height: 768 });
    const placed = box(p, b);
    expect(overlaps(placed, target)).toBe(false);
    // Slid down along the target's side: below the dialog's upper part (its title, its checkboxes).
    expect(placed.top).toBeGreaterThan(dialog.top + 100);
  });

  // A 360 px window and 200 % zoom of 1280×800 (640×400), the target anywhere: the bubble
  // is inside the window and off the target.
  for (const view of [{ width: 360, height: 740 }, { width: 640, height: 400 }, { width: 1280, height: 800 }]) {
    test(`never over the target, never out of a ${view.width}×${view.height} window`, () => {
      const b = { width: Math.min(460, view.width - 16), height: Math.min(300, view.height - 16) };
      let cases = 0;
      for (let x = 0; x + 120 <= view.width; x += 37) {
        for (let y = 0; y + 44 <= view.height; y += 29) {
          const target = rect(x, y, Math.min(120, view.width), 44);
          const p = placeBubble(target, target, b, view);
          const placed = box(p, b);
          expect(overlaps(placed, target), `target at ${x},${y}`).toBe(false);
          expect(inside(placed, view), `target at ${x},${y}: ${JSON.stringify(p)}`).toBe(true);
          cases++;
        }
      }
      expect(cases).toBeGreaterThan(50);
    });
  }

  test('inside the window when the target is partly outside it', () => {
    const view = { width: 640, height: 400 };
    for (const target of [rect(380, 360, 240, 80), rect(-100, -30, 240, 60), rect(500, 100, 300, 40)]) {
      const p = placeBubble(target, target, { width: 460, height: 290 }, view);
      expect(inside(box(p, { width: 460, height: 290 }), view), JSON.stringify(target)).toBe(true);
    }
  });

  test('made shorter, not pushed over the target, when nothing fits whole', () => {
    const view = { width: 640, height: 400 };
    const target = rect(200, 180, 240, 40);
    const p = placeBubble(target, target, { width: 624, height: 320 }, view);
    expect(p.maxHeight).toBeGreaterThanOrEqual(MIN_HEIGHT);
    expect(p.maxHeight).toBeLessThan(320);
    expect(overlaps(box(p, { width: 624, height: 320 }), target)).toBe(false);
  });
});

describe('placeBubble on a phone', () => {
  const view = { width: 390, height: 844 };
  const bubble = { width: 374, height: 330 };

  test('docked at the bottom edge, under the thumb, when the target leaves room there', () => {
    const target = rect(40, 200, 150, 48);
    const p = placeBubble(target, target, bubble, view);
    expect(p.side).toBe('bottom');
    expect(p.y + bubble.height).toBe(view.height - MARGIN);
    expect(p.maxHeight).toBeUndefined();
  });

  test('docked at the top edge when the target is low', () => {
    const target = rect(40, 700, 150, 48);
    const p = placeBubble(target, target, bubble, { ...view, top: 120 });
    expect(p.side).toBe('top');
    expect(p.y).toBe(120 + MARGIN);
  });

  test('shortened and docked when neither fits whole, never over the target', () => {
    const target = rect(40, 400, 150, 48);
    const p = placeBubble(target, target, { width: 374, height: 500 }, view);
    const b = box(p, { width: 374, height: 500 });
    expect(overlaps(b, target)).toBe(false);
    expect(b.bottom === view.height - MARGIN || b.top === MARGIN).toBe(true);
  });
});

describe('placeBubble with a band kept free at the top (the sandbox bar)', () => {
  const bubble = { width: 640, height: 300 };
  const view = { width: 1280, height: 720, top: 110 };
  // Targets all over the window below the band: the bubble never goes into the band,
  // stays in the window and off the target.
  for (const [left, top] of [
    [1150, 120],
    [40, 120],
    [600, 130],
    [600, 400],
    [600, 660],
    [40, 660],
  ] as const) {
    test(`target at ${left},${top}`, () => {
      const target = rect(left, top, 80, 40);
      const p = placeBubble(target, target, bubble, view);
      const b = box(p, bubble);
      expect(b.top).toBeGreaterThanOrEqual(view.top + MARGIN);
      expect(b.bottom).toBeLessThanOrEqual(view.height - MARGIN + 0.5);
      expect(overlaps(b, target)).toBe(false);
    });
  }
});

describe('dimPath', () => {
  test('the whole window but a rounded hole at the spotlight', async () => {
    const { dimPath } = await import('./Overlay');
    const p = dimPath({ left: 100, top: 50, width: 200, height: 40 }, 10);
    expect(p).toMatch(/^path\(evenodd, "M-99999 -99999H99999V99999H-99999Z/);
    expect(p).toContain('M110 50H290A10 10 0 0 1 300 60V80A10 10 0 0 1 290 90H110A10 10 0 0 1 100 80V60A10 10 0 0 1 110 50Z');
    // A radius larger than the box is cut to half its side.
    expect(dimPath({ left: 0, top: 0, width: 20, height: 10 }, 30)).toContain('A5 5');
  });
});
