import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launch, type Session } from '../support/browser';
import { GuidePage } from '../support/guide-page';
import { loadWalks, walkScenario } from '../support/walks';

// No network: every part of the extension used — popup, options, help, demo sandbox,
// background (badge, presenter keys) and the content script guiding a whole scenario —
// and the browser itself (DevTools on every target) saw the extension make 0 requests.
// The controls prove the count is not blind: a request from an extension page or the
// service worker is counted, a web page's own request is not.

describe('the extension makes no network request', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch();
  });
  afterAll(() => session.close());

  test('popup, options, help, demo sandbox, background and content script: 0 requests', async () => {
    // The counter listens to the extension's service worker itself.
    await expect.poll(() => session.devtools.attached.get('service_worker') ?? 0).toBeGreaterThan(0);
    const walk = loadWalks().find((w) => w.file === 'parent-diary-sferum.json')!;
    await walkScenario(session, walk);

    const popup = await session.popup();
    const [options] = await Promise.all([session.context.waitForEvent('page'), popup.locator('[data-action="options"]').click()]);
    await options.locator('main, form, h1').first().waitFor();
    const [help] = await Promise.all([session.context.waitForEvent('page'), popup.locator('[data-action="help"]').click()]);
    await help.locator('h1').first().waitFor();
    const [demo] = await Promise.all([session.context.waitForEvent('page'), popup.locator('[data-action="demo"]').click()]);
    await demo.locator('[data-scenario="child-gosuslugi-account"]').first().click();
    await new GuidePage(demo).waitFor('child-gosuslugi-account/parent-login', ['found', 'searching', 'not-found']);
    await demo.keyboard.press('PageDown');
    await expect.poll(() => demo.locator('provodnik-demo-bar [data-demo-address] .url').innerText()).not.toContain('esia.gosuslugi.ru/login');
    // Background: the badge follows every change of progress; the content script follows a restart.
    await popup.locator('[data-action="reset"]').click();
    await popup.locator('[data-scenario="child-gosuslugi-account"]').click();
    const site = await session.context.newPage();
    await site.goto('https://esia.gosuslugi.ru/login/');
    await new GuidePage(site).waitFor('child-gosuslugi-account/parent-login');

    expect(session.devtools.attached.get('page') ?? 0).toBeGreaterThan(4);
    expect(session.devtools.requests).toEqual([]);
    for (const p of [options, help, demo, site, popup]) await p.close();
  });

  test('control: a request from an extension page or the service worker is counted; a web page’s own is not', async () => {
    const page = await session.context.newPage();
    await page.goto('https://one.43edu.ru/auth/login');
    await page.evaluate(() => fetch('https://one.43edu.ru/from-the-page').catch(() => null));

    const popup = await session.popup();
    await popup.evaluate(() => fetch('https://control.invalid/from-the-popup').catch(() => null));
    await expect.poll(() => session.devtools.requests.map((r) => r.url)).toContain('https://control.invalid/from-the-popup');
    // By now the page's own request, made before, was seen too: and not counted.
    expect(session.devtools.requests.map((r) => r.url)).toEqual(['https://control.invalid/from-the-popup']);

    const worker = session.context.serviceWorkers()[0]!;
    await worker.evaluate(() => fetch('https://control.invalid/from-the-worker').catch(() => null));
    await expect.poll(() => session.devtools.requests.map((r) => r.url)).toContain('https://control.invalid/from-the-worker');
    expect(session.devtools.requests.find((r) => r.url.endsWith('/from-the-worker'))?.targetType).toBe('service_worker');
    // A web socket from an extension page counts too.
    await popup.evaluate(() => {
      const ws = new WebSocket('wss://control.invalid/socket');
      ws.onerror = () => ws.close();
    });
    await expect.poll(() => session.devtools.requests.map((r) => r.url)).toContain('wss://control.invalid/socket');
    // The controls were the test's own: the session's close() checks the rest is 0.
    session.devtools.clear();
    await popup.close();
    await page.close();
  });
});
