import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, type Session } from '../support/browser';
import { actionPopupText } from '../support/extension';
import { GuidePage } from '../support/guide-page';

// The same replica pages served at look-alike addresses get nothing injected.
const LOOKALIKES: Record<string, string> = {
  'one.43edu.ru.example.com': 'one.43edu.ru',
  'one-43edu.ru': 'one.43edu.ru',
  'esia-gosuslugi.ru': 'esia.gosuslugi.ru',
  'esia.gosuslugi.ru.evil.test': 'esia.gosuslugi.ru',
  'xn--e1aaf2a4b.xn--p1ai': 'esia.gosuslugi.ru',
  'id.vk.com.example.net': 'id.vk.com',
  'xn----dtbbahvtxfyaxc6a.xn--p1ai': 'esia.gosuslugi.ru', // госуслуги-вход.рф
};

describe('only the official hosts', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch({ alias: LOOKALIKES });
    const popup = await session.popup();
    await popup.locator('[data-scenario="parent-diary-sferum"]').click();
    await popup.locator('[data-scenario="parent-diary-sferum"][aria-pressed="true"]').waitFor();
  });
  afterAll(() => session.close());

  /** The copy at `fakeUrl` gets nothing, while the page at `realUrl` is guided to `step`. */
  async function expectNothingAt(fakeUrl: string, realUrl: string, step: string, check?: (fake: Page) => void) {
    const fake = await session.context.newPage();
    await fake.goto(fakeUrl, { waitUntil: 'load' });
    check?.(fake);
    // The same page at its real address is guided: the extension was ready all along.
    const realPage = await session.context.newPage();
    await realPage.goto(realUrl);
    await new GuidePage(realPage).waitFor(`parent-diary-sferum/${step}`);
    await fake.evaluate(() => new Promise((r) => requestAnimationFrame(r)));
    expect(await fake.locator('provodnik-guide').count()).toBe(0);
    expect(await fake.locator('[data-step], [data-provodnik-target]').count()).toBe(0);
    // Not even run there (the browser's own record of the extension's isolated worlds),
    // while it did run on the real address.
    expect(session.devtools.contentScripts).toContain(new URL(realPage.url()).origin);
    expect(session.devtools.contentScripts).not.toContain(new URL(fake.url()).origin);
    await fake.close();
    await realPage.close();
  }

  for (const [host, real] of Object.entries(LOOKALIKES)) {
    test(`${host} (a copy of ${real}) gets nothing`, async () => {
      const path = real === 'one.43edu.ru' ? '/auth/login' : real === 'id.vk.com' ? '/auth' : '/login/';
      const step = real === 'one.43edu.ru' ? 'open-diary' : real === 'id.vk.com' ? 'vkid-account' : 'esia-login';
      await expectNothingAt(`https://${host}${path}`, `https://${real}${path}`, step);
    });
  }

  // The official address over plain http: the same replica, and still nothing (the content
  // scripts match https only; a page without TLS can be anyone's).
  for (const [host, path, step] of [
    ['esia.gosuslugi.ru', '/login/', 'esia-login'],
    ['one.43edu.ru', '/auth/login', 'open-diary'],
    ['id.vk.com', '/auth', 'vkid-account'],
  ] as const) {
    test(`http://${host} (not https) gets nothing`, async () => {
      await expectNothingAt(`http://${host}${path}`, `https://${host}${path}`, step, (fake) => {
        // Really http: the browser did not upgrade the address by itself.
        expect(new URL(fake.url()).protocol).toBe('http:');
      });
    });
  }

  // The popup, opened with the toolbar button over the tab, tells which one it is.
  test('the popup says «Официальный сайт» over an official tab and warns over look-alikes and http', async () => {
    const page = await session.context.newPage();
    const cases: [string, RegExp][] = [
      ['https://esia.gosuslugi.ru/login/', /Официальный сайт: esia\.gosuslugi\.ru/],
      ['https://esia-gosuslugi.ru/login/', /Осторожно: это не gosuslugi\.ru, а другой сайт \(esia-gosuslugi\.ru\)/],
      ['https://xn----dtbbahvtxfyaxc6a.xn--p1ai/login/', /Осторожно: это не gosuslugi\.ru, а другой сайт \(госуслуги-вход\.рф\)/],
      ['https://one.43edu.ru.example.com/auth/login', /Осторожно: это не one\.43edu\.ru/],
      ['http://esia.gosuslugi.ru/login/', /Осторожно: сайт esia\.gosuslugi\.ru открыт без защиты \(http:\/\/\)/],
    ];
    for (const [url, says] of cases) {
      await page.goto(url);
      const text = await actionPopupText(session, page, '[data-site-check]');
      expect(text, url).toMatch(says);
      expect(text.match(/Официальный сайт|Осторожно/g), url).toHaveLength(1);
    }
    await page.close();
  });
});
