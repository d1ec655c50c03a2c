import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { ROOT, type Session } from './browser';
import { GuidePage } from './guide-page';

export interface WalkEntry {
  readonly step: string;
  /** the visible name of the control that must be spotlighted and is clicked */
  readonly target?: string;
  /**
   * `done`: the page shows the step complete (nothing to click); `not-found`: the page is
   * the step's, but nothing is spotlighted (two equal choices, a child's card of two) and
   * the written instruction is shown
   */
  readonly state?: 'done' | 'not-found';
  /** before this entry the person follows the popup's link from the current step to this scenario (a step's `branch`) */
  readonly branch?: string;
  /** before this entry the person starts this scenario again from the popup (back from a branch) */
  readonly scenario?: string;
  /** navigate here first */
  readonly open?: string;
  /** earlier presses of the same step, each spotlighted in turn before `target` */
  readonly via?: readonly string[];
  /** after pressing the target, the person picks this option themselves (a school in a list) */
  readonly choose?: string;
  /** for the reader: the block the target sits in when its text repeats */
  readonly within?: string;
  /** the target is a field: type this into it (then Enter) instead of clicking it (an invented code) */
  readonly type?: string;
}

export interface Walk {
  readonly file: string;
  readonly scenario: string;
  readonly start: string;
  readonly steps: readonly WalkEntry[];
  /** regional origins the person has granted before the walk */
  readonly granted?: readonly string[];
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

export interface WalkOptions {
  /** every address the walk opens, changed (sentinel query strings and fragments) */
  readonly url?: (url: string) => string;
  /** before each press: e.g. type into every field of the page */
  readonly beforePress?: (page: Page) => Promise<void>;
  /** the walk's page, once opened (console listeners) */
  readonly onPage?: (page: Page) => void;
  /**
   * Check only the step and that one control is spotlighted, not its name: for walks
   * that type their own values, which replica pages then show (a child's name on a card).
   */
  readonly anyTargetName?: boolean;
  /** at the end, before the page closes */
  readonly atEnd?: (page: Page) => Promise<void>;
  /** extra checks at every step, once its hooks hold (before the target is clicked) */
  readonly onStep?: (page: Page, id: string) => Promise<void>;
  /** a sub-folder for the screenshots (a walk run again in another window) */
  readonly shots?: string;
}

/**
 * Starts the scenario from the popup, then walks it by clicking what the spotlight
 * shows, asserting `data-step`, `data-state` and the spotlighted element at each step.
 */
export async function walkScenario(session: Session, walk: Walk, opts: WalkOptions = {}): Promise<void> {
  const url = opts.url ?? ((u: string) => u);
  const popup = await session.popup();
  await popup.locator(`[data-scenario="${walk.scenario}"]`).click();
  await popup.locator(`[data-scenario="${walk.scenario}"][aria-pressed="true"]`).waitFor();
  const page = await session.context.newPage();
  opts.onPage?.(page);
  const guide = new GuidePage(page);
  const shots = join(SCREENSHOTS, ...(opts.shots ? [opts.shots] : []), walk.file.replace(/\.json$/, ''));
  mkdirSync(shots, { recursive: true });
  await page.goto(url(walk.start));
  let shot = 0;
  const snap = (name: string) =>
    page.screenshot({ path: join(shots, `${String(++shot).padStart(2, '0')}-${name}.png`), animations: 'disabled' });
  let scenario = walk.scenario;
  for (const entry of walk.steps) {
    if (entry.branch || entry.scenario) {
      // The popup follows the progress: the branch link of the current step, or the start control.
      const to = (entry.branch ?? entry.scenario)!;
      await popup.locator(entry.branch ? `[data-branch="${to}"]` : `[data-scenario="${to}"]`).first().click();
      await popup.locator(`[data-scenario="${to}"][aria-pressed="true"]`).waitFor();
      scenario = to;
    }
    if (entry.open) await page.goto(url(entry.open));
    const id = `${scenario}/${entry.step}`;
    if (entry.state === 'not-found') {
      await guide.waitFor(id, 'not-found');
      expect(await guide.host.count(), `${id}: one host element`).toBe(1);
      expect(await guide.target.count(), `${id}: nothing spotlighted`).toBe(0);
      await snap(entry.step);
      continue;
    }
    if (entry.state === 'done') {
      await guide.waitFor(id, 'done');
      expect(await guide.host.count(), `${id}: one host element`).toBe(1);
      expect(await guide.target.count(), `${id}: no target once done`).toBe(0);
      await snap(entry.step);
      await opts.onStep?.(page, id);
      continue;
    }
    for (const name of [...(entry.via ?? []), entry.target ?? '']) {
      const want = normalizeName(name);
      // The step's spotlight moves from press to press (a menu, then its item).
      await expect
        .poll(async () => {
          const h = await guide.hooks().catch(() => null);
          if (!h || h.step !== id || h.targets !== 1) return `(${h?.step} ${h?.state}, ${h?.targets} targets)`;
          if (opts.anyTargetName) return want;
          return guide.targetName().catch(() => '(target went away)');
        }, {
          message: `${id}: spotlight on «${name}»`,
          timeout: 15_000,
        })
        .toBe(want);
      const h = await guide.hooks();
      expect(h.hosts, `${id}: one host element`).toBe(1);
      expect(h.state).toBe('found');
      await snap(entry.step);
      await opts.onStep?.(page, id);
      if (opts.beforePress) {
        await opts.beforePress(page);
        // Typing changes no step: the spotlight is still on the same control.
        if (!opts.anyTargetName) await expect.poll(() => guide.targetName().catch(() => ''), { timeout: 15_000 }).toBe(want);
        else await guide.target.waitFor({ timeout: 15_000 });
      }
      if (entry.type !== undefined && name === entry.target) {
        await guide.target.fill(entry.type);
        await guide.target.press('Enter');
      } else await guide.target.click();
      if (entry.choose) await page.getByRole('option', { name: entry.choose }).click();
    }
  }
  await opts.atEnd?.(page);
  await page.close();
  await popup.close();
  // Every request of the walk was a replica page's own: the extension sent nothing.
  expect(session.unexpected, 'requests no replica answers').toEqual([]);
}

// Firefox (tests/e2e-firefox) walks the same walk files through this driver interface.
/** One browser tab, as far as a walk needs it (Playwright in Chromium, Puppeteer in Firefox). */
export interface WalkTab {
  goto(url: string): Promise<void>;
  /** the public hooks as they are now (SCENARIOS.md, «Test hooks») */
  hooks(): Promise<Hooks>;
  /**
   * `normalizeName(name)` when the browser's own accessibility tree gives the spotlighted
   * element the accessible name `name`; otherwise a description of what is spotlighted.
   */
  targetNamed(name: string): Promise<string>;
  /** a trusted click on the spotlighted element, as a person would */
  clickTarget(): Promise<void>;
  /** the person types `text` into the spotlighted field, then presses Enter */
  typeIntoTarget(text: string): Promise<void>;
  /** the person picks an option (role `option`) by its name */
  choose(option: string): Promise<void>;
  snap(name: string): Promise<void>;
  close(): Promise<void>;
}

export interface Hooks {
  hosts: number;
  step: string | null;
  state: string | null;
  targets: number;
}

/** A browser with the extension, as far as a walk needs it. */
export interface WalkDriver {
  /** opens the popup and starts `scenario` from it; returns a way to close the popup */
  start(scenario: string): Promise<{ close(): Promise<void> }>;
  newTab(walk: Walk): Promise<WalkTab>;
  /** http(s) requests no replica answers */
  readonly unexpected: readonly string[];
}

/** The hooks as the page shows them now (runs in the page). */
export function readHooks(): Hooks {
  const hosts = document.querySelectorAll('[data-step]');
  return {
    hosts: hosts.length,
    step: hosts[0]?.getAttribute('data-step') ?? null,
    state: hosts[0]?.getAttribute('data-state') ?? null,
    targets: document.querySelectorAll('[data-provodnik-target]').length,
  };
}

/**
 * Starts the scenario from the popup, then walks it by clicking what the spotlight
 * shows, asserting `data-step`, `data-state` and the spotlighted element at each step.
 * The same code runs in Chromium and in Firefox.
 */
export async function walkWith(driver: WalkDriver, walk: Walk): Promise<void> {
  const popup = await driver.start(walk.scenario);
  const tab = await driver.newTab(walk);
  await tab.goto(walk.start);
  for (const entry of walk.steps) {
    if (entry.open) await tab.goto(entry.open);
    const id = `${walk.scenario}/${entry.step}`;
    if (entry.state === 'done') {
      await expect
        .poll(async () => {
          const h = await tab.hooks().catch(() => null);
          return h && `${h.step} ${h.state}`;
        }, { message: `${id}: done`, timeout: 15_000 })
        .toBe(`${id} done`);
      const h = await tab.hooks();
      expect(h.hosts, `${id}: one host element`).toBe(1);
      expect(h.targets, `${id}: no target once done`).toBe(0);
      await tab.snap(entry.step);
      continue;
    }
    for (const name of [...(entry.via ?? []), entry.target ?? '']) {
      const want = normalizeName(name);
      // The step's spotlight moves from press to press (a menu, then its item).
      await expect
        .poll(async () => {
          const h = await tab.hooks().catch((e: Error) => `(page does not answer: ${e.message.slice(0, 120)})`);
          if (typeof h === 'string') return h;
          if (h.step !== id || h.targets !== 1) return `(${h.step} ${h.state}, ${h.targets} targets)`;
          return tab.targetNamed(name).catch((e: Error) => `(target went away: ${e.message.slice(0, 120)})`);
        }, {
          message: `${id}: spotlight on «${name}»`,
          timeout: 15_000,
        })
        .toBe(want);
      const h = await tab.hooks();
      expect(h.hosts, `${id}: one host element`).toBe(1);
      expect(h.state).toBe('found');
      await tab.snap(entry.step);
      if (entry.type !== undefined && name === entry.target) await tab.typeIntoTarget(entry.type);
      else await tab.clickTarget();
      if (entry.choose) await tab.choose(entry.choose);
    }
  }
  await tab.close();
  await popup.close();
  // Every request of the walk was a replica page's own: the extension sent nothing.
  expect(driver.unexpected, 'requests no replica answers').toEqual([]);
}
