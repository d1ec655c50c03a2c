import type { ElementQuery } from '../catalogue/types';
import { lettersOf } from './name-filter';
import type { PageScan } from './locate';

/**
 * Reveal paths: the step's control is on the page but hidden inside something closed — a
 * menu or dropdown behind a button, an inactive tab, a collapsed section, `<details>`, a
 * mobile menu behind a hamburger button. Then the thing to press now is the control that
 * opens it, where the page itself says so: `aria-controls`, a tab panel's tab, a
 * `<summary>`, a menu or list box labelled by its button, or a button with
 * `aria-haspopup`/`aria-expanded` right before the closed container. Nothing is guessed:
 * one hidden match behind one visible control, or nothing.
 */

export interface Revealed {
  /** the visible control that opens the way to the target */
  readonly control: Element;
  /** the hidden target's name as the catalogue spells it */
  readonly name: string;
}

const PRESS = 'button,a[href],summary,[role="button"],[role="tab"],[role="combobox"],[role="menuitem"],[tabindex]:not([tabindex="-1"])';
const CANDIDATES = 'a,button,summary,input,[role],[onclick],[tabindex],li';

/** The one control that reveals a hidden target of `queries` (tried in order), or null. */
export function reveal(scan: PageScan, queries: readonly ElementQuery[]): Revealed | null {
  for (const query of queries) {
    if (query.kind === 'text' || query.kind === 'heading' || query.within !== undefined) continue;
    const hidden = hiddenMatches(scan, query);
    const controls = new Set<Element>();
    for (const el of hidden) {
      const c = revealer(scan, el);
      if (c) controls.add(c);
    }
    if (controls.size === 1) return { control: [...controls][0]!, name: query.name?.[0] ?? '' };
    if (controls.size > 1) return null;
  }
  return null;
}

/** Elements the query names that a person cannot see now. */
function hiddenMatches(scan: PageScan, query: ElementQuery): Element[] {
  const root = scan.root();
  const out: Element[] = [];
  if (query.selector) {
    for (const el of Array.from(root.querySelectorAll(query.selector))) if (!scan.isVisible(el)) out.push(el);
    if (out.length > 0 || !query.name) return out;
  }
  const letters = (query.name ?? []).map(lettersOf).filter((l) => l !== '');
  if (letters.length === 0) return out;
  const list = root.querySelectorAll(CANDIDATES);
  for (let i = 0; i < list.length; i++) {
    const el = list[i]!;
    // (Letters only: counters and icons around drop out.)
    const named = letters.includes(lettersOf(el.getAttribute('aria-label') ?? el.textContent ?? ''));
    if (!named || el.closest('footer,[role="contentinfo"]')) continue;
    // The innermost element so named (a link, not the list item around it).
    if (out.some((o) => el.contains(o))) continue;
    for (let k = out.length - 1; k >= 0; k--) if (out[k]!.contains(el)) out.splice(k, 1);
    if (!scan.isVisible(el)) out.push(el);
  }
  return out.filter((el) => !scan.isVisible(el));
}

/** The visible control that opens the closed container around `el`, if the page says which. */
function revealer(scan: PageScan, el: Element): Element | null {
  const doc = scan.doc;
  for (let n: Element | null = el; n && n !== doc.body; n = n.parentElement) {
    // An open container that shows: whatever hides the target is not a closed one.
    if (n !== el && scan.isVisible(n) && n.localName !== 'details') return null;
    const id = n.id;
    if (id) {
      const esc = cssEscape(id);
      const byControls = visibleControl(scan, doc.querySelectorAll(`[aria-controls~="${esc}"]`));
      if (byControls) return byControls;
      const labelledBy = n.getAttribute('aria-labelledby');
      const role = n.getAttribute('role');
      if (labelledBy && (role === 'tabpanel' || role === 'menu' || role === 'listbox')) {
        const c = visibleControl(scan, labelledBy.split(/\s+/).map((i) => doc.getElementById(i)).filter((e): e is HTMLElement => e !== null));
        if (c) return c;
      }
    }
    if (n.localName === 'details' && !n.hasAttribute('open')) {
      const summary = n.querySelector(':scope > summary');
      return summary && scan.isVisible(summary) ? summary : null;
    }
    // A popup right after its button (a dropdown's list box, a menu).
    const before = n.previousElementSibling;
    if (before && n !== el) {
      const c = before.matches('[aria-haspopup],[aria-expanded="false"]') ? before : before.querySelector(':scope > [aria-haspopup],:scope > [aria-expanded="false"]');
      if (c && c.getAttribute('aria-expanded') !== 'true' && c.matches(PRESS) && scan.isVisible(c)) return c;
    }
  }
  return null;
}

function visibleControl(scan: PageScan, list: ArrayLike<Element>): Element | null {
  const shown = Array.from(list).filter((c) => c.matches(PRESS) && c.getAttribute('aria-expanded') !== 'true' && c.getAttribute('aria-selected') !== 'true' && scan.isVisible(c));
  return shown.length === 1 ? shown[0]! : null;
}

function cssEscape(id: string): string {
  return id.replace(/["\\]/g, '\\$&');
}
