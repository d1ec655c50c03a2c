import type { CDPSession, Page } from 'playwright-core';
import { afterEach, describe, expect, test } from 'vitest';
import { launch, type Session } from '../support/browser';
import { GuidePage } from '../support/guide-page';

// 10,000+ random DOM mutations on a replica page with an active step: no uncaught error
// from the extension, the spotlight always on a connected visible element (or none), and
// no work at all once the scenario is closed.

const SCENARIO = 'parent-diary-sferum';
const PAGE = 'https://one.43edu.ru/?replica-state=signed-in';
const BATCHES = 220;
const PER_BATCH = 50;

/** Page script: random mutations from a seed, and a check of the hooks after each batch. */
function installFuzzer(seed: number) {
  let s = seed >>> 0;
  const rnd = () => ((s = (s * 1664525 + 1013904223) >>> 0) / 4294967296);
  const pick = <T,>(a: readonly T[]): T => a[Math.floor(rnd() * a.length)]!;
  const WORDS = ['Чаты', 'чаты 3', 'Привязать учебный профиль VK ID', 'Вход через портал госуслуг', 'Дневник', 'Новости', 'Продолжить', ''];
  const TAGS = ['div', 'span', 'button', 'a', 'section', 'h2', 'dialog', 'p'];
  const ATTRS: [string, () => string | null][] = [
    ['style', () => pick(['display:none', 'visibility:hidden', 'opacity:0', 'position:absolute;left:-9999px', 'width:0;height:0;overflow:hidden', 'position:fixed;top:0;left:0;right:0;height:120px;background:#fff;z-index:99', ''])],
    ['hidden', () => (rnd() < 0.5 ? '' : null)],
    ['aria-hidden', () => pick(['true', 'false', null])],
    ['role', () => pick(['button', 'dialog', 'heading', 'link', null])],
    ['aria-label', () => pick(WORDS)],
    ['class', () => pick(['x-btn', 'x-hidden', 'ng-star-inserted', ''])],
    ['href', () => pick(['#chat', '/x', null])],
    ['inert', () => (rnd() < 0.3 ? '' : null)],
    ['open', () => (rnd() < 0.5 ? '' : null)],
  ];
  const original = document.body.innerHTML;
  const all = () => Array.from(document.body.querySelectorAll('*')).filter((e) => e.tagName !== 'PROVODNIK-GUIDE' && !e.closest('provodnik-guide'));
  const mutateOnce = (i: number) => {
    // Now and then the app renders its screen again.
    if (i % 2000 === 1999) {
      document.body.innerHTML = original;
      return;
    }
    const els = all();
    const el = els.length > 0 ? pick(els) : document.body;
    const op = rnd();
    if (op < 0.25) {
      const n = document.createElement(pick(TAGS));
      n.textContent = pick(WORDS);
      if (n.tagName === 'A') n.setAttribute('href', '#chat');
      (rnd() < 0.5 ? el : document.body).append(n);
    } else if (op < 0.4) {
      if (el !== document.body) el.remove();
    } else if (op < 0.7) {
      const [name, value] = pick(ATTRS);
      const v = value();
      if (v === null) el.removeAttribute(name);
      else el.setAttribute(name, v);
    } else if (op < 0.85) {
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      const t = walker.nextNode();
      if (t) t.textContent = pick(WORDS);
      else el.append(pick(WORDS));
    } else {
      // Move the target (or what is spotlighted) somewhere else.
      const target = document.querySelector('[data-provodnik-target]') ?? document.querySelector('.x-dataview-item');
      const to = pick(els);
      if (target && to && !target.contains(to)) to.append(target);
    }
  };
  const visible = (el: Element) => {
    if (el.closest('[aria-hidden="true"],[inert]')) return false;
    if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return false;
    const r = el.getBoundingClientRect();
    return r.width >= 1 && r.height >= 1;
  };
  const frame = () => new Promise((r) => requestAnimationFrame(r));
  (window as unknown as { __fuzz: (batches: number, per: number) => Promise<unknown> }).__fuzz = async (batches, per) => {
    const problems: string[] = [];
    const states: Record<string, number> = {};
    let mutations = 0;
    for (let b = 0; b < batches; b++) {
      for (let k = 0; k < per; k++) mutateOnce(mutations++);
      // Let the extension see the changes (its observer, then its animation frame).
      await new Promise((r) => setTimeout(r, 0));
      await frame();
      await frame();
      const hosts = document.querySelectorAll('[data-step]');
      const state = hosts[0]?.getAttribute('data-state') ?? 'none';
      states[state] = (states[state] ?? 0) + 1;
      const targets = document.querySelectorAll('[data-provodnik-target]');
      if (hosts.length > 1) problems.push(`batch ${b}: ${hosts.length} hosts`);
      if (targets.length > 1) problems.push(`batch ${b}: ${targets.length} targets`);
      const t = targets[0];
      if (t && !visible(t)) problems.push(`batch ${b}: spotlight on a hidden <${t.tagName.toLowerCase()}>`);
      if (t && state !== 'found') problems.push(`batch ${b}: a target while ${state}`);
      if (!t && state === 'found') problems.push(`batch ${b}: found without a target`);
    }
    return { problems, states, mutations };
  };
}

interface Watch {
  cdp: CDPSession;
  errors: string[];
  /** the content script's own world */
  contextId: number;
}

