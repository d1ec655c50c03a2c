import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import type { Session } from './browser';

/** Everything the extension keeps in `chrome.storage` (local, session, sync), as JSON. */
export async function extensionStorage(session: Session): Promise<string> {
  const worker = session.context.serviceWorkers()[0] ?? (await session.context.waitForEvent('serviceworker'));
  return worker.evaluate(async () => {
    const c = (globalThis as unknown as { chrome: { storage: Record<string, { get(k: null): Promise<unknown> } | undefined> } }).chrome;
    const all: Record<string, unknown> = {};
    for (const area of ['local', 'session', 'sync']) all[area] = await c.storage[area]?.get(null).catch(() => null);
    return JSON.stringify(all);
  });
}

/** «Сообщить в поддержку» in the popup: the report text shown on screen. */
export async function reportText(session: Session): Promise<string> {
  const popup = await session.popup();
  await popup.locator('[data-action="report"]').click();
  const text = await popup.locator('[data-report]').innerText();
  await popup.close();
  return text;
}

/**
 * The real popup, opened over `page` as a click on the toolbar button opens it (DevTools
 * `Extensions.triggerAction`: the browser grants `activeTab` for that tab exactly as for
 * a click). Playwright does not list such a popup: its text is read through the session's
 * DevTools connection. Returns the popup's text once `ready` (a CSS selector) is in it.
 */
export async function actionPopupText(session: Session, page: Page, ready: string): Promise<string> {
  const browser = session.context.browser();
  if (!browser) throw new Error('no browser behind the context');
  const cdp = await browser.newBrowserCDPSession();
  const { targetInfos } = (await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] })) as { targetInfos: { targetId: string; url: string }[] };
  const tab = targetInfos.find((t) => t.url === page.url());
  if (!tab) throw new Error(`no tab at ${page.url()}`);
  const url = `chrome-extension://${session.extensionId}/popup.html`;
  const popups = () => session.devtools.targets().filter((t) => t.url === url).map((t) => t.targetId);
  const before = new Set(popups());
  await page.bringToFront();
  await cdp.send('Extensions.triggerAction', { id: session.extensionId, targetId: tab.targetId });
  await cdp.detach();
  const read = `(() => document.querySelector(${JSON.stringify(ready)}) ? document.body.innerText : null)()`;
  let text: unknown;
  let popup: string | undefined;
  await expect
    .poll(async () => {
      popup ??= popups().find((id) => !before.has(id));
      return (text = popup ? await session.devtools.evaluateIn(popup, read) : null);
    }, { message: `popup with ${ready}` })
    .toBeTruthy();
  await session.devtools.evaluateIn(popup!, 'window.close()');
  return text as string;
}
