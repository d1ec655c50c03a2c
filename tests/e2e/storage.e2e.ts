import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Worker } from 'playwright-core';
import { launch, type Session } from '../support/browser';
import { GuidePage } from '../support/guide-page';

// Whatever is in storage.local — corrupt, cut short, from an older or a newer Проводник —
// the extension works: the popup starts a scenario, the guide shows on a replica page;
// an older version is migrated (the person's progress kept), the rest is reset with a
// notice in the popup.

const V1 = {
  active: 'parent-consent',
  scenarios: { 'parent-consent': { current: 'open-notifications', steps: { 'parent-login': { status: 'done', at: 1700000000000, by: 'page' } }, updatedAt: 1700000000000 } },
};
const CASES: { name: string; value: unknown; meta?: unknown; reset: boolean }[] = [
  { name: 'not JSON (a cut-off string)', value: '{"v":2,"active":"parent-diary-sferum","scenar', reset: true },
  { name: 'wrong types', value: { v: 2, active: 42, scenarios: ['parent-consent'] }, reset: true },
  { name: 'truncated object', value: { v: 2, active: 'parent-consent', scenarios: { 'parent-consent': { current: 'grant' } } }, reset: true },
  { name: 'future version', value: { v: 9, active: 'parent-consent', scenarios: {}, newField: { kept: 'by a later Проводник' } }, reset: true },
  { name: 'old version (1)', value: V1, meta: { v: 1 }, reset: false },
];

type Chrome = { chrome: { storage: { local: { set(v: object): Promise<void>; remove(k: string[]): Promise<void>; get(k: string[]): Promise<Record<string, unknown>> } } } };

describe('stored data that cannot be trusted', () => {
  let session: Session;
  let worker: Worker;
  beforeAll(async () => {
    session = await launch();
    worker = session.context.serviceWorkers()[0]!;
  });
  afterAll(() => session.close());

  const stored = () => worker.evaluate(() => (globalThis as unknown as Chrome).chrome.storage.local.get(['progress', 'notice']));

  for (const c of CASES) {
    test(`${c.name}: ${c.reset ? 'reset with a notice' : 'migrated'}, and everything works`, async () => {
      await worker.evaluate(async ({ value, meta }) => {
        const local = (globalThis as unknown as Chrome).chrome.storage.local;
        await local.remove(['progress', 'progress$', 'notice']);
        await local.set(meta ? { progress: value, progress$: meta } : { progress: value });
      }, { value: c.value, meta: c.meta });

      const popup = await session.popup();
      // Read, checked, and written back in the current version.
      await expect.poll(async () => ((await stored()).progress as { v?: unknown } | undefined)?.v).toBe(2);
      const notice = popup.locator('[data-notice="progress-reset"]');
      if (c.reset) {
        await expect.poll(() => notice.innerText()).toContain('Сохранённый прогресс не удалось прочитать, начинаем заново');
        expect(await notice.getAttribute('role')).toBe('status');
        expect((await stored()).progress).toEqual({ v: 2, active: null, scenarios: {} });
      } else {
        // The person's progress survived: the scenario still active, its done step still done.
        await popup.locator('[data-scenario="parent-consent"][aria-pressed="true"]').waitFor();
        await popup.locator('[data-step-id="parent-login"].done').waitFor();
        expect((await stored()).notice).toBeUndefined();
        expect(await notice.count()).toBe(0);
      }

      // The popup starts a scenario, and the guide shows on the replica page.
      await popup.locator('[data-scenario="child-gosuslugi-account"]').click();
      await popup.locator('[data-scenario="child-gosuslugi-account"][aria-pressed="true"]').waitFor();
      const page = await session.context.newPage();
      await page.goto('https://esia.gosuslugi.ru/login/');
      await new GuidePage(page).waitFor('child-gosuslugi-account/parent-login');

      if (c.reset) {
        // Told once: «Понятно» puts the notice away, and it stays away.
        await popup.locator('[data-action="notice-ok"]').click();
        await notice.waitFor({ state: 'detached' });
        expect((await stored()).notice).toBeUndefined();
        await popup.reload();
        await popup.locator('[data-scenario="child-gosuslugi-account"][aria-pressed="true"]').waitFor();
        expect(await notice.count()).toBe(0);
      }
      await page.close();
      await popup.close();
    });
  }

  test('settings and diagnostics corrupt, or from a newer version, too: popup and guide work', async () => {
    await worker.evaluate(async () => {
      const local = (globalThis as unknown as Chrome).chrome.storage.local;
      await local.set({ settings: '{"role":"par', settings$: { v: 7 }, diagnostics: { v: 9, pages: 'x' }, diagnostics$: { v: 9 } });
    });
    const popup = await session.popup();
    await popup.locator('[data-scenario="parent-consent"]').click();
    await popup.locator('[data-scenario="parent-consent"][aria-pressed="true"]').waitFor();
    const page = await session.context.newPage();
    await page.goto('https://esia.gosuslugi.ru/login/');
    await new GuidePage(page).waitFor('parent-consent/parent-login');
    // The support report still builds from what is left.
    await popup.locator('[data-action="report"]').click();
    expect(await popup.locator('[data-report]').innerText()).toContain('Проводник: отчёт для поддержки');
    await page.close();
    await popup.close();
  });
});
