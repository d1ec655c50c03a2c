import { lettersOf, NameLetters } from './name-filter';
import type { PageScan } from './locate';

/**
 * Titles a person sees that are not heading elements: bold or large text at the top of a
 * card, the text that labels a dialog or region, a legend, a caption, the first text of a
 * dialog — split by `&nbsp;`, `<br>` or `<b>`, in any case (CSS `text-transform`), «е» for
 * «ё». A catalogue `heading` query matches these too: a heading is one sign of a title,
 * not a requirement.
 *
 * Compared by letters alone (case, «ё», spaces, line breaks and punctuation folded), whole:
 * the element's letters are exactly those of an accepted name.
 */

const TITLE_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'legend', 'caption', 'figcaption', 'b', 'strong', 'dt', 'th']);
const CONTROLS = 'a[href],button,input,select,textarea,[role="button"],[role="link"],[role="option"],[role="menuitem"],[role="tab"],[contenteditable="true"]';
const LABELLED = 'dialog,[role="dialog"],[role="alertdialog"],[aria-modal="true"],section,[role="region"],form,fieldset,[role="group"],[role="tabpanel"]';

export function titleElements(scan: PageScan, accepted: readonly string[]): Element[] {
  const letters = accepted.map(lettersOf).filter((l) => l !== '');
  if (letters.length === 0) return [];
  const names = new NameLetters(letters);
  const body = scan.doc.body;
  const out: Element[] = [];
  const seen = new Set<Element>();
  const { nodes, data } = scan.texts();
  for (let i = 0; i < data.length; i++) {
    if (!names.partOf(data[i]!)) continue;
    for (let el = nodes[i]!.parentElement; el && el !== body; el = el.parentElement) {
      if (seen.has(el)) break;
      seen.add(el);
      const l = lettersOf(el.textContent ?? '');
      if (letters.includes(l)) {
        if (!out.includes(el) && isTitle(scan, el) && !el.closest(CONTROLS) && scan.isVisible(el)) {
          out.push(el);
          break;
        }
        continue;
      }
      if (!letters.some((t) => t.includes(l))) break;
    }
  }
  return out;
}

/** Whether an element (whose text is a name) is shown as a title. */
function isTitle(scan: PageScan, el: Element): boolean {
  if (TITLE_TAGS.has(el.localName) || el.getAttribute('role') === 'heading') return true;
  // The text a dialog or region is labelled by.
  if (el.id && el.closest(LABELLED)?.getAttribute('aria-labelledby')?.split(/\s+/).includes(el.id)) return true;
  // The first text of a dialog.
  const box = el.closest('dialog,[role="dialog"],[role="alertdialog"]');
  if (box && firstText(box) !== null && el.contains(firstText(box))) return true;
  if (!scan.layout) return false;
  const view = scan.doc.defaultView!;
  const style = view.getComputedStyle(el);
  const around = el.parentElement ? view.getComputedStyle(el.parentElement) : style;
  const weight = Number(style.fontWeight) || (style.fontWeight === 'bold' ? 700 : 400);
  const size = parseFloat(style.fontSize) || 16;
  const base = parseFloat(view.getComputedStyle(scan.doc.body).fontSize) || 16;
  return weight >= 600 || size >= base * 1.2 || size >= (parseFloat(around.fontSize) || 16) * 1.2;
}

function firstText(box: Element): Text | null {
  const walker = box.ownerDocument.createTreeWalker(box, 4 /* SHOW_TEXT */);
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) if (/\p{L}/u.test(n.data)) return n;
  return null;
}
