import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { axeViolations, OVERLAY } from './axe';

export interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

export interface OverlayGeometry {
  readonly viewport: { readonly width: number; readonly height: number };
  /** the spotlighted page element, null when there is none */
  readonly target: Box | null;
  /** the hint bubble inside the overlay's shadow root, null when hidden */
  readonly bubble: Box | null;
}

/** Where the target and the hint bubble are on screen, read in the page. */
export function overlayGeometry(page: Page): Promise<OverlayGeometry> {
  return page.evaluate(() => {
    const box = (el: Element | null | undefined) => {
      if (!el) return null;
      const r = el.getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    };
    const host = document.querySelector('[data-step]');
    return {
      viewport: { width: window.innerWidth, height: window.innerHeight },
      target: box(document.querySelector('[data-provodnik-target]')),
      bubble: box(host?.shadowRoot?.querySelector('.bubble')),
    };
  });
}

/** What is wrong with the geometry, or `ok`: the bubble is on screen and off the target. */
export function geometryProblem(g: OverlayGeometry, targetInView = true): string {
  const { bubble, target, viewport } = g;
  if (!bubble) return 'no hint bubble';
  const fmt = (b: Box) => `[${Math.round(b.left)},${Math.round(b.top)} → ${Math.round(b.right)},${Math.round(b.bottom)}]`;
  if (bubble.left < -1 || bubble.top < -1 || bubble.right > viewport.width + 1 || bubble.bottom > viewport.height + 1) {
    return `bubble ${fmt(bubble)} leaves the ${viewport.width}×${viewport.height} window`;
  }
  if (target) {
    const overlaps = bubble.left < target.right && target.left < bubble.right && bubble.top < target.bottom && target.top < bubble.bottom;
    if (overlaps) return `bubble ${fmt(bubble)} covers the target ${fmt(target)} in ${viewport.width}×${viewport.height}`;
    const visible = target.top < viewport.height && target.bottom > 0 && target.left < viewport.width && target.right > 0;
    if (!visible && targetInView) return `target ${fmt(target)} is outside the ${viewport.width}×${viewport.height} window`;
  }
  return 'ok';
}

/**
 * Small windows each step is also seen in: a phone-sized window, and the layout of 200 %
 * browser zoom in a 1280×800 window (a 640×400 CSS-pixel viewport: the same media
 * queries, the same layout; only the pixels are bigger).
 */
export const SMALL_WINDOWS = [
  { name: '360 px window', width: 360, height: 740 },
  { name: '200 % zoom', width: 640, height: 400 },
] as const;

async function placementOk(page: Page, label: string, targetInView = true): Promise<void> {
  // Placement follows the layout (and a scroll) asynchronously: await it.
  await expect
    .poll(async () => geometryProblem(await overlayGeometry(page), targetInView), { message: `${label}: hint placement`, timeout: 5_000 })
    .toBe('ok');
}

/**
 * The overlay as a person meets it at this step: axe finds nothing at WCAG 2.2 AA in it
 * (checked in the page, inside its shadow root); the hint bubble is inside the window
 * without covering the control it points at — in this window, in a 360 px one and at
 * 200 % zoom (there after the person has scrolled the control into view, if the smaller
 * window hid it). The window and the step are back as they were afterwards.
 */
export async function checkOverlay(page: Page, label: string): Promise<void> {
  await placementOk(page, label);
  expect(await axeViolations(page, { include: OVERLAY }), `${label}: axe, WCAG 2.2 AA`).toEqual([]);
  const size = page.viewportSize();
  if (!size) return;
  const hooks = () => page.evaluate(() => `${document.querySelector('[data-step]')?.getAttribute('data-state')} ${document.querySelectorAll('[data-provodnik-target]').length}`);
  const before = await hooks();
  for (const w of SMALL_WINDOWS) {
    await page.setViewportSize({ width: w.width, height: w.height });
    await page.evaluate(() => document.querySelector('[data-provodnik-target]')?.scrollIntoView({ block: 'nearest', inline: 'nearest' }));
    // Some replicas are not made for small windows (a fixed-width chat, a menu hidden
    // behind a button): where the control cannot be scrolled into view, only the bubble's
    // own place is checked.
    await placementOk(page, `${label}, ${w.name}`, false);
    if (w.name === '200 % zoom') expect(await axeViolations(page, { include: OVERLAY }), `${label}, ${w.name}: axe`).toEqual([]);
  }
  await page.setViewportSize(size);
  await expect.poll(hooks, { message: `${label}: back as before the small windows` }).toBe(before);
}
