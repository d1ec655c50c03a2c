import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, test } from 'vitest';
import { launch, type Session } from '../support/browser';
import { GuidePage } from '../support/guide-page';
import { SCREENSHOTS } from '../support/walks';

// Presenter mode, as the back of a classroom sees it on a projector.
const SHOTS = join(SCREENSHOTS, 'sandbox', 'presenter');
const LOGIN = 'https://esia.gosuslugi.ru/login/?redirect_uri=https%3A%2F%2Flk.gosuslugi.ru%2F%3Freplica-state%3Dfresh%2Cchild-account%2Cconsent-pending';

/** WCAG contrast ratio of two CSS colours (rgb/rgba, alpha ignored). */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = (c.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((v) => {
      const s = Number(v) / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** Sizes and colours of the overlay, read from its (open) shadow root. */
function overlayLook(page: Page) {
  return page.evaluate(() => {
    const root = document.querySelector('[data-step]')!.shadowRoot!;
    const css = (sel: string) => getComputedStyle(root.querySelector(sel)!);
    const hint = root.querySelector('.hint') ?? root.querySelector('.instruction')!;
    return {
      presenter: document.querySelector('[data-step]')!.hasAttribute('data-presenter'),
      hint: parseFloat(getComputedStyle(hint).fontSize),
      hintColor: getComputedStyle(hint).color,
      bubbleBg: css('.bubble').backgroundColor,
      meta: parseFloat(css('.meta').fontSize),
      metaText: root.querySelector('.meta')!.textContent,
      ring: parseFloat(css('.spot').borderTopWidth),
      ringColor: css('.spot').borderTopColor,
      ringOutline: css('.spot').outlineColor,
      dim: css('.dim').backgroundColor,
    };
  });
}

/** Presenter mode's parts left in the page: its layers in our host, any other element of ours. */
function presenterParts(page: Page) {
  return page.evaluate(() => {
    const root = document.querySelector('provodnik-guide')?.shadowRoot;
    const layers = root?.querySelectorAll('.presenter-blurs, .presenter-pointer').length ?? 0;
    const ours = Array.from(document.querySelectorAll('*')).filter((e) => e.localName.startsWith('provodnik-') && e.localName !== 'provodnik-guide' && e.localName !== 'provodnik-demo-bar');
    return layers + ours.length;
  });
}

/** The presenter layer's blur boxes, and the personal field's box. */
function blurState(page: Page, field: string) {
  return page.evaluate((sel) => {
    const f = document.querySelector(sel)!.getBoundingClientRect();
    // Presenter mode draws inside the one host element of the extension.
    const root = document.querySelector('provodnik-guide')?.shadowRoot?.querySelector('.presenter-blurs') ? document.querySelector('provodnik-guide')!.shadowRoot : null;
    const boxes = Array.from(root?.querySelectorAll('.blur') ?? []).map((b) => ({ r: b.getBoundingClientRect(), filter: getComputedStyle(b).backdropFilter }));
    const over = boxes.find(({ r }) => Math.abs(r.left - f.left) < 1 && Math.abs(r.top - f.top) < 1 && Math.abs(r.width - f.width) < 1 && Math.abs(r.height - f.height) < 1);
    return { layer: !!root, boxes: boxes.length, covered: !!over, filter: over?.filter ?? null };
  }, field);
}

/** Whether the hint bubble sits wholly below the sandbox's bar. */
function hintClearsBar(page: Page) {
  return page.evaluate(() => {
    const bar = document.querySelector('provodnik-demo-bar')!.getBoundingClientRect();
    const bubble = document.querySelector('[data-step]')!.shadowRoot!.querySelector('.bubble')!.getBoundingClientRect();
    return bubble.top >= bar.bottom;
  });
}

/** Mean brightness (0 black … 1 white) of a PNG, decoded in a blank page of the browser. */
async function brightness(session: Session, png: Buffer): Promise<number> {
  const blank = await session.context.newPage();
  try {
    return await blank.evaluate(async (src) => {
      const img = new Image();
      img.src = src;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.width;
      canvas.height = img.height;
      const c = canvas.getContext('2d')!;
      c.drawImage(img, 0, 0);
      const d = c.getImageData(0, 0, img.width, img.height).data;
      let sum = 0;
      for (let i = 0; i < d.length; i += 4) sum += (0.2126 * d[i]! + 0.7152 * d[i + 1]! + 0.0722 * d[i + 2]!) / 255;
      return sum / (d.length / 4);
    }, `data:image/png;base64,${png.toString('base64')}`);
  } finally {
    await blank.close();
  }
}

describe('presenter mode', () => {
  let session: Session | undefined;
  afterEach(async () => {
    await session?.close();
    session = undefined;
  });

  test('in the sandbox: large type, a strong ring, more dimming, a large counter, personal fields blurred; screenshots at 1280×720 and 1920×1080', async () => {
    mkdirSync(SHOTS, { recursive: true });
    session = await launch({ viewport: { width: 1280, height: 720 } });
    const popup = await session.popup();
    const [page] = await Promise.all([session.context.waitForEvent('page'), popup.locator('[data-action="demo"]').click()]);
    await page.locator('[data-track="parent-consent"]').click();
    const guide = new GuidePage(page);
    await guide.waitFor('parent-consent/parent-login', 'found');
    const field = 'input#login';
    await expect(page.locator(field).count()).resolves.toBe(1);

    // Off: the ordinary look, nothing blurred, no presenter layer.
    const off = await overlayLook(page);
    expect(off.presenter).toBe(false);
    expect((await blurState(page, field)).layer).toBe(false);

    // On, from the sandbox's own switch.
    await page.locator('provodnik-demo-bar [data-action="presenter"]').focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await overlayLook(page)).presenter).toBe(true);
    const on = await overlayLook(page);
    expect(on.hint, 'hint text ≥ 24 px').toBeGreaterThanOrEqual(24);
    expect(on.meta, 'step counter ≥ 28 px').toBeGreaterThanOrEqual(28);
    expect(on.metaText).toMatch(/Шаг 1 из \d+/);
    expect(on.ring, 'ring thicker').toBeGreaterThanOrEqual(8);
    expect(on.ring).toBeGreaterThan(off.ring);
    expect(contrast(on.hintColor, on.bubbleBg), 'hint text contrast (AAA)').toBeGreaterThanOrEqual(7);
    expect(contrast(on.ringColor, on.ringOutline), 'ring against its outline').toBeGreaterThanOrEqual(7);
    const alpha = (color: string) => Number(/rgba\([^)]*,\s*([\d.]+)\)/.exec(color)?.[1] ?? 1);
    expect(alpha(on.dim), 'the rest of the page dimmed more').toBeGreaterThan(alpha(off.dim));

    // The login field (Телефон / Email / СНИЛС) is blurred while not focused…
    await expect.poll(() => blurState(page, field)).toMatchObject({ covered: true });
    expect((await blurState(page, field)).filter).toMatch(/blur/);
    await page.mouse.move(640, 600);
    await page.screenshot({ path: join(SHOTS, 'esia-login-1280x720.png'), animations: 'disabled' });
    // …and shown while the presenter types into it.
    await page.locator(field).focus();
    await expect.poll(async () => (await blurState(page, field)).covered).toBe(false);
    await page.locator(field).blur();
    await expect.poll(async () => (await blurState(page, field)).covered).toBe(true);

    // A click shows where the presenter pressed: «next» presses «Войти» with a ripple.
    await page.setViewportSize({ width: 1920, height: 1080 });
    await expect.poll(async () => (await overlayLook(page)).hint).toBeGreaterThanOrEqual(24);
    await page.screenshot({ path: join(SHOTS, 'esia-login-1920x1080.png'), animations: 'disabled' });
    await page.keyboard.press('PageDown');
    await guide.waitFor('parent-consent/open-notifications', 'found');
    await page.screenshot({ path: join(SHOTS, 'lk-1920x1080.png'), animations: 'disabled' });
    await page.setViewportSize({ width: 1280, height: 720 });
    await expect.poll(() => page.locator('[data-provodnik-target]').isVisible()).toBe(true);
    // The hint stays below the sandbox's bar: the address and «Дальше» stay readable.
    await expect.poll(() => hintClearsBar(page)).toBe(true);
    await page.screenshot({ path: join(SHOTS, 'lk-1280x720.png'), animations: 'disabled' });
    // The dimming is painted, not only declared: a light corner of the page, far from the
    // spotlight and the hint, is dark on the screen — darker in presenter mode.
    const corner = { x: 20, y: 600, width: 160, height: 80 };
    const dimmedOn = await brightness(session, await page.screenshot({ clip: corner, animations: 'disabled' }));
    expect(dimmedOn, 'presenter: page dimmed on screen').toBeLessThan(0.4);
    // The target itself is not dimmed.
    const spot = (await page.locator('[data-provodnik-target]').boundingBox())!;
    const inner = { x: spot.x + spot.width / 2 - 2, y: spot.y + spot.height / 2 - 2, width: 4, height: 4 };
    expect(await brightness(session, await page.screenshot({ clip: inner, animations: 'disabled' })), 'target not dimmed').toBeGreaterThan(dimmedOn);

    // Off again: the ordinary look, no layer left in the page.
    await page.locator('provodnik-demo-bar [data-action="presenter"]').focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await overlayLook(page)).presenter).toBe(false);
    await expect.poll(() => presenterParts(page)).toBe(0);
    // Out of presenter mode the page is still dimmed, less.
    const dimmedOff = await brightness(session, await page.screenshot({ clip: corner, animations: 'disabled' }));
    expect(dimmedOff, 'ordinary mode: page dimmed on screen').toBeLessThan(0.75);
    expect(dimmedOff, 'ordinary mode: dimmed less than presenter mode').toBeGreaterThan(dimmedOn);
    expect(session.unexpected).toEqual([]);
  });

  test('on the real site (routed): the content script blurs personal fields in presenter mode, only then', async () => {
    session = await launch({ viewport: { width: 1280, height: 720 } });
    const popup = await session.popup();
    await popup.locator('[data-scenario="parent-consent"]').click();
    const page = await session.context.newPage();
    await page.goto(LOGIN);
    const guide = new GuidePage(page);
    await guide.waitFor('parent-consent/parent-login', 'found');
    expect((await blurState(page, 'input#login')).layer).toBe(false);
    await popup.locator('[data-action="presenter"]').click();
    await expect.poll(() => blurState(page, 'input#login')).toMatchObject({ layer: true, covered: true });
    // Still one element of ours in the page: presenter mode draws inside the guide's host.
    const ours = () => page.evaluate(() => Array.from(document.querySelectorAll('*')).filter((e) => e.localName.startsWith('provodnik-')).length);
    expect(await ours()).toBe(1);
    expect((await overlayLook(page)).hint).toBeGreaterThanOrEqual(24);
    await page.screenshot({ path: join(SHOTS, 'real-site-esia-login-1280x720.png'), animations: 'disabled' });
    // Personal things the page shows as text are blurred too: the СНИЛС and passport numbers
    // on «Личные документы» (known by their card's title), not the other cards' numbers.
    await page.goto('https://lk.gosuslugi.ru/profile/personal');
    const card = (n: number) => `lk-doc-card:nth-of-type(${n}) lk-doc-card-row > span:last-child`;
    await expect.poll(() => blurState(page, card(2))).toMatchObject({ layer: true, covered: true });
    expect((await blurState(page, card(1))).covered, 'passport number').toBe(true);
    expect((await blurState(page, card(4))).covered, 'the ОМС policy number').toBe(true);
    await page.screenshot({ path: join(SHOTS, 'real-site-lk-documents-1280x720.png'), animations: 'disabled' });
    await popup.locator('[data-action="presenter"]').click();
    await expect.poll(() => presenterParts(page)).toBe(0);
  });
});
