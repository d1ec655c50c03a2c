import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { SCENARIOS } from '../../src/catalogue';
import { loadBases, type Base } from '../corpus/bases';
import { variantsOf, type Variant } from '../corpus/variants';
import { launch, type Session } from '../support/browser';
import { loadWalks, SCREENSHOTS } from '../support/walks';

// Page variants of every step screen (tests/corpus): the built extension must spotlight
// the marked element, or honestly find nothing; never another element.

type Outcome = 'right' | 'wrong' | 'not-found';
interface Result {
  readonly variant: Variant;
  readonly outcome: Outcome;
  readonly detail: string;
}

const bases = loadBases();
const only = process.env.CORPUS_ONLY;
const variants = bases.flatMap((b, i) => variantsOf(b, i)).filter((v) => !only || v.id.includes(only));
/** Parallel browsers (each its own profile and stored progress) and tabs per base. */
const BROWSERS = 3;
const SHOTS = join(SCREENSHOTS, 'corpus');

interface Seen {
  settled: boolean;
  wrong: string[];
  hosts: number;
  step: string | null;
  state: string | null;
  targets: number;
  expected: boolean;
  /** the spotlighted element is what a person sees at its centre (not covered, in view) */
  onTop: boolean;
  applied: string[];
  where: string;
}

const look = (page: Page): Promise<Seen> =>
  page.evaluate(() => {
    const c = (window as unknown as { __corpus?: { settled: boolean; wrong: string[]; applied: string[] } }).__corpus;
    const hosts = document.querySelectorAll('[data-step]');
    const targets = document.querySelectorAll('[data-provodnik-target]');
    const t = targets[0];
    let onTop = false;
    if (t) {
      const r = t.getBoundingClientRect();
      const x = Math.min(Math.max(r.left + r.width / 2, 0), innerWidth - 1);
      const y = Math.min(Math.max(r.top + Math.min(r.height / 2, 12), 0), innerHeight - 1);
      const hit = document.elementFromPoint(x, y);
      (window as unknown as { __where: string }).__where = `target ${Math.round(r.left)},${Math.round(r.top)} ${Math.round(r.width)}x${Math.round(r.height)} scrollY ${Math.round(scrollY)} hit <${hit?.tagName.toLowerCase()}>`;
      onTop = r.bottom > 0 && r.top < innerHeight && !!hit && (hit === t || t.contains(hit) || (hit.closest('label') !== null && hit.closest('label')!.contains(t)) || (t.id !== '' && hit.closest(`label[for="${t.id}"]`) !== null));
    }
    return {
      where: (window as unknown as { __where?: string }).__where ?? '',
      settled: c?.settled ?? false,
      wrong: c?.wrong ?? [],
      applied: c?.applied ?? [],
      hosts: hosts.length,
      step: hosts[0]?.getAttribute('data-step') ?? null,
      state: hosts[0]?.getAttribute('data-state') ?? null,
      targets: targets.length,
      expected: t?.hasAttribute('data-corpus-expect') ?? false,
      onTop,
    };
  });

async function runVariant(session: Session, v: Variant): Promise<Result> {
  const page = await session.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  try {
    if (v.viewport) await page.setViewportSize(v.viewport);
    await page.route('**/*', (route) =>
      route.request().isNavigationRequest() && route.request().frame() === page.mainFrame()
        ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: v.html })
        : route.fallback(),
    );
    await page.goto(v.loadUrl);
    await page.waitForFunction(() => (window as unknown as { __corpus?: { settled: boolean } }).__corpus?.settled === true, null, {
      timeout: 10_000,
    });
    const want = `${v.base.scenario}/${v.base.step}`;
    // After the page settles: the spotlight must come within 2.5 s (and scroll into view).
    const deadline = Date.now() + 2500;
    let seen = await look(page);
    for (;;) {
      if (seen.wrong.length > 0) return { variant: v, outcome: 'wrong', detail: `spotlight on ${seen.wrong[0]} (${seen.applied.join(' ')})` };
      if (seen.targets > 0 && !seen.expected) return { variant: v, outcome: 'wrong', detail: 'spotlight on an unmarked element' };
      if (seen.hosts > 1) return { variant: v, outcome: 'wrong', detail: `${seen.hosts} host elements` };
      if (seen.targets > 0 && seen.step !== want) return { variant: v, outcome: 'wrong', detail: `spotlight as step ${seen.step}` };
      if (v.base.state === 'done' && seen.step === want && seen.state === 'done') break;
      if (v.base.state === 'found' && seen.step === want && seen.state === 'found' && seen.targets === 1 && seen.onTop) break;
      if (Date.now() > deadline) {
        const why = seen.targets === 1 && seen.step === want ? `spotlighted but covered or out of view: ${seen.where}` : `${seen.step ?? 'no step'} ${seen.state ?? ''}`;
        await page.screenshot({ path: join(SHOTS, `${v.id.replace(/[^\w-]+/g, '_')}.png`) }).catch(() => undefined);
        return { variant: v, outcome: 'not-found', detail: `${why} (${seen.applied.join(' ')})` };
      }
      await page.waitForTimeout(100);
      seen = await look(page);
    }
    if (errors.length > 0) return { variant: v, outcome: 'not-found', detail: `page error: ${errors[0]}` };
    // Read again as it is now (the spotlight may have scrolled it): still the same step. A
    // page's `change` event makes the guide read the page at the next frame.
    await page.evaluate(
      () =>
        new Promise((done) => {
          document.dispatchEvent(new Event('change'));
          requestAnimationFrame(() => requestAnimationFrame(done));
        }),
    );
    seen = await look(page);
    if (seen.step !== want || seen.state !== v.base.state || seen.wrong.length > 0)
      return { variant: v, outcome: 'wrong', detail: `read again: ${seen.step ?? 'no step'} ${seen.state ?? ''} (${seen.applied.join(' ')})` };
    return { variant: v, outcome: 'right', detail: '' };
  } finally {
    await page.close();
  }
}

