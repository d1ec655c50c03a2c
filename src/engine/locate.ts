import { computeAccessibleName } from 'dom-accessibility-api';
import type { ElementKind, ElementQuery } from '../catalogue/types';
import { lettersOf, mayBeNamed, NAME_SOURCE_ATTRIBUTES, NAME_SOURCE_TAGS, NameLetters, nameSource, nameTexts, type NameSource } from './name-filter';
import { core, nameScore, normalize, normalizedTexts } from './text';
import { titleElements } from './titles';
import { isVisible } from './visibility';

/** The result of looking for the thing to press. "Not found" is a value, not an error. */
export type Located =
  | { readonly kind: 'found'; readonly element: Element }
  | { readonly kind: 'missing' }
  | { readonly kind: 'ambiguous'; readonly count: number };

export const SELECTORS: Record<Exclude<ElementKind, 'text'>, string> = {
  press: [
    'button',
    'a[href]',
    'a[role]',
    'a[tabindex]',
    'a[onclick]',
    'summary',
    'input[type="submit"]',
    'input[type="button"]',
    'input[type="reset"]',
    'input[type="image"]',
    ...['button', 'link', 'menuitem', 'menuitemradio', 'menuitemcheckbox', 'tab', 'option', 'switch'].map(
      (r) => `[role="${r}"]`,
    ),
    '[onclick]',
    '[tabindex]:not([tabindex="-1"])',
  ].join(','),
  field: [
    'input:not([type])',
    ...['text', 'tel', 'email', 'password', 'number', 'search', 'url'].map((t) => `input[type="${t}"]`),
    'textarea',
    'select',
    '[role="textbox"]',
    '[role="combobox"]',
    '[role="spinbutton"]',
    '[contenteditable=""]',
    '[contenteditable="true"]',
  ].join(','),
  check: 'input[type="checkbox"],input[type="radio"],[role="checkbox"],[role="radio"],[role="switch"]',
  heading: 'h1,h2,h3,h4,h5,h6,[role="heading"]',
};

// Supersets of the above made of tag names and bare attributes: the browser answers these
// many times faster than the exact lists (attribute values, `:not()`), which are then
// checked only on the few elements whose name fits.
const BROAD: Record<Exclude<ElementKind, 'text'>, string> = {
  press: 'a,button,summary,input,[role],[onclick],[tabindex]',
  field: 'input,textarea,select,[role],[contenteditable]',
  check: 'input,[role]',
  heading: 'h1,h2,h3,h4,h5,h6,[role]',
};

const HEADINGS = SELECTORS.heading;
export const LABELLED_CONTAINERS =
  'dialog,[role="dialog"],[role="alertdialog"],section,[role="region"],form,fieldset,[role="group"],aside,nav,[role="tabpanel"]';
const FOOTER = 'footer,[role="contentinfo"]';
const DIALOGS = 'dialog,[role="dialog"],[role="alertdialog"]';
const CHROME = 'header,nav,[role="banner"],[role="navigation"],[role="menubar"],[role="menu"]';

/**
 * One look at the page: caches what one evaluation computes (visibility, names,
 * the page text) so that recognising the step and locating its target read each
 * element once. Make a new one whenever the page may have changed.
 */
export class PageScan {
  private readonly visible = new Map<Element, boolean>();
  private readonly names = new Map<Element, string>();
  private readonly nameTextCache = new Map<Element, string[] | null>();
  private readonly ofKind = new Map<Exclude<ElementKind, 'text'>, readonly Element[]>();
  private bodyText: string | undefined;
  private modal: Element | null | undefined;
  private visibleHeadings: readonly Element[] | undefined;
  private textData: { readonly nodes: readonly Text[]; readonly data: readonly string[] } | undefined;
  private sources: readonly NameSource[] | undefined;
  /** what each query found, by its content: a step's sign and its target are often one query */
  readonly found = new Map<string, readonly Candidate[]>();

  constructor(
    readonly doc: Document,
    readonly layout: boolean,
    /** our own host element, never looked into */
    readonly ignore?: Element,
  ) {}

