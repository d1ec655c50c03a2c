import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page, Worker } from 'playwright-core';
import { launch, type Session } from '../support/browser';
import { GuidePage } from '../support/guide-page';

// The page cannot drive the extension. A hostile copy of the ESIA login page, at its
// official address (where the guide runs), tries everything a page script can: clicks and
// keys on the overlay's buttons through its shadow root, a forged `isTrusted`,
// `attachShadow` patched before the content script runs, window messages and custom
// events with plausible payloads (among them the one WXT's content-script context listens
// to), and history.pushState to step addresses over and over. The stored progress must not
// change, the guide must keep guiding, and a real click must still work.

type Chrome = { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } };
type Spy = { messages: unknown[]; shadows: string[] };

const URL_LOGIN = 'https://esia.gosuslugi.ru/login/';

describe('a hostile page cannot drive the extension', () => {
  let session: Session;
  let worker: Worker;
  const progress = async () => JSON.stringify((await worker.evaluate(() => (globalThis as unknown as Chrome).chrome.storage.local.get('progress'))).progress);
  const fixes = async () => JSON.stringify((await worker.evaluate(() => (globalThis as unknown as Chrome).chrome.storage.local.get('fixes'))).fixes ?? null);

  beforeAll(async () => {
    session = await launch();
    worker = session.context.serviceWorkers()[0]!;
  });
  afterAll(() => session.close());

  test('synthetic clicks, keys, messages, events and pushState change nothing', async () => {
    const popup = await session.popup();
    await popup.locator('[data-scenario="parent-diary-sferum"]').click();
    await popup.locator('[data-scenario="parent-diary-sferum"][aria-pressed="true"]').waitFor();
    await popup.close();
    const page: Page = await session.context.newPage();
    // Before any script of the page or the extension: listen to every window message, and
    // patch attachShadow to catch every shadow root made (and force it open).
    await page.addInitScript(() => {
      const spy: Spy = { messages: [], shadows: [] };
      (window as unknown as { spy: Spy }).spy = spy;
      window.addEventListener('message', (e) => spy.messages.push(e.data));
      const original = Element.prototype.attachShadow;
      Element.prototype.attachShadow = function (init: ShadowRootInit) {
        spy.shadows.push(this.localName);
        return original.call(this, { ...init, mode: 'open' });
      };
      // Every event this world sees claims to be trusted.
      Object.defineProperty(Event.prototype, 'isTrusted', { get: () => true, configurable: true });
    });
    await page.goto(URL_LOGIN);
    await new GuidePage(page).waitFor('parent-diary-sferum/esia-login', 'found');
    // The page's own visit is recorded first (the step the page shows): then nothing more.
    await expect.poll(async () => JSON.parse(await progress()).scenarios['parent-diary-sferum'].current).toBe('esia-login');
    const before = await progress();
    const attack = await page.evaluate(async (extensionId) => {
      const report: string[] = [];
      const spy = (window as unknown as { spy: Spy }).spy;
      // What the extension said to the page by itself (nothing, or it gives itself away).
      report.push(`revealed by messages: ${JSON.stringify(spy.messages)}`);
      const host = document.querySelector('provodnik-guide');
      const root = host?.shadowRoot ?? null;
      report.push(`shadow root reachable: ${root !== null}`);
      const buttons = Array.from(root?.querySelectorAll('button') ?? []);
      report.push(`buttons: ${buttons.map((b) => b.dataset.action ?? b.className).join(',')}`);
      const fire = (target: EventTarget) => {
        const init = { bubbles: true, composed: true, cancelable: true };
        (target as HTMLElement).click?.();
        target.dispatchEvent(new PointerEvent('pointerdown', init));
        target.dispatchEvent(new MouseEvent('mousedown', init));
        target.dispatchEvent(new PointerEvent('pointerup', init));
        target.dispatchEvent(new MouseEvent('mouseup', init));
        target.dispatchEvent(new MouseEvent('click', init));
        for (const key of ['Enter', ' ', 'Escape']) {
          target.dispatchEvent(new KeyboardEvent('keydown', { ...init, key }));
          target.dispatchEvent(new KeyboardEvent('keyup', { ...init, key }));
        }
        // isTrusted on the event itself cannot be redefined ([LegacyUnforgeable]).
        const ev = new MouseEvent('click', init);
        try {
          Object.defineProperty(ev, 'isTrusted', { value: true });
        } catch {
          report.push('isTrusted not redefinable');
        }
        target.dispatchEvent(ev);
      };
      for (const b of buttons) {
        b.focus();
        fire(b);
      }
      fire(host ?? document.body);
      fire(window);
      fire(document);
      // Window messages and custom events with what an extension might listen for.
      const payloads: unknown[] = [
        { type: 'provodnik:command', command: 'next', tabId: 1 },
        { type: 'provodnik:command', command: 'restart', tabId: 1 },
        { source: 'provodnik', action: 'done', step: 'esia-login' },
        { action: 'skip', stepId: 'esia-login' },
        'provodnik:restart',
        ...spy.messages, // whatever the extension said to the page, said back
      ];
      for (const data of payloads) window.postMessage(data, '*');
      // WXT's content-script context stops when another copy of the script starts in the
      // page, told by a custom event named after the extension's id (which a store listing
      // makes public) and the script: forge it, with the id this test knows.
      const names = ['provodnik:command', 'provodnik:restart', 'provodnik:done', 'wxt:locationchange', 'wxt:content-script-started', `${extensionId}:guide:wxt:content-script-started`, `${extensionId}:guide:wxt:locationchange`];
      for (const name of names) {
        for (const detail of [{ contentScriptName: 'guide', messageId: 'forged' }, { command: 'restart' }, { action: 'done' }]) {
          document.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
          window.dispatchEvent(new CustomEvent(name, { detail }));
        }
      }
      // Forged navigation: step addresses over and over, and back to the start.
      for (let i = 0; i < 20; i++) {
        history.pushState({}, '', i % 2 ? '/aas/oauth2/ac?client_id=ERSO43' : '/login/');
        window.dispatchEvent(new PopStateEvent('popstate'));
      }
      history.pushState({}, '', '/login/');
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      report.push(`shadow roots the page saw made: ${spy.shadows.join(',')}`);
      return report;
    }, session.extensionId);
    // The page could see the overlay (open shadow root, for accessibility tools) ...
    expect(attack).toContain('shadow root reachable: true');
    expect(attack.find((l) => l.startsWith('buttons:'))).toMatch(/done.*skip.*hide.*fix/);
    expect(attack).toContain('isTrusted not redefinable');
    // ... but not watch it being made, nor hear anything from the extension.
    expect(attack.find((l) => l.startsWith('shadow roots the page saw made:'))).toBe('shadow roots the page saw made: ');
    expect(attack.find((l) => l.startsWith('revealed by messages:'))).toBe('revealed by messages: []');

    // Nothing changed, and the guide is still there, guiding, with its hint shown.
    const guide = new GuidePage(page);
    await guide.waitFor('parent-diary-sferum/esia-login', 'found');
    expect(await progress()).toBe(before);
    expect(await guide.hooks()).toMatchObject({ hosts: 1, step: 'parent-diary-sferum/esia-login', state: 'found', targets: 1 });
    // Field fixes: the page's clicks on «Показать Проводнику, куда нажать» started nothing, saved nothing.
    expect(await page.evaluate(() => document.querySelector('provodnik-guide')?.shadowRoot?.querySelector('[data-fix]') ?? null)).toBeNull();
    expect(await fixes()).toBe('null');

    // A person starts pick mode: the page's synthetic clicks pick nothing, and it cannot press the pick mode's buttons.
    await page.locator('provodnik-guide [data-action="fix"]').click();
    await page.locator('provodnik-guide [data-fix="picking"]').waitFor();
    await page.evaluate(() => {
      const init = { bubbles: true, composed: true, cancelable: true };
      const root = document.querySelector('provodnik-guide')!.shadowRoot!;
      for (const el of [document.querySelector('button'), root.querySelector('[data-action="fix-page"]')]) {
        for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click']) el?.dispatchEvent(new MouseEvent(type, init));
        (el as HTMLElement | null)?.click();
      }
      document.dispatchEvent(new KeyboardEvent('keydown', { ...init, key: 'Escape' }));
    });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    expect(await page.locator('provodnik-guide [data-fix="picking"]').count()).toBe(1);
    expect(await fixes()).toBe('null');
    // The person's own Esc ends it.
    await page.keyboard.press('Escape');
    await page.locator('provodnik-guide [data-fix]').waitFor({ state: 'detached' });
    expect(await fixes()).toBe('null');
    expect(await page.evaluate(() => !!document.querySelector('provodnik-guide')?.shadowRoot?.querySelector('[data-action="done"]'))).toBe(true);

    // The guide still follows the page (a real change of step) ...
    await page.goto('https://one.43edu.ru/auth/login');
    await guide.waitFor('parent-diary-sferum/open-diary', 'found');
    // ... and a person's real click still acts.
    await guide.bubbleButton('Пропустить').click();
    await expect.poll(async () => JSON.parse(await progress()).scenarios['parent-diary-sferum'].steps['open-diary']?.by).toBe('person');
  });
});