async function setProgress(session: Session, storage: Record<string, unknown>): Promise<void> {
  const worker = session.context.serviceWorkers()[0]!;
  const progress = { progress: storage.progress, 'progress$': storage['progress$'] ?? { v: 1 } };
  await worker.evaluate(
    (p) => (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome.storage.local.set(p),
    progress,
  );
}

function table(results: readonly Result[]): string {
  const rows = new Map<string, Record<Outcome, number>>();
  for (const r of results) {
    const key = `${r.variant.base.scenario}/${r.variant.base.step}`;
    const row = rows.get(key) ?? { right: 0, wrong: 0, 'not-found': 0 };
    row[r.outcome]++;
    rows.set(key, row);
  }
  const total = { right: 0, wrong: 0, 'not-found': 0 };
  const width = Math.max(...[...rows.keys()].map((k) => k.length), 5);
  const line = (k: string, r: Record<Outcome, number>) =>
    `${k.padEnd(width)}  ${String(r.right).padStart(5)}  ${String(r.wrong).padStart(5)}  ${String(r['not-found']).padStart(9)}`;
  const out = [`${'step'.padEnd(width)}  right  wrong  not found`];
  for (const [k, r] of rows) {
    out.push(line(k, r));
    for (const o of ['right', 'wrong', 'not-found'] as const) total[o] += r[o];
  }
  out.push('-'.repeat(width + 26), line(`total (${results.length} pages)`, total));
  out.push(`right: ${((100 * total.right) / results.length).toFixed(1)}%`);
  const misses = results.filter((r) => r.outcome !== 'right');
  if (misses.length > 0) {
    out.push('', 'not right:');
    for (const m of misses) out.push(`  ${m.outcome.padEnd(9)} ${m.variant.id} [${m.variant.transforms.join(',')}]: ${m.detail}`);
  }
  return out.join('\n');
}

describe('page corpus', () => {
  test('two or more variants of every step screen, 100+ in all', () => {
    expect(variants.length).toBeGreaterThanOrEqual(100);
    const perStep = new Map<string, number>();
    for (const v of variants) perStep.set(`${v.base.scenario}/${v.base.step}`, (perStep.get(`${v.base.scenario}/${v.base.step}`) ?? 0) + 1);
    for (const [step, n] of perStep) expect(n, step).toBeGreaterThanOrEqual(2);
    // Every step a walk reaches on a page has corpus pages.
    // (A walk may follow a branch into another scenario; a step left without spotlight on purpose has no page.)
    const walked = new Set(
      loadWalks().flatMap((w) => {
        let scenario = w.scenario;
        return w.steps.flatMap((s) => {
          scenario = s.branch ?? s.scenario ?? scenario;
          return s.target || s.state === 'done' ? [`${scenario}/${s.step}`] : [];
        });
      }),
    );
    for (const step of walked) expect(perStep.has(step), step).toBe(true);
    expect(SCENARIOS.every((s) => bases.some((b) => b.scenario === s.id))).toBe(true);
  });

  test('the built extension: 0 wrong spotlights, at least 95% right', { timeout: 15 * 60_000 }, async () => {
    rmSync(SHOTS, { recursive: true, force: true });
    mkdirSync(SHOTS, { recursive: true });
    const granted = [...new Set(loadWalks().flatMap((w) => w.granted ?? []))];
    const queues: Base[][] = Array.from({ length: BROWSERS }, () => []);
    bases.filter((b) => variants.some((v) => v.base === b)).forEach((b, i) => queues[i % BROWSERS]!.push(b));
    const results: Result[] = [];
    await Promise.all(
      queues.map(async (queue) => {
        const session = await launch({ granted });
        try {
          for (const base of queue) {
            await setProgress(session, base.storage);
            const mine = variants.filter((v) => v.base === base);
            results.push(...(await Promise.all(mine.map((v) => runVariant(session, v)))));
          }
        } finally {
          await session.close();
        }
      }),
    );
    const report = table(results);
    console.log(`\nPage corpus: where the spotlight went\n${report}\n`);
    const wrong = results.filter((r) => r.outcome === 'wrong');
    const right = results.filter((r) => r.outcome === 'right');
    expect(wrong.map((r) => `${r.variant.id}: ${r.detail}`)).toEqual([]);
    expect(right.length / results.length).toBeGreaterThanOrEqual(0.95);
  });
});