  /**
   * An open modal `<dialog>`, or a visible `aria-modal` dialog (the topmost, last in the
   * page): everything outside it is out of reach for the person, so it does not count —
   * the modal is what is open, whatever the page behind it still shows.
   */
  private openModal(): Element | null {
    if (this.modal === undefined) {
      let modal: Element | null = null;
      try {
        modal = this.doc.querySelector('dialog:modal');
      } catch {
        // (no :modal in this DOM)
      }
      if (!modal) {
        const marked = this.doc.querySelectorAll('[aria-modal="true"]');
        for (let i = marked.length - 1; i >= 0 && !modal; i--) {
          const m = marked[i]!;
          if (m !== this.ignore && !(this.ignore?.contains(m) ?? false) && isVisible(m, { layout: this.layout })) modal = m;
        }
      }
      this.modal = modal;
    }
    return this.modal;
  }

  /** The modal dialog that is open (nothing outside it counts), if any. */
  modalRoot(): Element | null {
    return this.openModal();
  }

  isVisible(el: Element): boolean {
    let v = this.visible.get(el);
    if (v === undefined) {
      const modal = this.openModal();
      v =
        el !== this.ignore &&
        !(this.ignore?.contains(el) ?? false) &&
        (!modal || modal.contains(el)) &&
        isVisible(el, { layout: this.layout });
      this.visible.set(el, v);
    }
    return v;
  }

  /** Normalised accessible name; never the value a person typed. */
  nameOf(el: Element): string {
    let n = this.names.get(el);
    if (n === undefined) {
      n = normalize(computeAccessibleName(el));
      if (n === '') n = normalize(el.getAttribute('placeholder') ?? el.getAttribute('title') ?? '');
      this.names.set(el, n);
    }
    return n;
  }

  /** Where to look: an open modal dialog (the rest of the page is inert then), or everything. */
  root(): Element {
    return this.openModal() ?? this.doc.documentElement;
  }

  /** The text nodes in `root()` and their texts, in document order: one walk per look. */
  texts(): { readonly nodes: readonly Text[]; readonly data: readonly string[] } {
    if (this.textData === undefined) {
      const nodes: Text[] = [];
      const data: string[] = [];
      const walker = this.doc.createTreeWalker(this.root(), 4 /* NodeFilter.SHOW_TEXT */);
      for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
        nodes.push(n);
        data.push(n.data);
      }
      this.textData = { nodes, data };
    }
    return this.textData;
  }

  /** Elements whose name, or a name around them, may come from more than text (name-filter.ts). */
  nameSources(): readonly NameSource[] {
    if (this.sources === undefined) {
      const out: NameSource[] = [];
      const add = (list: NodeListOf<Element> | HTMLCollectionOf<Element>) => {
        for (let i = 0; i < list.length; i++) {
          const s = nameSource(list[i]!);
          if (s) out.push(s);
        }
      };
      const root = this.root();
      add(root.querySelectorAll(NAME_SOURCE_ATTRIBUTES));
      for (const tag of NAME_SOURCE_TAGS) add(root.getElementsByTagName(tag));
      this.sources = out;
    }
    return this.sources;
  }

  /**
   * Every element that may be of a kind (a superset: `isKind` tells), in document order;
   * inside an open modal dialog only (the rest of the page is inert then). One query per
   * kind and look.
   */
  elementsOf(kind: Exclude<ElementKind, 'text'>): readonly Element[] {
    let els = this.ofKind.get(kind);
    if (els === undefined) {
      const list = this.root().querySelectorAll(BROAD[kind]);
      const arr: Element[] = [];
      // (Indexing the list is several times faster than Array.from on it.)
      for (let i = 0; i < list.length; i++) arr.push(list[i]!);
      els = arr;
      this.ofKind.set(kind, els);
    }
    return els;
  }

  /** The visible headings, in document order (the outline `within` reads). */
  headings(): readonly Element[] {
    this.visibleHeadings ??= Array.from(this.doc.querySelectorAll(HEADINGS)).filter((h) => this.isVisible(h));
    return this.visibleHeadings;
  }

  /** The texts an element's name can be made of (name-filter.ts), or null: anything. */
  nameTextsOf(el: Element): readonly string[] | null {
    let t = this.nameTextCache.get(el);
    if (t === undefined) {
      t = nameTexts(el);
      this.nameTextCache.set(el, t);
    }
    return t;
  }

  text(): string {
    this.bodyText ??= normalize(this.doc.body?.textContent ?? '');
    return this.bodyText;
  }
}

interface Candidate {
  readonly element: Element;
  readonly score: number;
}

/** Whether the page visibly shows what the query describes. */
export function isShown(scan: PageScan, query: ElementQuery): boolean {
  if (query.kind === 'text') return visibleTextElement(scan, normalizedTexts(query.name), query.partial ?? false) !== null;
  return candidates(scan, query).length > 0;
}

