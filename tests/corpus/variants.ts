import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findScenario } from '../../src/catalogue';
import type { ElementQuery, PageSpec } from '../../src/catalogue/types';
import { baseHtml, type Base } from './bases';

const RUNTIME = readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'runtime.js'), 'utf8');

/** Transformations, applied in this order by runtime.js (timing ones last). */
export const TRANSFORMS = [
  'retag', // the control as <button>, <a> or <div role=button>
  'split', // words in nested spans, an icon, a counter
  'mangle', // ё/е both ways, case, non-breaking and extra spaces
  'hidden', // hidden copies of the target (display:none, aria-hidden, off-screen, zero-size, clipped, mobile…)
  'footer', // the same words visible in a footer
  'screens', // other steps' texts on hidden screens
  'modal', // the screen inside a modal <dialog>
  'scroller', // the target scrolled out of view inside a scrolling box
  'sticky', // a fixed header covering the target where the page is scrolled to
  'zoom', // 200% page zoom (half the CSS viewport)
  'late', // the content rendered 1–3 s after load
  'rerender', // the target node replaced after it was found
  'pushstate', // the screen reached by history.pushState
  'hash', // the screen reached by a hash change
] as const;
export type Transform = (typeof TRANSFORMS)[number];

export interface Variant {
  readonly id: string;
  readonly base: Base;
  readonly transforms: readonly Transform[];
  /** where the tab goes first (pushState and hash variants start elsewhere) */
  readonly loadUrl: string;
  readonly html: string;
  readonly viewport?: { width: number; height: number };
}

const LAYOUT: readonly Transform[] = ['modal', 'scroller', 'sticky', 'zoom'];
const TIMING: readonly Transform[] = ['late', 'rerender', 'pushstate', 'hash'];

/** Every text the scenario's other steps look for: shown on hidden screens as decoys. */
function otherTexts(base: Base): string[] {
  const scenario = findScenario(base.scenario);
  if (!scenario) return [];
  const out = new Set<string>();
  const add = (q: ElementQuery | undefined) => {
    const name = q?.name;
    for (const n of name === undefined ? [] : typeof name === 'string' ? [name] : name) out.add(n);
  };
  for (const step of scenario.steps) {
    if (step.id === base.step) continue;
    const pages = (Array.isArray(step.page) ? step.page : [step.page]) as readonly PageSpec[];
    for (const p of pages) for (const q of [...(p.shows ?? []), ...(p.hides ?? [])]) add(q);
    for (const q of step.done ?? []) add(q);
    const targets = step.target === undefined ? [] : Array.isArray(step.target) ? step.target : [step.target];
    for (const q of targets as readonly ElementQuery[]) add(q);
  }
  // The base's own target's name stays out: a hidden copy of it is the `hidden` transform's job.
  out.delete(base.name);
  return [...out];
}

function recipes(base: Base, i: number): Transform[][] {
  const layout = LAYOUT[i % LAYOUT.length]!;
  let timing = TIMING[(i >> 1) % TIMING.length]!;
  if (timing === 'hash' && !new URL(base.url).hash) timing = 'pushstate';
  if (base.state === 'done') {
    if (timing === 'rerender') timing = 'late';
    return [
      ['mangle', 'screens', layout === 'modal' || layout === 'scroller' ? 'zoom' : layout],
      ['mangle', timing],
    ];
  }
  // Two pages per screen keep the suite short; every transformation still meets every step.
  return [
    ['retag', 'split', 'mangle', 'hidden', 'footer', 'screens', layout],
    ['split', 'mangle', 'hidden', timing],
  ];
}

const ordered = (ts: readonly Transform[]) => TRANSFORMS.filter((t) => ts.includes(t));

function loadUrlOf(base: Base, ts: readonly Transform[]): string {
  const url = new URL(base.url);
  if (ts.includes('hash')) return url.href.replace(/#.*$/, '');
  if (ts.includes('pushstate')) return `${url.origin}/corpus-loading`;
  return url.href;
}

export function variantsOf(base: Base, index: number): Variant[] {
  const html = baseHtml(base);
  return recipes(base, index).map((raw, k) => {
    const transforms = ordered(raw);
    const config = {
      seed: index * 31 + k * 7 + 1,
      transforms,
      url: base.url,
      hash: new URL(base.url).hash,
      others: transforms.includes('screens') ? otherTexts(base) : [],
    };
    const script = `<script>window.__corpusConfig=${JSON.stringify(config).replace(/</g, '\\u003c')};\n${RUNTIME}</script>`;
    const body = html.includes('</body>') ? html.replace(/<\/body>(?![\s\S]*<\/body>)/, `${script}</body>`) : html + script;
    return {
      id: `${base.id}#${k}`,
      base,
      transforms,
      loadUrl: loadUrlOf(base, transforms),
      html: body,
      ...(transforms.includes('zoom') ? { viewport: { width: 640, height: 400 } } : {}),
    };
  });
}
