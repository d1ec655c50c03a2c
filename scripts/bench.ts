/**
 * `npm run bench`: size, time to spotlight (beside driver.js and Shepherd, trial by trial),
 * two busy pages (against an empty observer and no extension), content-script start-up, an
 * idle page, scale and memory — in real Chromium, on replica-style pages. Prints a table
 * and writes bench/results.json. Medians; times that a loaded machine stretches at random
 * (busy pages, start-up) are CPU time from traces. `--size`: the size rows only, from the
 * last build; `--only=spotlight,busy,startup,idle,scale,memory`: some of them (writes nothing).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROME_BUILD, CHROMIUM, ROOT } from '../tests/support/browser';
import { parentDiarySferum } from '../src/catalogue/scenarios/parent-diary-sferum';
import { observedFor } from '../src/engine/relevance';
import { busyPage, listPage, spotlightPage, type Mode } from './bench/page';
import { scale } from './bench/scale';

const arg = (name: string, fallback: number) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const TRIALS = arg('trials', 50);
const PAIRS = arg('pairs', 5);
const BUSY_ROUNDS = arg('rounds', 6);
const STARTUP_LOADS = arg('loads', 15);
const ESIA = 'https://esia.gosuslugi.ru/login/';

const median = (xs: number[]) => {
  const s = [...xs].filter(Number.isFinite).sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2) : NaN;
};
const p95 = (xs: number[]) => {
  const s = [...xs].filter(Number.isFinite).sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.ceil(s.length * 0.95) - 1)]! : NaN;
};
const gz = (file: string) => gzipSync(readFileSync(file)).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (x: number) => `${x.toFixed(2)} ms`;
const us = (msPer: number) => `${(msPer * 1000).toFixed(1)} µs`;
const pct = (x: number) => `${x >= 0 ? '+' : ''}${x.toFixed(2)}%`;

// ---------------------------------------------------------------------------------------
// 1. Size: each content script as it ships (one per site, its own steps in full), the
// popup, the background, and the peers' libraries (js + css). The scripts load from disk,
// never the network: what a person feels is their start-up (3b); the budget keeps them
// from growing past today's largest.
const SIZE_BUDGET = 35 * 1024;

function sizes() {
  const out = join(CHROME_BUILD);
  const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as { content_scripts?: { matches: string[]; js: string[] }[] };
  const hostsOf = (file: string) => {
    const entry = manifest.content_scripts?.find((c) => c.js.includes(`content-scripts/${file}`));
    return entry ? entry.matches.map((m) => new URL(m.replace('*', 'x')).host).join(', ') : 'granted regional diaries (registered at run time)';
  };
  const contentScripts = readdirSync(join(out, 'content-scripts'))
    .filter((f) => f.endsWith('.js'))
    .sort()
    .map((f) => ({ name: `content script ${f}`, hosts: hostsOf(f), gzip: gz(join(out, 'content-scripts', f)) }));
  const popupJs = readdirSync(join(out, 'chunks')).filter((f) => f.startsWith('popup'));
  const popup = popupJs.reduce((n, f) => n + gz(join(out, 'chunks', f)), 0);
  const background = gz(join(out, 'background.js'));
  const nm = (p: string) => join(ROOT, 'node_modules', p);
  const peers = [
    { name: 'driver.js (js + css)', gzip: gz(nm('driver.js/dist/driver.js.iife.js')) + gz(nm('driver.js/dist/driver.css')) },
    { name: 'shepherd.js (js + css)', gzip: gz(nm('shepherd.js/dist/js/shepherd.mjs')) + gz(nm('shepherd.js/dist/css/shepherd.css')) },
  ];
  return { contentScripts, popup, background, peers, budget: SIZE_BUDGET };
}

const ok = (b: boolean) => (b ? 'ok' : 'MISSED');

function sizeRows(size: ReturnType<typeof sizes>): string[] {
  return [
    ...size.contentScripts.map((c) => `| size: ${c.name} (gzip; ${c.hosts}) | ${kb(c.gzip)} | ≤ ${kb(size.budget)} | ${ok(c.gzip <= size.budget)} |`),
    `| size: popup (gzip) | ${kb(size.popup)} | | |`,
    `| size: background (gzip) | ${kb(size.background)} | | |`,
    ...size.peers.map((p) => `| size: ${p.name} (gzip) | ${kb(p.gzip)} | (peer) | |`),
  ];
}

// ---------------------------------------------------------------------------------------
/** A Chromium trace event, as far as the bench reads it. */
interface TraceEvent {
  name: string;
  ph?: string;
  dur?: number;
  /** the thread's CPU time in it (µs) */
  tdur?: number;
  args?: { data?: { url?: string; functionName?: string; lineNumber?: number; columnNumber?: number; stackTrace?: { url?: string }[] } };
}
/** CPU time of a trace event, ms (its wall time where the trace has no CPU time). */
const cpu = (e: TraceEvent) => (e.tdur ?? e.dur ?? 0) / 1000;
/** An event of the extension's own scripts (or called from them). */
const ours = (e: TraceEvent) =>
  (e.args?.data?.url ?? '').startsWith('chrome-extension://') || (e.args?.data?.stackTrace ?? []).some((f) => (f.url ?? '').startsWith('chrome-extension://'));

