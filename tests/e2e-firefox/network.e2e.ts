import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { EXTENSION_ORIGIN, launchFirefox, type FirefoxSession } from '../support/firefox';

// Firefox: the extension makes no network request. Counted where requests leave the
// browser (every non-replica name goes to a recording proxy) and at the replica server
// (requests from the extension's own origin); BiDi alone would miss the background page.
// The controls prove the count sees the popup's and the background page's requests.

type Ext = { browser: { runtime: { getBackgroundPage(): Promise<{ fetch: typeof fetch }> } } };

describe('Firefox: the extension makes no network request', () => {
  let session: FirefoxSession;
  beforeAll(async () => {
    session = await launchFirefox();
  });
  afterAll(() => session.close());

  test('popup, options, help, demo sandbox and a guided page: 0 requests; controls are counted', async () => {
    const popup = await session.popup();
    await popup.click('[data-scenario="child-gosuslugi-account"]');
    await popup.waitForSelector('[data-scenario="child-gosuslugi-account"][aria-pressed="true"]');
    for (const [path, ready] of [['options.html', 'h1'], ['help.html', 'h1'], ['demo.html', '[data-scenario]']] as const) {
      const page = await session.newPage();
      // goto of a moz-extension:// page never settles over BiDi: wait for the content.
      void page.goto(`${EXTENSION_ORIGIN}/${path}`).catch(() => undefined);
      await expect
        .poll(() => page.evaluate((sel) => location.href.endsWith(sel.path) && !!document.querySelector(sel.ready), { path, ready }).catch(() => false), { timeout: 15_000 })
        .toBe(true);
      await page.close();
    }
    const site = await session.newPage();
    await site.goto('https://esia.gosuslugi.ru/login/');
    await site.waitForSelector('[data-step="child-gosuslugi-account/parent-login"][data-state="found"]');
    await site.evaluate(() => fetch('https://esia.gosuslugi.ru/the-page-itself').catch(() => null));
    expect(session.extensionRequests()).toEqual([]);

    // Controls: the popup's and the background page's requests are seen.
    await popup.evaluate(() => fetch('https://control.invalid/from-the-popup').catch(() => null));
    await expect.poll(() => session.extensionRequests()).toContain('CONNECT control.invalid:443');
    session.clearRequests();
    await popup.evaluate(async () => {
      const background = await (globalThis as unknown as Ext).browser.runtime.getBackgroundPage();
      await background.fetch('https://background.invalid/from-the-background').catch(() => null);
    });
    await expect.poll(() => session.extensionRequests()).toContain('CONNECT background.invalid:443');
    session.clearRequests();
    await site.close();
    await popup.close();
  });
});
