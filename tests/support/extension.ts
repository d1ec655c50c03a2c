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