// ---------------------------------------------------------------------------------------
// Browsers: with the built extension (a scenario active), or plain for the peers.
interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

async function open(withExtension: boolean, pages: (url: URL) => string | undefined): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'provodnik-bench-'));
  const ext = withExtension ? [`--disable-extensions-except=${CHROME_BUILD}`, `--load-extension=${CHROME_BUILD}`] : [];
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: [...ext, '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const nm = (p: string) => readFileSync(join(ROOT, 'node_modules', p));
  const assets: Record<string, [string, Buffer]> = {
    '/__bench/driver.js': ['text/javascript', nm('driver.js/dist/driver.js.iife.js')],
    '/__bench/driver.css': ['text/css', nm('driver.js/dist/driver.css')],
    '/__bench/shepherd.mjs': ['text/javascript', nm('shepherd.js/dist/js/shepherd.mjs')],
    '/__bench/shepherd.css': ['text/css', nm('shepherd.js/dist/css/shepherd.css')],
  };
  await context.route(/^https?:\/\//, async (route) => {
    const url = new URL(route.request().url());
    const asset = assets[url.pathname];
    if (asset) return route.fulfill({ contentType: asset[0], body: asset[1] });
    const body = pages(url);
    if (body === undefined) return route.fulfill({ status: 404, body: '' });
    return route.fulfill({ contentType: 'text/html; charset=utf-8', body });
  });
  if (withExtension) {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const id = new URL(worker.url()).host;
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${id}/popup.html`);
    await popup.locator('[data-scenario="parent-diary-sferum"]').click();
    await popup.locator('[data-scenario="parent-diary-sferum"][aria-pressed="true"]').waitFor();
    await popup.close();
  }
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

// ---------------------------------------------------------------------------------------
// 2. Time to spotlight: the three libraries' browsers open side by side, taking turns
// trial by trial (the machine's load drifts; all three meet the same moments).
type Spot = { mode: Mode; trials: number; medianMs: number; p95Ms: number; medianWriteMs: number; medianFrames: number; p95Frames: number; missed: number };

async function timeToSpotlight(modes: readonly Mode[]): Promise<Spot[]> {
  const browsers = await Promise.all(modes.map((mode) => open(mode === 'provodnik', (url) => (url.host === 'esia.gosuslugi.ru' ? spotlightPage(mode) : undefined))));
  const pages = await Promise.all(browsers.map((b) => b.context.newPage()));
  const got = modes.map(() => ({ times: [] as number[], writes: [] as number[], frames: [] as number[] }));
  for (let i = 0; i < TRIALS; i++) {
    for (let k = 0; k < modes.length; k++) {
      const m = (i + k) % modes.length;
      const page = pages[m]!;
      await page.goto(ESIA);
      await page.waitForFunction(() => (window as unknown as { __bench: { done: boolean } }).__bench?.done, null, { timeout: 20_000 });
      const r = await page.evaluate(() => (window as unknown as { __bench: { ms: number; writeMs: number; frames: number } }).__bench);
      got[m]!.times.push(r.ms);
      got[m]!.writes.push(r.writeMs);
      got[m]!.frames.push(r.frames);
    }
  }
  for (const b of browsers) await b.close();
  return modes.map((mode, m) => {
    const { times, writes, frames } = got[m]!;
    return { mode, trials: TRIALS, medianMs: median(times), p95Ms: p95(times), medianWriteMs: median(writes), medianFrames: median(frames), p95Frames: p95(frames), missed: times.filter((t) => !Number.isFinite(t)).length };
  });
}

// ---------------------------------------------------------------------------------------
// 3. Busy pages: main-thread script time with the extension, with only an empty observer,
// and without either; the three browsers stay open and take turns, round after round (the
// machine's load drifts).
/** Main-thread script time so far (ms), from one CDP session kept per page. */
async function scriptTimer(page: Page): Promise<() => Promise<number>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  return async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return (metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0) * 1000;
  };
}

type BusyMode = 'with' | 'observer' | 'without';
const BUSY_MODES: readonly BusyMode[] = ['with', 'observer', 'without'];

/**
 * The cost of being told of changes at all: no extension, but in an isolated world (as a
 * content script runs) a MutationObserver with the guide's own options for the scenario
 * (parent-diary-sferum) and an empty callback.
 */
const EMPTY_OBSERVER = `(() => {
  const start = () => new MutationObserver(() => {}).observe(document.documentElement, ${JSON.stringify(observedFor(parentDiarySferum))});
  if (document.documentElement) start(); else document.addEventListener('readystatechange', start, { once: true });
})();`;

const BUSY_PAGES = {
  feed: { title: 'feed: 1,000 one-line DOM changes a second', html: () => busyPage(1000) },
  list: { title: 'list: an Angular-like list re-rendered 10 times a second', html: () => listPage() },
} as const;
type BusyKind = keyof typeof BUSY_PAGES;
const BUSY_MS = 2500;

/**
 * Script time on the page's main thread while the page is busy, from a trace: the CPU time
 * (not the wall time, which a loaded machine stretches at random) of every outermost entry
 * into JavaScript — the page's timers, every observer's callbacks, animation frames.
 */
async function busyBrowser(mode: BusyMode, kind: BusyKind) {
  const browser = await open(mode === 'with', (url) => (url.host === 'esia.gosuslugi.ru' ? BUSY_PAGES[kind].html() : undefined));
  const page = await browser.context.newPage();
  const cdp = await browser.context.newCDPSession(page);
  if (mode === 'observer') {
    await cdp.send('Page.enable');
    await cdp.send('Page.addScriptToEvaluateOnNewDocument', { source: EMPTY_OBSERVER, worldName: 'bench-empty-observer' });
  }
  return {
    browser,
    /** a fresh load, then the page busy for BUSY_MS: script time spent (ms of CPU), changes made */
    async run(): Promise<{ spent: number; changes: number }> {
      await page.goto(ESIA);
      if (mode === 'with') await page.locator('[data-step="parent-diary-sferum/esia-login"][data-state="found"]').waitFor({ state: 'attached' });
      const events: (TraceEvent & { ts: number; tdur?: number; pid: number; tid: number })[] = [];
      const collect = (e: { value: object[] }) => events.push(...(e.value as typeof events));
      cdp.on('Tracing.dataCollected', collect);
      const done = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
      await cdp.send('Tracing.start', { categories: 'v8,__metadata', transferMode: 'ReportEvents' });
      const changes = await page.evaluate((ms) => (window as unknown as { startBusy(ms: number): Promise<number> }).startBusy(ms), BUSY_MS);
      await cdp.send('Tracing.end');
      await done;
      cdp.off('Tracing.dataCollected', collect);
      const main = new Set(events.filter((e) => e.name === 'thread_name' && (e.args as { name?: string } | undefined)?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
      const entries = events
        .filter((e) => e.ph === 'X' && (e.name === 'v8.callFunction' || e.name === 'v8.run') && main.has(`${e.pid}:${e.tid}`))
        .sort((x, y) => x.ts - y.ts);
      let spent = 0;
      let until = -Infinity;
      for (const e of entries) {
        if (e.ts < until) continue; // inside an entry already counted
        spent += (e.tdur ?? e.dur ?? 0) / 1000;
        until = e.ts + (e.dur ?? 0);
      }
      return { spent, changes };
    },
  };
}

async function busy(kind: BusyKind) {
  const browsers = {} as Record<BusyMode, Awaited<ReturnType<typeof busyBrowser>>>;
  for (const mode of BUSY_MODES) browsers[mode] = await busyBrowser(mode, kind);
  const spent: Record<BusyMode, number[]> = { with: [], observer: [], without: [] };
  const changes: number[] = [];
  /** µs of script per page change, per round: ours over none, the empty observer over none */
  const ours: number[] = [];
  const floor: number[] = [];
  const overFloor: number[] = [];
  const pageOwn: number[] = [];
  const rounds = BUSY_ROUNDS;
  // One warm-up load each (caches, the extension's first reading), not counted.
  for (const mode of BUSY_MODES) await browsers[mode].run();
  for (let i = 0; i < rounds; i++) {
    const round = {} as Record<BusyMode, { spent: number; changes: number }>;
    for (let k = 0; k < BUSY_MODES.length; k++) {
      const mode = BUSY_MODES[(i + k) % BUSY_MODES.length]!;
      round[mode] = await browsers[mode].run();
      spent[mode].push(round[mode].spent);
      changes.push(round[mode].changes);
    }
    const per = (m: BusyMode) => (round[m].spent * 1000) / round[m].changes;
    ours.push(per('with') - per('without'));
    floor.push(per('observer') - per('without'));
    overFloor.push(per('with') - per('observer'));
    pageOwn.push(per('without'));
  }
  for (const mode of BUSY_MODES) await browsers[mode].browser.close();
  return {
    kind,
    title: BUSY_PAGES[kind].title,
    rounds,
    seconds: BUSY_MS / 1000,
    medianWithMs: median(spent.with),
    medianEmptyObserverMs: median(spent.observer),
    medianWithoutMs: median(spent.without),
    /** page changes in one run */
    changes: median(changes),
    /** the page's own script per change (µs), without any observer */
    pageUsPerChange: median(pageOwn),
    /** added script per page change (µs): ours, an empty observer's (the floor), ours over the floor */
    addedUsPerChange: median(ours),
    floorUsPerChange: median(floor),
    overFloorUsPerChange: median(overFloor),
    /** budget: what we add per change is at most twice what an empty observer adds */
    budgetTimesFloor: 2,
  };
}

// ---------------------------------------------------------------------------------------
// 3b. Start-up: the content script evaluated on a cold page load (compiling and running its
// top level: CPU time from a trace), each load in a new tab of a fresh browser; the calls
// until the step is shown (storage, the first reading, drawing) beside it.
async function startup() {
  const browser = await open(true, (url) => (url.host === 'esia.gosuslugi.ru' ? busyPage(0) : undefined));
  const evals: number[] = [];
  const firstCalls: number[] = [];
  for (let i = 0; i < STARTUP_LOADS; i++) {
    const page = await browser.context.newPage();
    const cdp = await browser.context.newCDPSession(page);
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
    const done = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
    await cdp.send('Tracing.start', { categories: 'devtools.timeline,v8', transferMode: 'ReportEvents' });
    await page.goto(ESIA);
    await page.locator('[data-step="parent-diary-sferum/esia-login"][data-state="found"]').waitFor({ state: 'attached' });
    await cdp.send('Tracing.end');
    await done;
    await page.close();
    const script = (e: TraceEvent) => /^chrome-extension:\/\/[^/]+\/content-scripts\//.test(e.args?.data?.url ?? '');
    // The top level: compiled and evaluated once per page.
    evals.push(events.filter((e) => e.ph === 'X' && e.name === 'EvaluateScript' && script(e)).reduce((n, e) => n + cpu(e), 0));
    // What ran after, until the step was shown (reading storage, the first reading, drawing).
    firstCalls.push(events.filter((e) => e.ph === 'X' && e.name === 'FunctionCall' && ours(e)).reduce((n, e) => n + cpu(e), 0));
  }
  await browser.close();
  return { loads: STARTUP_LOADS, medianEvaluateMs: median(evals), p95EvaluateMs: p95(evals), firstEvaluateMs: evals[0]!, medianUntilShownMs: median(firstCalls), budgetMs: 5 };
}

// ---------------------------------------------------------------------------------------
// 4. Idle page: 10 s, step active, nothing changing. Extension timers and script, from a trace.
async function idle() {
  const browser = await open(true, (url) => (url.host === 'esia.gosuslugi.ru' ? busyPage(0) : undefined));
  const page = await browser.context.newPage();
  await page.goto(ESIA);
  await page.locator('[data-step="parent-diary-sferum/esia-login"][data-state="found"]').waitFor({ state: 'attached' });
  // Showing the step is over once the live region has announced it (a short delay, so a
  // screen reader notices the change), then two animation frames.
  await page.waitForFunction(() => !!document.querySelector('provodnik-guide')?.shadowRoot?.querySelector('[data-live]')?.textContent);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const cdp = await browser.context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  const done = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' });
  const scriptTime = await scriptTimer(page);
  const before = await scriptTime();
  await new Promise((r) => setTimeout(r, 10_000));
  const after = await scriptTime();
  await cdp.send('Tracing.end');
  await done;
  await browser.close();
  const timers = events.filter((e) => (e.name === 'TimerFire' || e.name === 'TimerInstall' || e.name === 'RequestAnimationFrame') && ours(e)).length;
  const calls = events.filter((e) => e.name === 'FunctionCall' && ours(e));
  const extMs = calls.reduce((n, e) => n + (e.dur ?? 0) / 1000, 0);
  // What the extension ran while nothing changed: where each call went in (for the note).
  const callSites = calls.map((e) => `${e.args?.data?.functionName || '(anonymous)'} ${(e.args?.data?.url ?? '').replace(/^chrome-extension:\/\/[^/]+/, '')}:${e.args?.data?.lineNumber ?? "?"}:${e.args?.data?.columnNumber ?? "?"} ${((e.dur ?? 0) / 1000).toFixed(2)} ms`);
  return { seconds: 10, extensionTimers: timers, extensionCalls: calls.length, extensionCallSites: callSites, extensionScriptMs: extMs, pageScriptMs: after - before, budgetMs: 1 };
}

// ---------------------------------------------------------------------------------------
// 5. Scale: recognise the step and locate the target, the engine itself in the page
// (scripts/bench/scale.ts; `scripts/bench/profile.ts` runs it alone).

// ---------------------------------------------------------------------------------------
// 6. Memory: renderer JS heap with the extension active vs without.
async function heap(ext: boolean): Promise<number> {
  const browser = await open(ext, (url) => (url.host === 'esia.gosuslugi.ru' ? busyPage(0) : undefined));
  const page = await browser.context.newPage();
  await page.goto(ESIA);
  if (ext) await page.locator('[data-step="parent-diary-sferum/esia-login"][data-state="found"]').waitFor({ state: 'attached' });
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await browser.close();
  return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN;
}

async function memory() {
  const diffs: number[] = [];
  for (let i = 0; i < PAIRS; i++) diffs.push((await heap(true)) - (await heap(false)));
  return { pairs: PAIRS, medianAddedBytes: median(diffs), budgetBytes: 2 * 1024 * 1024 };
}

// ---------------------------------------------------------------------------------------
const size = sizes();
if (process.argv.includes('--size')) {
  // `npm run bench -- --size`: the size rows only (no browser).
  console.log(['| measure | result | budget | |', '| --- | --- | --- | --- |', ...sizeRows(size)].join('\n'));
  process.exit(0);
}
const chromiumVersion = execFileSync(CHROMIUM, ['--version']).toString().trim();
// `--only=spotlight,busy,startup,idle,scale,memory`: some measurements alone (for iterating).
const only = process.argv.find((a) => a.startsWith('--only='))?.split('=')[1]?.split(',');
const runs = (name: string) => !only || only.includes(name);
console.log('Measuring time to spotlight…');
const spot: Spot[] = runs('spotlight') ? await timeToSpotlight(['provodnik', 'driver', 'shepherd']) : [];
console.log('Measuring busy pages…');
const busyResults: Awaited<ReturnType<typeof busy>>[] = [];
if (runs('busy')) for (const kind of Object.keys(BUSY_PAGES) as BusyKind[]) busyResults.push(await busy(kind));
console.log('Measuring start-up…');
const startupResult = runs('startup') ? await startup() : undefined;
console.log('Measuring an idle page (10 s)…');
const idleResult = runs('idle') ? await idle() : undefined;
console.log('Measuring scale…');
const scaleResult = runs('scale') ? await scale() : undefined;
console.log('Measuring memory…');
const memoryResult = runs('memory') ? await memory() : undefined;

const results = {
  date: new Date().toISOString(),
  machine: { cpu: cpus()[0]?.model, cores: cpus().length, memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version, browser: chromiumVersion },
  size,
  timeToSpotlight: spot,
  busy: busyResults,
  startup: startupResult,
  idle: idleResult,
  scale: scaleResult,
  memory: memoryResult,
};
mkdirSync(join(ROOT, 'bench'), { recursive: true });
if (!only) writeFileSync(join(ROOT, 'bench/results.json'), JSON.stringify(results, null, 2));

// Time to spotlight, to the painted frame, against driver.js in the same run.
const driverRun = spot.find((s) => s.mode === 'driver');
const spotlightOk = (s: (typeof spot)[number]) =>
  !!driverRun && s.missed === 0 && s.medianMs <= driverRun.medianMs && s.p95Ms <= 1.1 * driverRun.p95Ms;
const spotRows = spot.map((s) => {
  const mine = s.mode === 'provodnik';
  const budget = mine && driverRun ? `median ≤ driver.js's (${ms(driverRun.medianMs)}), p95 ≤ 1.1 × driver.js's (${ms(1.1 * driverRun.p95Ms)})` : '(peer)';
  return `| time to spotlight: ${s.mode} (${s.trials} trials) | median ${ms(s.medianMs)}, p95 ${ms(s.p95Ms)} (frames: ${s.medianFrames} / ${s.p95Frames})${s.missed ? `, ${s.missed} never` : ''}; its DOM changed after ${ms(s.medianWriteMs)} (median) | ${budget} | ${mine ? ok(spotlightOk(s)) : ''} |`;
});
const busyRows = busyResults.flatMap((b) => [
  `| busy page, ${b.title}: script time with / empty observer / without (median of ${b.rounds} rounds of ${b.seconds} s, ${b.changes} changes each) | ${ms(b.medianWithMs)} / ${ms(b.medianEmptyObserverMs)} / ${ms(b.medianWithoutMs)}; the page's own ${us(b.pageUsPerChange / 1000)} per change | | |`,
  `| busy page, ${b.kind}: added script per page change, ours / an empty observer's (the floor) / ours over the floor | ${us(b.addedUsPerChange / 1000)} / ${us(b.floorUsPerChange / 1000)} / ${us(b.overFloorUsPerChange / 1000)} | ours ≤ ${b.budgetTimesFloor} × the floor (${us((b.budgetTimesFloor * b.floorUsPerChange) / 1000)}) | ${ok(b.addedUsPerChange <= b.budgetTimesFloor * b.floorUsPerChange)} |`,
]);
const lines = [
  `Проводник bench — ${results.date} — ${results.machine.cpu} ×${results.machine.cores}, ${chromiumVersion}`,
  '',
  '| measure | result | budget | |',
  '| --- | --- | --- | --- |',
  ...sizeRows(size),
  ...spotRows,
  ...busyRows,
  ...(startupResult
    ? [
        `| start-up: content script evaluated on a cold page load (${startupResult.loads} loads) | median ${ms(startupResult.medianEvaluateMs)}, p95 ${ms(startupResult.p95EvaluateMs)}, first load ${ms(startupResult.firstEvaluateMs)}; then ${ms(startupResult.medianUntilShownMs)} of calls until the step is shown (median) | median ≤ ${ms(startupResult.budgetMs)} | ${ok(startupResult.medianEvaluateMs <= startupResult.budgetMs)} |`,
      ]
    : []),
  ...(idleResult
    ? [
        `| idle page, 10 s: extension timers, calls, script | ${idleResult.extensionTimers} timers, ${idleResult.extensionCalls} calls, ${ms(idleResult.extensionScriptMs)} | no timers, ≤ 1 ms | ${ok(idleResult.extensionTimers === 0 && idleResult.extensionScriptMs <= 1)} |`,
      ]
    : []),
  ...(scaleResult
    ? [
        ...scaleResult.rows.map((r) => `| scale: recognise + locate, ${r.elements} elements | ${ms(r.medianMs)}${r.found ? '' : ' (target not found!)'} | ≤ 5 ms at 10,000 | ${r.elements >= 5000 && r.elements < 20000 ? ok(r.medianMs <= 5) : ''} |`),
        `| scale: growth per element, 50k vs 1k | ×${scaleResult.growth.toFixed(2)} | no worse than linear (≈ ×1) | ${ok(scaleResult.growth <= 1.5)} |`,
      ]
    : []),
  ...(memoryResult ? [`| memory: JS heap added (${memoryResult.pairs} pairs) | ${kb(memoryResult.medianAddedBytes)} | ≤ 2 MB | ${ok(memoryResult.medianAddedBytes <= memoryResult.budgetBytes)} |`] : []),
];
console.log(lines.join('\n'));
if (idleResult?.extensionCallSites.length) console.log(`\nIdle page: the extension's calls — ${idleResult.extensionCallSites.join('; ')}`);
if (!only) writeFileSync(join(ROOT, 'bench/results.md'), `${lines.join('\n')}\n`);
