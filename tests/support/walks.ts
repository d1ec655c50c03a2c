import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { ROOT, type Session } from './browser';
import { GuidePage } from './guide-page';

export interface WalkEntry {
  readonly step: string;
  /** the visible name of the control that must be spotlighted and is clicked */
  readonly target?: string;
  /** `done`: the page shows the step complete (nothing to click) */
  readonly state?: 'done';
  /** navigate here first */
  readonly open?: string;
}

export interface Walk {
  readonly file: string;
  readonly scenario: string;
  readonly start: string;
  readonly steps: readonly WalkEntry[];
}

export const WALKS_DIR = join(ROOT, 'tests/walks');
export const SCREENSHOTS = join(ROOT, 'tests/e2e/screenshots');

export function loadWalks(): Walk[] {
  return readdirSync(WALKS_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => ({ file, ...(JSON.parse(readFileSync(join(WALKS_DIR, file), 'utf8')) as Omit<Walk, 'file'>) }));
}

export const normalizeName = (s: string) => s.toLowerCase().replace(/ё/g, 'е').replace(/[\s\u00a0]+/g, ' ').trim();

/**
 * Starts the scenario from the popup, then walks it by clicking what the spotlight
 * shows, asserting `data-step`, `data-state` and the spotlighted element at each step.
 */
export async function walkScenario(session: Session, walk: Walk): Promise<void> {
  const popup = await session.popup();
  await popup.locator(`[data-scenario="${walk.scenario}"]`).click();
  await popup.locator(`[data-scenario="${walk.scenario}"][aria-pressed="true"]`).waitFor();
  const page = await session.context.newPage();
  const guide = new GuidePage(page);
  const shots = join(SCREENSHOTS, walk.file.replace(/\.json$/, ''));
  mkdirSync(shots, { recursive: true });
  await page.goto(walk.start);
  for (const [i, entry] of walk.steps.entries()) {
    if (entry.open) await page.goto(entry.open);
    const id = `${walk.scenario}/${entry.step}`;
    await guide.waitFor(id, entry.state === 'done' ? 'done' : 'found');
    expect(await guide.host.count(), `${id}: one host element`).toBe(1);
    await page.screenshot({ path: join(shots, `${String(i + 1).padStart(2, '0')}-${entry.step}.png`) });
    if (entry.state === 'done') {
      expect(await guide.target.count(), `${id}: no target once done`).toBe(0);
      continue;
    }
    expect(await guide.target.count(), `${id}: one spotlighted element`).toBe(1);
    expect(await guide.targetName(), `${id}: spotlighted element`).toBe(normalizeName(entry.target ?? ''));
    await guide.target.click();
  }
  await page.close();
  await popup.close();
}