/**
 * Finds the one element a step asks for. The queries are alternatives in order of
 * preference. When two candidates are equally good, that is `ambiguous`: the caller
 * shows the written instruction rather than risk a wrong spotlight.
 */
export function locate(scan: PageScan, queries: readonly ElementQuery[], not?: readonly ElementQuery[]): Located {
  let ambiguous = 0;
  // A field fix's «это не то»: those elements are never the target.
  const wrong = not?.flatMap((q) => candidates(scan, q).map((c) => c.element));
  for (const query of queries) {
    const found = wrong?.length ? candidates(scan, query).filter((c) => !wrong.includes(c.element)) : candidates(scan, query);
    if (found.length === 0) continue;
    // Every match leads to one place (a header link «Чаты» and the «Чаты 3» tile, both to
    // `#chat`): not a real choice, whatever their names' scores; take the largest.
    const all = innermost(found.map((c) => c.element));
    const one = all.length > 1 ? sameDestination(scan, all) : undefined;
    if (one) return { kind: 'found', element: one };
    const best = found[0]!.score;
    const top = innermost(found.filter((c) => c.score === best).map((c) => c.element));
    if (top.length === 1) return { kind: 'found', element: top[0]! };
    const same = sameDestination(scan, top);
    if (same) return { kind: 'found', element: same };
    ambiguous = Math.max(ambiguous, top.length);
  }
  return ambiguous > 0 ? { kind: 'ambiguous', count: ambiguous } : { kind: 'missing' };
}

/** Visible in-scope candidates, best first (the same query is answered once per look). */
function candidates(scan: PageScan, query: ElementQuery): readonly Candidate[] {
  const key = JSON.stringify([query.kind, query.name, query.selector, query.within, query.checked, query.partial]);
  let found = scan.found.get(key);
  if (found === undefined) {
    found = findCandidates(scan, query);
    scan.found.set(key, found);
  }
  return found;
}

/**
 * The elements of a kind whose name may be one of `names`, in document order — found
 * from the text nodes a name can be made of and from the elements that may name by other
 * means (attributes, labels, controls), climbing to the elements of the kind around them.
 * On a large page that is a few elements instead of every link and button.
 */
function byName(scan: PageScan, kind: Exclude<ElementKind, 'text'>, names: NameLetters): Element[] {
  const selector = SELECTORS[kind];
  const found = new Set<Element>();
  const climb = (from: Element | null) => {
    // Every element found so far has all those of the kind around it found too.
    for (let e = from?.closest(selector) ?? null; e && !found.has(e); e = e.parentElement?.closest(selector) ?? null) found.add(e);
  };
  const { nodes, data } = scan.texts();
  for (let i = 0; i < data.length; i++) if (names.partOf(data[i]!)) climb(nodes[i]!.parentElement);
  for (const s of scan.nameSources()) if (s.texts === null || s.texts.some((t) => names.partOf(t))) climb(s.element);
  return [...found].sort((a, b) => (a.compareDocumentPosition(b) & 4 /* FOLLOWING */ ? -1 : 1));
}

