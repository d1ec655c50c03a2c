import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, test } from 'vitest';
import { SCENARIOS } from '../../src/catalogue';
import { launch, type Session } from '../support/browser';
import { GuidePage } from '../support/guide-page';
import { SCREENSHOTS } from '../support/walks';

// One language per screen (issue 16): with an English browser, the popup and the overlay
// speak Russian, as their steps and hints do — not English buttons around Russian texts.
// And the popup fits a first glance: the task in hand on top, every other task one line,
// grouped by who does it, each still one click away.

const SCENARIO = 'parent-diary-sferum';
const SHOTS = join(SCREENSHOTS, 'language');
mkdirSync(SHOTS, { recursive: true });
/** Words of the other language allowed on a Russian screen: names of products and keys. */
// (and JSON, the name of the fixes' file format, which Russian texts write as it is)
const BRANDS = new Set(['vk', 'id', 'max', 'pagedown', 'pageup', 'alt', 'shift', 'home', 'esia', 'sferum', 'json']);

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

/** The Latin words of a visible text, site addresses and brand names left out. */
const latinWords = (text: string) => (text.replace(/\b[\w-]+(?:\.[\w-]+)+\b/g, ' ').match(/[A-Za-z]{2,}/g) ?? []).filter((w) => !BRANDS.has(w.toLowerCase()));
const cyrillicWords = (text: string) => text.match(/[\u0400-\u04FF]{2,}/g) ?? [];

async function english(): Promise<{ s: Session; popup: Page }> {
  const s = await launch({ locale: 'en-US', viewport: { width: 540, height: 600 } });
  const popup = await s.popup();
  // The browser is English, and the extension's English locale is there.
  const browserSide = await popup.evaluate(() => {
    const { i18n } = (globalThis as unknown as { chrome: { i18n: { getUILanguage(): string; getMessage(k: string): string } } }).chrome;
    return { lang: i18n.getUILanguage(), did: i18n.getMessage('iDidIt') };
  });
  expect(browserSide.lang).toMatch(/^en/);
  expect(browserSide.did).toBe('I did it');
  return { s, popup };
}

describe('one language per screen, in an English browser', () => {
  test('the popup with a task chosen, and the overlay on the site, are all Russian', async () => {
    const { s, popup } = await english();
    session = s;
    await popup.locator(`[data-scenario="${SCENARIO}"]`).click();
    await popup.locator('[data-step-code]').waitFor();
    await popup.screenshot({ path: join(SHOTS, 'popup-en-browser.png') });
    const text = await popup.locator('main').innerText();
    expect(await popup.locator('main').getAttribute('lang')).toBe('ru');
    expect(latinWords(text)).toEqual([]);
    expect(cyrillicWords(text).length).toBeGreaterThan(40);
    expect(await popup.locator('[data-action="reset"]').innerText()).toBe('Начать заново');

    const page = await s.context.newPage();
    await page.setViewportSize({ width: 1000, height: 700 });
    const guide = new GuidePage(page);
    await page.goto('https://one.43edu.ru/auth/login');
    await guide.waitFor(`${SCENARIO}/${SCENARIOS.find((x) => x.id === SCENARIO)!.steps[0]!.id}`, 'found');
    const bubble = await page.evaluate(() => {
      const root = document.querySelector('[data-step]')!.shadowRoot!;
      const b = root.querySelector<HTMLElement>('.bubble')!;
      return { text: b.innerText, lang: b.closest('[lang]')?.getAttribute('lang'), label: b.getAttribute('aria-label') };
    });
    await page.screenshot({ path: join(SHOTS, 'overlay-en-browser.png') });
    expect(bubble.lang).toBe('ru');
    expect(bubble.label).toBe('Подсказка Проводника');
    expect(latinWords(bubble.text)).toEqual([]);
    expect(bubble.text).toContain('Я сделал(а) это');
    expect(bubble.text).toContain('Пропустить');
  });

  test('the options, help and demo pages are Russian too', async () => {
    const { s } = await english();
    session = s;
    const page = await s.context.newPage();
    for (const path of ['options.html', 'help.html', 'demo.html']) {
      await page.goto(`chrome-extension://${s.extensionId}/${path}`);
      await page.locator('h1').first().waitFor();
      const text = await page.locator('main').innerText();
      expect(latinWords(text), path).toEqual([]);
    }
  });
});

describe('the popup at a first glance', () => {
  test('the task in hand, its next step and «Открыть сайт» in the first screen; every other task one click away, grouped by role', async () => {
    session = await launch({ viewport: { width: 540, height: 600 } });
    const popup = await session.popup();
    // No task yet: groups by who does them, the parent's first (no role chosen).
    expect(await popup.locator('[data-group]').evaluateAll((els) => els.map((e) => e.getAttribute('data-group')))).toEqual(['parent', 'pupil', 'teacher']);
    await popup.locator(`[data-scenario="${SCENARIO}"]`).click();
    await popup.locator(`[data-scenario="${SCENARIO}"][aria-pressed="true"]`).waitFor();
    for (const sel of ['#active-title', '[data-step-code]', '[data-action="open-site"]']) {
      const box = (await popup.locator(sel).boundingBox())!;
      expect(box.y + box.height, sel).toBeLessThanOrEqual(600);
    }
    // Once started («Что нужно под рукой» folded): at most one more screen to scroll.
    await popup.locator('.active details summary').click();
    expect(await popup.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(1200);
    await popup.screenshot({ path: join(SHOTS, 'popup-whole.png'), fullPage: true });
    // Every task's control is there and clickable with another task in hand.
    for (const sc of SCENARIOS) {
      await popup.locator(`[data-scenario="${sc.id}"]`).click();
      await popup.locator(`[data-scenario="${sc.id}"][aria-pressed="true"]`).waitFor();
      await expect.poll(() => popup.locator('#active-title').innerText()).toBe(sc.title);
    }
  });

  test('a person’s own role first: a teacher sees the teacher’s tasks first', async () => {
    session = await launch();
    const popup = await session.popup();
    await popup.locator('[data-role-choice] [data-role="teacher"]').click();
    await expect.poll(() => popup.locator('[data-group]').first().getAttribute('data-group')).toBe('teacher');
    expect(await popup.locator('[data-role-choice]').count()).toBe(0);
    expect(await popup.locator('[data-group="teacher"] [data-scenario]').evaluateAll((els) => els.map((e) => e.getAttribute('data-scenario')))).toContain('teacher-messenger');
  });
});
