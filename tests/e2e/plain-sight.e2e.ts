import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, test } from 'vitest';
import { launch, type Session } from '../support/browser';
import { GuidePage } from '../support/guide-page';
import { plainSight } from '../support/plain-sight';
import { loadWalks, SCREENSHOTS } from '../support/walks';

// «Done when» of issue 18: wherever the guide shows `found`, the spotlighted control is
// wholly inside the window, and neither a page layer (sticky header, cookie banner, chat
// widget) nor the hint covers its centre or inner points.
const SHOTS = join(SCREENSHOTS, 'plain-sight');

/** Waits until the spotlighted control is in plain sight (a smooth scroll may be under way). */
async function expectPlainSight(page: Page, what: string, shot?: string): Promise<void> {
  let last: string[] = [];
  await expect
    .poll(
      async () => {
        last = (await plainSight(page)).problems;
        return last.length;
      },
      { message: `${what}: in plain sight`, timeout: 5_000 },
    )
    .toBe(0)
    .catch(async (e: unknown) => {
      if (shot) await page.screenshot({ path: join(SHOTS, `FAILED-${shot}.png`) });
      throw new Error(`${what}: ${last.join('; ')}`, { cause: e });
    });
  if (shot) await page.screenshot({ path: join(SHOTS, `${shot}.png`), animations: 'disabled' });
}

describe('plain sight: the demo sandbox in presenter mode (П2, child-gosuslugi-account)', () => {
  let session: Session | undefined;
  afterEach(async () => {
    await session?.close();
    session = undefined;
  });

  const walk = loadWalks().find((w) => w.file === 'child-gosuslugi-account.json')!;
  for (const size of [
    { width: 1280, height: 720 },
    { width: 1024, height: 768 },
  ]) {
    test(`${size.width}×${size.height}: every spotlight in plain sight, «next» alone to the end`, async () => {
      mkdirSync(SHOTS, { recursive: true });
      session = await launch({ viewport: size });
      const popup = await session.popup();
      await popup.locator('[data-action="presenter"]').click();
      const [page] = await Promise.all([session.context.waitForEvent('page'), popup.locator('[data-action="demo"]').click()]);
      await page.locator('[data-track="child-gosuslugi-account"]').click();
      const guide = new GuidePage(page);
      let pressed = 0;
      for (const [i, entry] of walk.steps.entries()) {
        const id = `${walk.scenario}/${entry.step}`;
        if (entry.open && i > 0) await page.keyboard.press('PageDown');
        if (entry.state === 'done') {
          await guide.waitFor(id, 'done');
          continue;
        }
        for (const name of [...(entry.via ?? []), entry.target ?? '']) {
          await guide.waitFor(id, 'found');
          await expect(page.locator('provodnik-guide').getAttribute('data-presenter')).resolves.toBe('');
          await expectPlainSight(page, `${id} «${name}» at ${size.width}×${size.height}`, `sandbox-${size.width}x${size.height}-${String(++pressed).padStart(2, '0')}-${entry.step}`);
          await guide.target.evaluate((el) => el.setAttribute('data-test-pressed', ''));
          await page.keyboard.press('PageDown');
          await expect
            .poll(() => page.evaluate(() => !!document.querySelector('provodnik-demo-bar:not([data-busy])') && !document.querySelector('[data-test-pressed][data-provodnik-target]')).catch(() => false), {
              message: `${id}: «next» pressed «${name}»`,
              timeout: 15_000,
            })
            .toBe(true);
        }
      }
      expect(session.unexpected).toEqual([]);
    });
  }
});
