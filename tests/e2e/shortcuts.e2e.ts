import { describe, expect, test } from 'vitest';
import { GuidePage } from '../support/guide-page';
import { headedBrowsers } from '../support/xvfb';

// The presenter's browser shortcuts (manifest `commands`, default Alt+Shift+…), pressed on
// the keyboard of a real browser window — not sent by script: the browser hears them only
// from the OS keyboard, and the extension acts on them in the tab on screen.
const LOGIN = 'https://esia.gosuslugi.ru/login/?redirect_uri=https%3A%2F%2Flk.gosuslugi.ru%2F%3Freplica-state%3Dfresh%2Cchild-account%2Cconsent-pending';

const presenterOn = (guide: GuidePage) => guide.host.evaluate((h) => h.hasAttribute('data-presenter')).catch(() => null);

describe('presenter shortcuts from the keyboard', () => {
  const headed = headedBrowsers();

  test('on a real site: Alt+Shift+D switches presenter mode, Alt+Shift+→ marks the step done, Alt+Shift+Home starts again', async () => {
    const { session, display } = await headed({ viewport: { width: 1200, height: 800 } });
    const popup = await session.popup();
    // The browser took every default key: the popup lists them all, none «не назначена».
    await popup.locator('[data-shortcuts]').evaluate((el) => el.closest('details')!.setAttribute('open', ''));
    await expect.poll(() => popup.locator('[data-shortcuts] kbd').allInnerTexts()).toEqual(['Alt+Shift+→', 'Alt+Shift+←', 'Alt+Shift+Home', 'Alt+Shift+D']);
    await popup.locator('[data-scenario="parent-consent"]').click();
    const page = await session.context.newPage();
    await popup.close();
    await page.goto(LOGIN);
    await page.bringToFront();
    const guide = new GuidePage(page);
    await guide.waitFor('parent-consent/parent-login', 'found');
    expect(await presenterOn(guide)).toBe(false);

    display.keysToBrowser(await page.title(), 'alt+shift+d');
    await expect.poll(() => presenterOn(guide)).toBe(true);

    // «next» on a real site never presses the page's own button: it marks the step done.
    display.keysToBrowser(await page.title(), 'alt+shift+Right');
    await guide.waitFor('parent-consent/parent-login', 'done');
    expect(await page.url()).toBe(LOGIN);

    display.keysToBrowser(await page.title(), 'alt+shift+Home');
    await guide.waitFor('parent-consent/parent-login', 'found');

    display.keysToBrowser(await page.title(), 'alt+shift+d');
    await expect.poll(() => presenterOn(guide)).toBe(false);
    expect(session.unexpected).toEqual([]);
  });

  test('in the demo sandbox: Alt+Shift+→ presses what the spotlight shows', async () => {
    const { session, display } = await headed({ viewport: { width: 1200, height: 800 } });
    const popup = await session.popup();
    const [page] = await Promise.all([session.context.waitForEvent('page'), popup.locator('[data-action="demo"]').click()]);
    await popup.close();
    await page.locator('[data-track="parent-diary-sferum"]').click();
    await page.bringToFront();
    const guide = new GuidePage(page);
    await guide.waitFor('parent-diary-sferum/open-diary', 'found');
    await expect.poll(() => page.locator('provodnik-demo-bar:not([data-busy])').count()).toBe(1);

    display.keysToBrowser(await page.title(), 'alt+shift+Right');
    // «Вход через портал госуслуг» pressed: the sandbox is on the Gosuslugi login page.
    await guide.waitFor('parent-diary-sferum/esia-login', 'found');
    await expect(page.locator('provodnik-demo-bar [data-demo-address] .url').innerText()).resolves.toMatch(/^https:\/\/esia\.gosuslugi\.ru\//);
  });
});
