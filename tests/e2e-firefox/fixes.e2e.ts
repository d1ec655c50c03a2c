import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'puppeteer-core';
import { DOCS, FIX, SCENARIO, STEP_HOOK, variant } from '../support/fix-pages';
import { EXTENSION_ORIGIN, launchFirefox, type FirefoxSession } from '../support/firefox';

// Field fixes in Firefox: a fix file imported on the options page guides on the page it
// fixes; a bad file is refused with a message and loses nothing already saved.

describe('Firefox: field fixes imported', () => {
  let session: FirefoxSession;
  beforeAll(async () => {
    session = await launchFirefox({ override: (url) => (url.href === DOCS ? variant(true) : undefined) });
  });
  afterAll(() => session.close());

  const text = async (page: Page, selector: string) => page.$eval(selector, (el) => (el as HTMLElement).innerText);

  test('imported fixes guide on the page; bad JSON is refused and nothing is lost', async () => {
    const popup = await session.popup();
    await popup.click(`[data-scenario="${SCENARIO}"]`);
    await popup.waitForSelector(`[data-scenario="${SCENARIO}"][aria-pressed="true"]`);
    await popup.close();

    const opts = await session.newPage();
    // goto of a moz-extension:// page never settles over BiDi: wait for the content.
    void opts.goto(`${EXTENSION_ORIGIN}/options.html`).catch(() => undefined);
    await opts.waitForSelector('[data-fixes-input]');
    await opts.type('[data-fixes-input]', JSON.stringify([FIX]));
    await opts.click('[data-action="fixes-import"]');
    await opts.waitForSelector('[data-fixes-message][role="status"]');
    expect(await text(opts, '[data-fixes-message]')).toContain('Загружено');
    expect(await text(opts, '[data-fixes-own]')).toContain('П2-3');

    await opts.$eval('[data-fixes-input]', (el) => ((el as HTMLTextAreaElement).value = ''));
    await opts.type('[data-fixes-input]', '[{ "scenario": ');
    await opts.click('[data-action="fixes-import"]');
    await opts.waitForSelector('[data-fixes-message][role="alert"]');
    expect(await text(opts, '[data-fixes-message]')).toContain('не JSON');
    expect(await opts.$$eval('[data-fixes-own] li', (els) => els.length)).toBe(1);
    await opts.click('[data-action="fixes-export"]');
    await opts.waitForSelector('[data-fixes]');
    expect(JSON.parse(await text(opts, '[data-fixes]'))).toEqual([FIX]);
    await opts.close();

    const page = await session.newPage();
    await page.goto(DOCS);
    await page.waitForSelector(`[data-step="${STEP_HOOK}"][data-state="found"]`);
    expect(await page.$eval('[data-provodnik-target]', (el) => (el as HTMLElement).innerText)).toBe('Моя семья');
    await page.close();
    expect(session.unexpected).toEqual([]);
  });
});