function findCandidates(scan: PageScan, query: ElementQuery): Candidate[] {
  const kind = query.kind ?? 'press';
  if (kind === 'text') {
    const el = visibleTextElement(scan, normalizedTexts(query.name), query.partial ?? false);
    return el ? [{ element: el, score: 1 }] : [];
  }
  const accepted = normalizedTexts(query.name);
  const letters = accepted.map(lettersOf);
  const scope = query.within === undefined ? undefined : normalizedTexts(query.within);
  const bySelector = new Set<Element>(query.selector ? Array.from(scan.doc.querySelectorAll(query.selector)) : []);
  const out: Candidate[] = [];
  // Cheapest checks first: the name's letters from the DOM alone, then the accessible
  // name, then the footer; layout (visibility, scope) only for what is still in.
  const consider = (el: Element, ofKind: boolean) => {
    const fromSelector = bySelector.size > 0 && bySelector.has(el);
    let s = 0;
    if (accepted.length > 0 && partial) {
      // A control whose name has more than the words (a person's name after «Войти как частное лицо –»).
      const name = scan.nameOf(el);
      s = accepted.some((a) => name.includes(a)) ? 1 : 0;
      if (s === 0 && !fromSelector) return;
    } else if (accepted.length > 0) {
      if (!fromSelector && !mayBeNamed(scan.nameTextsOf(el), letters)) return;
      s = nameScore(scan.nameOf(el), accepted);
      if (s === 0 && !fromSelector) return;
    } else if (query.selector && !fromSelector) {
      // No name: the stable selector alone says which element it is.
      return;
    }
    if (ofKind && !el.matches(SELECTORS[kind])) return;
    if (query.checked !== undefined && isChecked(el) !== query.checked) return;
    // The footer is the site map: the same words there lead elsewhere, never to the step.
    if (el.closest(FOOTER)) return;
    if (!scan.isVisible(el)) return;
    if (scope && !inScope(scan, el, scope)) return;
    // A counter or symbols beside the words («ЧАТЫ 6» beside «Чаты») make no other control
    // for a person: an exact name ranks no higher, so two such controls are a real choice.
    out.push({ element: el, score: (s > 0 ? 8 : 0) + (fromSelector ? 4 : 0) + regionRank(el) });
  };
  const names = new NameLetters(letters);
  const partial = query.partial === true;
  const text = accepted.length > 0 && !names.anyText && !partial;
  const all = text ? byName(scan, kind, names) : scan.elementsOf(kind);
  for (let i = 0; i < all.length; i++) consider(all[i]!, !text);
  // The stable selector's other elements (not of the kind, or outside the modal), after.
  for (const el of bySelector) if (!el.matches(SELECTORS[kind]) || !all.includes(el)) consider(el, false);
  if (out.length === 0 && kind === 'press' && accepted.length > 0 && !partial) {
    // Ext JS tiles and Angular cards are often plain elements with a click handler.
    for (const el of clickableByText(scan, accepted)) consider2(el);
  }
  if (out.length === 0 && kind === 'heading' && accepted.length > 0) {
    // A title need not be a heading element: bold text on a card, a dialog's label.
    for (const el of titleElements(scan, accepted)) consider2(el);
    const root = scan.root();
    const dialogs = [root, ...Array.from(root.querySelectorAll(DIALOGS))].filter((d) => d.matches(DIALOGS));
    for (const d of dialogs) if (nameScore(scan.nameOf(d), accepted) > 0 && scan.isVisible(d)) consider2(d);
  }
  function consider2(el: Element) {
    if (el.closest(FOOTER)) return;
    if (scope && !inScope(scan, el, scope)) return;
    out.push({ element: el, score: 8 + regionRank(el) });
  }
  return out.sort((a, b) => b.score - a.score);
}


/** A checkbox's or switch's ticked state (a choice on the page, never typed text). */
function isChecked(el: Element): boolean {
  if (el instanceof el.ownerDocument.defaultView!.HTMLInputElement) return el.checked;
  return el.getAttribute('aria-checked') === 'true';
}

/** A dialog in front ranks first; menus and headers below the page's content (footers never count). */
function regionRank(el: Element): number {
  if (el.closest('[aria-modal="true"],dialog[open]')) return 3;
  if (el.closest(CHROME)) return 1;
  return 2;
}

/** Of nested matches (a button inside a link), the innermost is the control itself. */
function innermost(els: Element[]): Element[] {
  return els.filter((a) => !els.some((b) => b !== a && a.contains(b)));
}

/**
 * Equal candidates that lead to the same place (a header link and a tile, both to `#chat`)
 * are not a real choice: take the largest one.
 */
function sameDestination(scan: PageScan, els: Element[]): Element | undefined {
  const hrefs = new Set(els.map((e) => e.getAttribute('href')));
  if (hrefs.size !== 1 || [...hrefs][0] == null || [...hrefs][0] === '#' || [...hrefs][0] === '') return undefined;
  if (!scan.layout) return els[0];
  const area = (e: Element) => {
    const r = e.getBoundingClientRect();
    return r.width * r.height;
  };
  return [...els].sort((a, b) => area(b) - area(a))[0];
}

/**
 * Elements without a role whose text is the name: climb to the nearest clickable
 * ancestor (pointer cursor) that still has only that text.
 */
function clickableByText(scan: PageScan, accepted: readonly string[]): Element[] {
  const view = scan.doc.defaultView;
  const out: Element[] = [];
  for (const el of textElements(scan, accepted, false)) {
    // The title of a card that is itself a link or button (a notification in a list): the control.
    let best: Element | null = el.parentElement?.closest(SELECTORS.press) ?? null;
    if (best) {
      if (scan.isVisible(best) && !out.includes(best)) out.push(best);
      continue;
    }
    for (let n: Element | null = el; n && n !== scan.doc.body; n = n.parentElement) {
      if (nameScore(normalize(n.textContent ?? ''), accepted) === 0) break;
      if (view && view.getComputedStyle(n).cursor === 'pointer') best = n;
    }
    if (best && scan.isVisible(best) && !out.includes(best)) out.push(best);
  }
  return out;
}

