import { computeAccessibleName } from 'dom-accessibility-api';
import { atPattern } from '../catalogue/at';
import type { ElementKind, ElementQuery, Fix, PageSpec } from '../catalogue/types';
import { LABELLED_CONTAINERS, locate, PageScan, SELECTORS } from '../engine/locate';
import { personalValue } from '../ui/presenter/personal';

/**
 * What a person picked on the page, described as they see it (SCENARIOS.md «Field
 * fixes»): what kind of control, its visible or accessible name, the titled block it is in.
 * Never class names, ids, positions, and never a personal value: a pick named by one is
 * refused.
 */
export interface Pick {
  readonly element: Element;
  readonly query: ElementQuery;
  /** «кнопка», «ссылка», «поле», «флажок» */
  readonly what: 'button' | 'link' | 'field' | 'check';
}

export type Refusal = 'personal' | 'unnamed' | 'not-control' | 'ambiguous';
export type PickResult = { readonly ok: true; readonly pick: Pick } | { readonly ok: false; readonly why: Refusal };

const words = (s: string | null | undefined) => (s ?? '').replace(/[\s\u00a0]+/g, ' ').trim();
const MAX_NAME = 80;

/** The control a click on `start` was meant for, and its kind. */
export function controlOf(start: Element): { el: Element; kind: Exclude<ElementKind, 'text' | 'heading'> } | null {
  const label = start.closest('label');
  const labelled = label && 'control' in label ? (label as HTMLLabelElement).control : null;
  for (const kind of ['check', 'field', 'press'] as const) {
    const el = (kind !== 'press' && labelled?.matches(SELECTORS[kind]) ? labelled : null) ?? start.closest(SELECTORS[kind]);
    if (el) return { el, kind };
  }
  // A tile or card with a click handler and no role: the nearest element with a pointer cursor.
  const view = start.ownerDocument.defaultView;
  for (let n: Element | null = start, i = 0; n && i < 6 && n !== start.ownerDocument.body; n = n.parentElement, i++) {
    if (view?.getComputedStyle(n).cursor === 'pointer' && words(n.textContent).length > 0) return { el: n, kind: 'press' };
  }
  return null;
}

function nameOf(el: Element): string {
  return words(computeAccessibleName(el)) || words(el.getAttribute('placeholder')) || words(el.getAttribute('title'));
}

/** The title of the block around `el` (a labelled dialog, section or form, a legend, the heading above it); none when it is personal. */
export function blockTitle(el: Element, scan: PageScan): string | null {
  const usable = (t: string) => (t !== '' && t.length <= MAX_NAME && personalValue(t) === null ? t : null);
  for (let n = el.parentElement; n; n = n.parentElement) {
    if (n.matches(LABELLED_CONTAINERS)) {
      const t = usable(nameOf(n));
      if (t) return t;
    }
    const legend = n.tagName === 'FIELDSET' ? n.querySelector(':scope > legend') : null;
    if (legend) {
      const t = usable(words(legend.textContent));
      if (t) return t;
    }
  }
  const headings = scan.headings();
  for (let i = headings.length - 1; i >= 0; i--) {
    const h = headings[i]!;
    if (h.contains(el) || !(h.compareDocumentPosition(el) & 4 /* FOLLOWING */)) continue;
    return usable(words(h.textContent));
  }
  return null;
}

/**
 * Describes the element a person picked. The description must find that very element
 * again on this page (the same lookup the guide uses): with its block when the block is
 * titled, else by its name alone; two alike that cannot be told apart are refused.
 */
export function describePick(start: Element, host?: Element): PickResult {
  const control = controlOf(start);
  if (!control) return { ok: false, why: 'not-control' };
  const { el, kind } = control;
  const name = nameOf(el);
  if (name === '' || name.length > MAX_NAME) return { ok: false, why: 'unnamed' };
  if (personalValue(name) !== null) return { ok: false, why: 'personal' };
  const doc = el.ownerDocument;
  const block = blockTitle(el, new PageScan(doc, true, host));
  const base: ElementQuery = { kind, name: [name] };
  const tries = block ? [{ ...base, within: [block] }, base] : [base];
  const query = tries.find((q) => {
    const found = locate(new PageScan(doc, true, host), [q]);
    return found.kind === 'found' && found.element === el;
  });
  if (!query) return { ok: false, why: 'ambiguous' };
  const what = kind === 'press' ? (el.matches('a[href]') || el.getAttribute('role') === 'link' ? 'link' : 'button') : kind;
  return { ok: true, pick: { element: el, query, what } };
}

/** The page's own heading, when it is a plain title (a sign for a page fix). */
export function pageHeading(doc: Document, host?: Element): ElementQuery | null {
  const scan = new PageScan(doc, true, host);
  const h = scan.headings().find((x) => /^H1$/.test(x.tagName)) ?? scan.headings()[0];
  const name = h ? words(h.textContent) : '';
  return name && name.length <= MAX_NAME && personalValue(name) === null ? { kind: 'heading', name: [name] } : null;
}

/**
 * The fix a pick (or a marked page) makes for a step: the page, by its address pattern and
 * what it shows, is the step's page; the pick, when there is one, its target first.
 */
export function makeFix(scenario: string, step: string, url: URL, pick: Pick | null, heading: ElementQuery | null): Fix {
  const shows = pick ? [pick.query] : heading ? [heading] : [];
  const page: PageSpec = { url: [], at: [atPattern(url)], ...(shows.length ? { shows } : {}) };
  return { scenario, step, page: [page], ...(pick ? { target: [pick.query] } : {}) };
}
