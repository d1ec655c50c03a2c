// Captures the corpus's base pages: walks every walk file over the replicas with the
// built extension, and at each step freezes the page as static HTML (scripts removed),
// the element the extension rightly spotlights marked `data-corpus-expect` (the walk
// checks it by its accessible name first), together with the URL and stored progress.
// Variants are generated from these at test time (tests/corpus/variants.ts).
//
//   npm run build && npx tsx tests/corpus/capture.ts
//   CAPTURE_ONLY=<scenario id>,… npx tsx tests/corpus/capture.ts   (those scenarios' pages only; the others kept)
//
// Re-run when a replica page or a walk changes.
import { createHash } from 'node:crypto';
import { mkdirSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { findScenario } from '../../src/catalogue';
import { launch, type Session } from '../support/browser';
import { GuidePage } from '../support/guide-page';
import { loadWalks, normalizeName, type Walk } from '../support/walks';
import { BASES_DIR, loadBases, type Base } from './bases';

async function freeze(page: Page): Promise<string> {
  return page.evaluate(() => {
    // Which dialogs are modal, which boxes ticked: live state the markup does not carry.
    for (const d of document.querySelectorAll('dialog')) if (d.matches(':modal')) d.setAttribute('data-corpus-modal', '');
    const clone = document.documentElement.cloneNode(true) as HTMLElement;
    for (const d of document.querySelectorAll('[data-corpus-modal]')) d.removeAttribute('data-corpus-modal');
    const live = Array.from(document.querySelectorAll('input'));
    Array.from(clone.querySelectorAll('input')).forEach((input, i) => {
      if (live[i]?.checked) input.setAttribute('checked', '');
      else input.removeAttribute('checked');
    });
    for (const el of clone.querySelectorAll('script, [data-step], provodnik-guide')) el.remove();
    for (const el of clone.querySelectorAll('[data-provodnik-target]')) {
      el.removeAttribute('data-provodnik-target');
      el.setAttribute('data-corpus-expect', '');
    }
    return `<!DOCTYPE html>\n${clone.outerHTML}`;
  });
}

async function storageOf(session: Session): Promise<Record<string, unknown>> {
  const worker = session.context.serviceWorkers()[0]!;
  return worker.evaluate(() =>
    (globalThis as unknown as { chrome: { storage: { local: { get(k: null): Promise<Record<string, unknown>> } } } }).chrome.storage.local.get(null),
  );
}

async function captureWalk(session: Session, walk: Walk, out: Base[]): Promise<void> {
  const popup = await session.popup();
  await popup.locator(`[data-scenario="${walk.scenario}"]`).click();
  await popup.locator(`[data-scenario="${walk.scenario}"][aria-pressed="true"]`).waitFor();
  const page = await session.context.newPage();
  const guide = new GuidePage(page);
  await page.goto(walk.start);
  const save = async (scenario: string, step: string, state: 'found' | 'done', name: string) => {
    // Let the page's own transitions and animations end before freezing it.
    await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const html = await freeze(page);
    const hash = createHash('sha1').update(`${scenario}/${step}/${html}`).digest('hex').slice(0, 10);
    if (out.some((b) => b.hash === hash)) return;
    const id = `${scenario}--${step}--${hash}`;
    writeFileSync(join(BASES_DIR, `${id}.html`), html);
    out.push({ id, hash, scenario, step, state, name, url: page.url(), storage: await storageOf(session) });
  };
  let scenario = walk.scenario;
  for (const entry of walk.steps) {
    if (entry.branch || entry.scenario) {
      // The walk follows the popup's link into another scenario (or back): its pages are that scenario's.
      scenario = (entry.branch ?? entry.scenario)!;
      await popup.locator(entry.branch ? `[data-branch="${scenario}"]` : `[data-scenario="${scenario}"]`).first().click();
      await popup.locator(`[data-scenario="${scenario}"][aria-pressed="true"]`).waitFor();
    }
    if (entry.open) await page.goto(entry.open);
    const id = `${scenario}/${entry.step}`;
    if (entry.state === 'not-found') {
      // Nothing to spotlight on purpose (two equal choices): no corpus page.
      await guide.waitFor(id, 'not-found');
      continue;
    }
    if (entry.state === 'done') {
      await guide.waitFor(id, 'done');
      await save(scenario, entry.step, 'done', '');
      continue;
    }
    for (const name of [...(entry.via ?? []), entry.target ?? '']) {
      const want = normalizeName(name);
      for (let i = 0; ; i++) {
        const h = await guide.hooks().catch(() => null);
        if (h?.step === id && h.targets === 1 && (await guide.targetName().catch(() => '')) === want) break;
        if (i > 900) throw new Error(`${walk.file}: ${id} «${name}» not spotlighted (${h?.step} ${h?.state})`);
        // Look again at the next animation frame (the extension answers page changes per frame).
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(r))).catch(() => undefined);
      }
      await save(scenario, entry.step, 'found', name);
      if (entry.type !== undefined && name === entry.target) {
        await guide.target.fill(entry.type);
        await guide.target.press('Enter');
      } else await guide.target.click();
      if (entry.choose) await page.getByRole('option', { name: entry.choose }).click();
    }
  }
  await page.close();
  await popup.close();
}

async function main() {
  const only = process.env.CAPTURE_ONLY?.split(',');
  const bases: Base[] = [];
  if (only) {
    // Those scenarios' pages anew, every other page as it was.
    for (const b of loadBases()) {
      if (only.includes(b.scenario)) unlinkSync(join(BASES_DIR, `${b.id}.html`));
      else bases.push(b);
    }
  } else {
    rmSync(BASES_DIR, { recursive: true, force: true });
    mkdirSync(BASES_DIR, { recursive: true });
  }
  for (const walk of loadWalks().filter((w) => findScenario(w.scenario) && (!only || only.includes(w.scenario)))) {
    const session = await launch({ granted: walk.granted });
    try {
      await captureWalk(session, walk, bases);
      console.log(`${walk.file}: ${bases.length} pages so far`);
    } finally {
      await session.close();
    }
  }
  writeFileSync(join(BASES_DIR, 'index.json'), `${JSON.stringify(bases, null, 1)}\n`);
}

await main();