/** The deepest visible element whose text is (or contains, when partial) one of the texts. */
function visibleTextElement(scan: PageScan, texts: readonly string[], partial: boolean): Element | null {
  for (const el of textElements(scan, texts, partial)) return el;
  return null;
}

function* textElements(scan: PageScan, texts: readonly string[], partial: boolean): Generator<Element> {
  const body = scan.doc.body;
  if (!body) return;
  const page = scan.text();
  const present = texts.filter((t) => t !== '' && page.includes(partial ? t : core(t)));
  if (present.length === 0) return;
  const stack: Element[] = [body];
  while (stack.length > 0) {
    const el = stack.pop()!;
    let deeper = false;
    for (let i = el.children.length - 1; i >= 0; i--) {
      const child = el.children[i]!;
      if (child.tagName === 'SCRIPT' || child.tagName === 'STYLE' || child.tagName === 'TEMPLATE') continue;
      const t = normalize(child.textContent ?? '');
      if (present.some((p) => t.includes(partial ? p : core(p)))) {
        stack.push(child);
        deeper = true;
      }
    }
    if (deeper || el === body) continue;
    const own = normalize(el.textContent ?? '');
    const matches = partial ? present.some((p) => own.includes(p)) : nameScore(own, present) > 0;
    if (matches && scan.isVisible(el)) yield el;
  }
}

/**
 * Whether an element sits in the block titled by one of `scope`: inside a dialog or
 * section labelled so, under such a heading in the page outline, or in the smallest
 * block that holds both it and such a title and no other heading.
 */
function inScope(scan: PageScan, el: Element, scope: readonly string[]): boolean {
  for (let n = el.parentElement; n; n = n.parentElement) {
    if (n.matches(LABELLED_CONTAINERS) && nameScore(scan.nameOf(n), scope) > 0) return true;
    const legend = n.tagName === 'FIELDSET' ? n.querySelector(':scope > legend') : null;
    if (legend && nameScore(normalize(legend.textContent ?? ''), scope) > 0) return true;
  }
  const headings = scan.headings();
  let level = Infinity;
  for (let i = headings.length - 1; i >= 0; i--) {
    const h = headings[i]!;
    if (!(h.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) || h.contains(el)) continue;
    const l = headingLevel(h);
    if (l >= level) continue;
    level = l;
    if (nameScore(normalize(h.textContent ?? ''), scope) > 0) return true;
    if (l <= 1) break;
  }
  for (const title of textElements(scan, scope, false)) {
    if (title.contains(el)) continue;
    let common: Element | null = title.parentElement;
    while (common && !common.contains(el)) common = common.parentElement;
    if (!common || common === scan.doc.body || common === scan.doc.documentElement) continue;
    // No other title in that block: a heading, or an element drawn as this title is (the
    // same tag and class: the labels of sibling blocks, when titles are not headings).
    const others = Array.from(common.querySelectorAll(HEADINGS)).filter(
      (h) => h !== title && !h.contains(title) && !title.contains(h) && scan.isVisible(h),
    );
    if (others.length === 0 && !titledElsewhere(title, el, common)) return true;
  }
  return false;
}

/**
 * A title of another block between `el` and the block that holds both it and `title`: an
 * element drawn as `title` is (same tag and classes, only text), before `el` in the branch
 * of `common` that holds `el` — the title of the sibling block `el` belongs to, when titles
 * are not headings.
 */
function titledElsewhere(title: Element, el: Element, common: Element): boolean {
  if (title.matches(HEADINGS)) return false;
  let branch: Element = el;
  while (branch.parentElement && branch.parentElement !== common) branch = branch.parentElement;
  const cls = title.getAttribute('class') ?? '';
  const same = branch.getElementsByTagName(title.localName);
  for (let i = 0; i < same.length; i++) {
    const p = same[i]!;
    if ((p.getAttribute('class') ?? '') !== cls || p.children.length > 0 || p.contains(el) || el.contains(p)) continue;
    if (p.compareDocumentPosition(el) & 4 /* FOLLOWING */ && normalize(p.textContent ?? '') !== '') return true;
  }
  return false;
}

function headingLevel(h: Element): number {
  const m = /^H([1-6])$/.exec(h.tagName);
  if (m) return Number(m[1]);
  return Number(h.getAttribute('aria-level')) || 2;
}
