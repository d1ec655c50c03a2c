import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, test } from 'vitest';
import { findScenario } from '../../src/catalogue';
import { launch, type Session } from '../support/browser';
import { GuidePage } from '../support/guide-page';
import { loadWalks, normalizeName, SCREENSHOTS, type Walk } from '../support/walks';

// The demo sandbox: every walk file (the same ones the routed walks use) played inside
// the extension by «next» alone — the presenter's PageDown, as a clicker sends it.
// (A walk that follows a branch into another scenario is the routed tests' only: no track.)
const walks = loadWalks().filter((w) => findScenario(w.scenario) && !w.steps.some((e) => e.branch || e.scenario));
const SHOTS = join(SCREENSHOTS, 'sandbox');

async function openSandbox(session: Session): Promise<Page> {
  const popup = await session.popup();
  const [page] = await Promise.all([session.context.waitForEvent('page'), popup.locator('[data-action="demo"]').click()]);
  await page.waitForLoadState();
  expect(page.url()).toBe(`chrome-extension://${session.extensionId}/demo.html`);
  await popup.close();
  return page;
}

/**
 * The sandbox's fake address bar shows the real address of the page: host and path
 * (a replica tidies its test-only `?replica-state=` away, as a real site drops its codes).
 */
async function shownAddress(page: Page): Promise<string> {
  const text = await page.locator('provodnik-demo-bar [data-demo-address] .url').innerText({ timeout: 2000 }).catch(() => '');
  if (!/^https:\/\//.test(text)) return text;
  const u = new URL(text);
  return `${u.origin}${u.pathname}`;
}
const address = (href: string) => `${new URL(href).origin}${new URL(href).pathname}`;

/**
 * The sandbox carried out the last «next» and is ready for another: its bar is on the
 * page and not busy (no command under way, the page not leaving), and — when the press
 * was to move the page on — the pressed control is gone.
 */
function sandboxSettled(page: Page, moved: boolean): Promise<boolean> {
  return page
    .evaluate(
      (moved) =>
        !!document.querySelector('provodnik-demo-bar:not([data-busy])') &&
        (!moved || !document.querySelector('[data-provodnik-target][data-test-pressed]')),
      moved,
    )
    .catch(() => false);
}

async function playByNext(page: Page, walk: Walk, shots: string): Promise<void> {
  const guide = new GuidePage(page);
  let shot = 0;
  const snap = (name: string) => page.screenshot({ path: join(shots, `${String(++shot).padStart(2, '0')}-${name}.png`), animations: 'disabled' });
  for (const [i, entry] of walk.steps.entries()) {
    const id = `${walk.scenario}/${entry.step}`;
    // (A first entry that opens the start page: the sandbox opened it already.)
    if (entry.open && !(i === 0 && entry.open === walk.start)) {
      await page.keyboard.press('PageDown');
      await expect.poll(() => shownAddress(page), { message: `${id}: «next» opens ${entry.open}`, timeout: 15_000 }).toBe(address(entry.open));
    }
    if (entry.state === 'not-found') {
      // Nothing to spotlight on purpose (two equal choices): the written instruction.
      await guide.waitFor(id, 'not-found');
      expect(await guide.target.count(), `${id}: nothing spotlighted`).toBe(0);
      await snap(entry.step);
      continue;
    }
    if (entry.state === 'done') {
      await guide.waitFor(id, 'done');
      expect(await guide.host.count(), `${id}: one host element`).toBe(1);
      expect(await guide.target.count(), `${id}: no target once done`).toBe(0);
      await snap(entry.step);
      continue;
    }
    const presses = [...(entry.via ?? []), entry.target ?? ''];
    for (const [p, name] of presses.entries()) {
      await expect
        .poll(
          async () => {
            const h = await guide.hooks().catch(() => null);
            if (!h || h.step !== id || h.targets !== 1) return `(${h?.step} ${h?.state}, ${h?.targets} targets)`;
            return guide.targetName().catch(() => '(target went away)');
          },
          { message: `${id}: spotlight on «${name}»`, timeout: 15_000 },
        )
        .toBe(normalizeName(name));
      const h = await guide.hooks();
      expect(h.hosts, `${id}: one host element`).toBe(1);
      expect(h.state).toBe('found');
      await snap(entry.step);
      await guide.target.evaluate((el) => el.setAttribute('data-test-pressed', ''));
      await page.keyboard.press('PageDown');
      // «next» pressed the control: the page moved on (another page, screen or spotlight) —
      // unless the walk goes to another page next (a code copied, then the child signs in).
      const moves = !(p === presses.length - 1 && walk.steps[i + 1]?.open);
      await expect
        .poll(() => sandboxSettled(page, moves), { message: `${id}: «next» pressed «${name}»`, timeout: 15_000 })
        .toBe(true);
    }
  }
}

describe('demo sandbox', () => {
  let session: Session | undefined;
  afterEach(async () => {
    await session?.close();
    session = undefined;
  });

  test('a track for every walk file', () => {
    expect(walks.length).toBeGreaterThan(0);
  });

  for (const walk of walks) {
    test(`${walk.file}: played from the popup's «Демонстрация» by «next» alone`, async () => {
      session = await launch({ viewport: { width: 1280, height: 720 } });
      const page = await openSandbox(session);
      const track = walk.file.replace(/\.json$/, '');
      await page.locator(`[data-scenario="${walk.scenario}"][data-track="${track}"]`).click();
      // A replica page as the tab's own document, under the sandbox bar with the real address.
      await expect.poll(() => shownAddress(page), { timeout: 15_000 }).toBe(address(walk.start));
      await expect(page.locator('provodnik-demo-bar [data-demo-banner]').innerText()).resolves.toMatch(/демонстрация/i);
      const shots = join(SHOTS, track);
      mkdirSync(shots, { recursive: true });
      await playByNext(page, walk, shots);
      // Nothing left the extension, and the person's own progress was never touched.
      expect(session.unexpected, 'requests').toEqual([]);
      const popup = await session.popup();
      await expect(popup.locator('[aria-pressed="true"][data-scenario]').count()).resolves.toBe(0);
      await expect(popup.locator('[data-step-code]').count()).resolves.toBe(0);
    });
  }
});
