/**
 * The scale measurement, shared by the bench and by `scripts/bench/profile.ts`: the
 * engine itself (recognise the step, locate its target) bundled and timed inside pages
 * of 1,000 to 50,000 elements, in real Chromium, without the extension.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { build } from 'vite';
import { CHROMIUM, ROOT } from '../../tests/support/browser';
import { scalePage } from './page';

export const median = (xs: number[]) => {
  const s = [...xs].filter(Number.isFinite).sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2) : NaN;
};

const ESIA = 'https://esia.gosuslugi.ru/login/';

/** The engine as the content script runs it, as one script for the page (minified unless profiling). */
export async function engineBundle(minify = true): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify,
      lib: { entry: join(ROOT, 'scripts/bench/engine-entry.ts'), formats: ['iife'], name: 'ProvodnikBench', fileName: () => 'engine.js' },
    },
  });
  const out = (Array.isArray(result) ? result[0] : result) as { output: { code?: string }[] };
  return out.output[0]!.code!;
}

export interface ScaleRow {
  readonly elements: number;
  readonly medianMs: number;
  readonly found: boolean;
}

/**
 * Opens a plain Chromium with the scale pages; `each` runs on every page once the engine
 * is in it (the profile script records a CPU profile there).
 */
export async function scale(
  sizes: readonly number[] = [1000, 10_000, 50_000],
  opts: { runs?: number; minify?: boolean; each?: (page: Page, n: number) => Promise<void> } = {},
) {
  const code = await engineBundle(opts.minify ?? true);
  const profile = mkdtempSync(join(tmpdir(), 'provodnik-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  await context.route(/^https?:\/\//, async (route) => {
    const url = new URL(route.request().url());
    if (url.host !== 'esia.gosuslugi.ru') return route.fulfill({ status: 404, body: '' });
    return route.fulfill({ contentType: 'text/html; charset=utf-8', body: scalePage(Number(url.searchParams.get('n'))) });
  });
  const page = await context.newPage();
  const rows: ScaleRow[] = [];
  for (const n of sizes) {
    await page.goto(`${ESIA}?n=${n}`);
    await page.addScriptTag({ content: code });
    const times = await page.evaluate((runs) => {
      const b = (window as unknown as { ProvodnikBench: { run(): { ms: number; found: boolean } } }).ProvodnikBench;
      const out: number[] = [];
      let found = true;
      for (let i = 0; i < runs; i++) {
        const r = b.run();
        out.push(r.ms);
        found &&= r.found;
      }
      return { out, found, elements: document.getElementsByTagName('*').length };
    }, opts.runs ?? 21);
    // The first run warms the engine up (compilation, style resolution): left out.
    rows.push({ elements: times.elements, medianMs: median(times.out.slice(1)), found: times.found });
    await opts.each?.(page, n);
  }
  await context.close();
  rmSync(profile, { recursive: true, force: true });
  const per = rows.map((r) => r.medianMs / r.elements);
  return { rows, growth: per[per.length - 1]! / per[0]!, budgetMsAt10k: 5 };
}