/** Errors from every world of the page, and the extension's content-script world. */
async function watch(page: Page, extensionId: string): Promise<Watch> {
  const cdp = await page.context().newCDPSession(page);
  const errors: string[] = [];
  const contexts: { id: number; origin: string; type?: string }[] = [];
  cdp.on('Runtime.executionContextCreated', (e) =>
    contexts.push({ id: e.context.id, origin: e.context.origin, type: (e.context.auxData as { type?: string } | undefined)?.type }),
  );
  // Only the extension's own world: the replica page's script may well fail under fuzzing.
  const extensions = (id: number | undefined) => contexts.some((c) => c.id === id && c.origin.includes(extensionId));
  cdp.on('Runtime.exceptionThrown', (e) => {
    if (extensions(e.exceptionDetails.executionContextId)) errors.push(e.exceptionDetails.exception?.description ?? e.exceptionDetails.text);
  });
  cdp.on('Runtime.consoleAPICalled', (e) => {
    if (e.type === 'error' && extensions(e.executionContextId)) errors.push(e.args.map((a) => a.value ?? a.description).join(' '));
  });
  await cdp.send('Runtime.enable');
  const ours = contexts.find((c) => c.type === 'isolated' && c.origin.includes(extensionId));
  if (!ours) throw new Error(`no content-script world among ${JSON.stringify(contexts)}`);
  return { cdp, errors, contextId: ours.id };
}

/** Counts, inside the content script's world only, how often it reads the page. */
const COUNTERS = `(() => {
  const c = (globalThis.__reads = { n: 0 });
  for (const [proto, name] of [[Document.prototype, 'querySelectorAll'], [Element.prototype, 'querySelectorAll'], [Element.prototype, 'getBoundingClientRect']]) {
    const orig = proto[name];
    proto[name] = function (...args) { c.n++; return orig.apply(this, args); };
  }
  return true;
})()`;

const inExtension = async (w: Watch, expression: string): Promise<unknown> =>
  (await w.cdp.send('Runtime.evaluate', { expression, contextId: w.contextId, returnByValue: true, awaitPromise: true })).result.value;

describe('fuzz: random DOM mutations under an active step', () => {
  let session: Session | undefined;
  afterEach(async () => {
    await session?.close();
    session = undefined;
  });

  test(`${BATCHES * PER_BATCH} mutations: no errors, the spotlight always sound, nothing left running`, { timeout: 180_000 }, async () => {
    session = await launch();
    const popup = await session.popup();
    await popup.locator(`[data-scenario="${SCENARIO}"]`).click();
    await popup.locator(`[data-scenario="${SCENARIO}"][aria-pressed="true"]`).waitFor();
    const page = await session.context.newPage();
    const guide = new GuidePage(page);
    await page.goto(PAGE);
    await guide.waitFor(`${SCENARIO}/open-chats`, 'found');
    const w = await watch(page, session.extensionId);
    // The error capture works: an error thrown in the content script's world is seen.
    await inExtension(w, `setTimeout(() => { throw new Error('probe from the test'); }); true`);
    await expect.poll(() => w.errors.some((e) => e.includes('probe from the test'))).toBe(true);
    w.errors.length = 0;

    await page.evaluate(installFuzzer, 20261117);
    const result = (await page.evaluate(([b, p]) => (window as unknown as { __fuzz: (b: number, p: number) => Promise<unknown> }).__fuzz(b, p), [BATCHES, PER_BATCH] as const)) as {
      problems: string[];
      states: Record<string, number>;
      mutations: number;
    };
    console.log(`fuzz: ${result.mutations} mutations; states after each batch: ${JSON.stringify(result.states)}`);
    expect(result.mutations).toBeGreaterThanOrEqual(10_000);
    expect(result.problems).toEqual([]);
    expect(w.errors).toEqual([]);
    // It did follow the page: more than one state was seen.
    expect(Object.keys(result.states).length).toBeGreaterThan(1);

    // While the scenario is active, page changes that carry the scenario's words make the
    // extension read the page (unrelated churn is skipped by design: see relevance.ts)…
    expect(await inExtension(w, COUNTERS)).toBe(true);
    await page.evaluate(async () => {
      for (let i = 0; i < 20; i++) {
        const d = document.createElement('button');
        d.textContent = 'Чаты';
        document.body.append(d);
        await new Promise((r) => requestAnimationFrame(r));
      }
    });
    expect(await inExtension(w, 'globalThis.__reads.n')).toBeGreaterThan(0);

    // …and once it is closed, not at all: no observer, no frame, no timer left.
    await popup.locator('[data-action="close"]').click();
    await expect.poll(() => guide.host.getAttribute('data-step').catch(() => null), { timeout: 5000 }).toBeNull();
    await expect.poll(() => guide.target.count()).toBe(0);
    await inExtension(w, 'globalThis.__reads.n = 0');
    await page.evaluate(async () => {
      for (let i = 0; i < 40; i++) {
        const d = document.createElement('button');
        d.textContent = 'Чаты';
        document.body.append(d);
        d.setAttribute('aria-label', 'Чаты');
        location.hash = `#x${i}`;
        await new Promise((r) => requestAnimationFrame(r));
      }
      await new Promise((r) => setTimeout(r, 300));
    });
    expect(await inExtension(w, 'globalThis.__reads.n')).toBe(0);
    expect(w.errors).toEqual([]);

    // Leaving the page ends the content script's world with it.
    const destroyed = new Promise<number>((resolve) => w.cdp.on('Runtime.executionContextDestroyed', (e) => resolve(e.executionContextId)));
    const cleared = new Promise<void>((resolve) => w.cdp.on('Runtime.executionContextsCleared', () => resolve()));
    await page.goto('https://esia.gosuslugi.ru/login/');
    await Promise.race([destroyed.then((id) => expect(id).toBeTypeOf('number')), cleared]);
    await expect(inExtension(w, '1')).rejects.toThrow();
  });
});
