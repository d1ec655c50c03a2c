/**
 * A cheap, sound pre-filter before the accessible-name computation, which is the costly
 * part of locating on a large page (it reads the computed style of every node it visits).
 *
 * Names are compared after `normalize` and `core` (text.ts), which only ever drop or fold
 * characters that are not letters. So a name can match an accepted one only if its
 * letters are exactly the accepted one's letters. When an element's name can only come
 * from its own text (no `aria-label`, `aria-labelledby`, `title`, `alt`, `<label>`,
 * embedded control or owned element anywhere in it), the name is the text of some of
 * its text nodes, each whole (hidden ones drop out), in document order. Whether the
 * letters of some of those text nodes, in order, spell an accepted name is cheap to
 * answer, and "no" means the name cannot match. Anything else is "maybe": the full
 * computation decides.
 *
 * Letters are read one character at a time, without regular expressions or new strings
 * for common text: on a page of 10,000 elements this reads every text node once per look.
 */

// Where a name can come from other than the element's own text nodes (dom-accessibility-api,
// steps 2B–2E and 2I of accname). Texts held in attributes (a label, a tooltip, an image's
// alternative text, a placeholder) are one more text the name can be made of, in their
// element's place; references to other elements, labels, embedded controls' values, owned
// and slotted content could be anything.
const TEXT_ATTRIBUTES = new Set(['aria-label', 'title', 'alt', 'placeholder']);
const OPAQUE_ATTRIBUTES = new Set(['aria-labelledby', 'aria-owns']);
const OPAQUE_ROLES = new Set(['combobox', 'listbox', 'textbox', 'slider', 'spinbutton', 'scrollbar', 'progressbar', 'meter']);
const OPAQUE_TAGS = new Set(['input', 'select', 'textarea', 'meter', 'output', 'progress', 'optgroup', 'slot']);

/**
 * Adds the texts of the element's naming attributes to `out`; `false` when the element
 * (its name, or its part in the name of an element around it) may take a name from
 * anything else. Labels count on the labelled element itself.
 */
function attributeTexts(el: Element, out: string[]): boolean {
  if (OPAQUE_TAGS.has(el.localName)) return false;
  if (el.hasAttributes()) {
    const attrs = el.attributes;
    for (let i = 0; i < attrs.length; i++) {
      const a = attrs[i]!;
      if (TEXT_ATTRIBUTES.has(a.name)) out.push(a.value);
      else if (OPAQUE_ATTRIBUTES.has(a.name)) return false;
      else if (a.name === 'role' && a.value.toLowerCase().split(/\s+/).some((r) => OPAQUE_ROLES.has(r))) return false;
    }
  }
  const labels = (el as Partial<HTMLButtonElement>).labels;
  return !(labels !== undefined && labels !== null && labels.length > 0);
}

/**
 * Where `nameSource` looks: elements with these attributes and of these tags. (Tags apart:
 * the browser keeps a list per tag, while a selector list is matched against every element.)
 */
export const NAME_SOURCE_ATTRIBUTES = [...TEXT_ATTRIBUTES, ...OPAQUE_ATTRIBUTES, 'role'].map((a) => `[${a}]`).join(',');
export const NAME_SOURCE_TAGS: readonly string[] = [...OPAQUE_TAGS, 'label'];

/** An element that may name itself, or an element around it, by more than its text nodes. */
export interface NameSource {
  readonly element: Element;
  /** the texts it may name by (its naming attributes); `null`: anything */
  readonly texts: readonly string[] | null;
}

/**
 * Of the elements found so, those that may name by more than text nodes (a label: the
 * labelled control, by anything).
 */
export function nameSource(el: Element): NameSource | null {
  if (el.localName === 'label') {
    const control = (el as HTMLLabelElement).control;
    return control ? { element: control, texts: null } : null;
  }
  const texts: string[] = [];
  if (!attributeTexts(el, texts)) return { element: el, texts: null };
  return texts.length > 0 ? { element: el, texts } : null;
}

/**
 * The texts an element's name can be made of: its naming attributes' and its text nodes',
 * in document order (some of them, each whole, make the name), or `null` when its name
 * may come from anything else.
 */
export function nameTexts(el: Element): string[] | null {
  const out: string[] = [];
  return attributeTexts(el, out) && collect(el, out) ? out : null;
}

function collect(el: Element, out: string[]): boolean {
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 3 /* text */) out.push((n as Text).data);
    else if (n.nodeType === 1 /* element */ && !(attributeTexts(n as Element, out) && collect(n as Element, out))) return false;
  }
  return true;
}

const LETTER = /^\p{L}$/u;

/**
 * The folded code of a common character: a letter of ASCII or basic Cyrillic in lower
 * case, «ё» as «е»; -1 for a common non-letter (ASCII, spaces, quotes, dashes, soft and
 * zero-width characters); 0 for anything else, which `slowFold` reads.
 */
function quickFold(c: number): number {
  if (c < 0x80) return c >= 0x61 && c <= 0x7a ? c : c >= 0x41 && c <= 0x5a ? c + 32 : -1;
  if (c >= 0x430 && c <= 0x44f) return c;
  if (c >= 0x410 && c <= 0x42f) return c + 32;
  if (c === 0x401 || c === 0x451) return 0x435;
  // Spaces, quotes, dashes, general punctuation and currency signs («₽»): no letters.
  if (c === 0xa0 || c === 0xab || c === 0xbb || c === 0xad || (c >= 0x2000 && c <= 0x206f) || (c >= 0x20a0 && c <= 0x20cf)) return -1;
  return 0;
}

/**
 * The letters of the character at `i` (a whole code point), as names compare them: lower
 * case, «ё» as «е», '' for a non-letter. Lower-casing a whole name and its characters one
 * by one differ only in Greek final sigma, folded here.
 */
function slowFold(text: string, i: number): string {
  let out = '';
  for (const l of String.fromCodePoint(text.codePointAt(i)!).toLowerCase()) {
    if (LETTER.test(l)) out += l === 'ё' ? 'е' : l === 'ς' ? 'σ' : l;
  }
  return out;
}

/** How many code units the character at `i` takes. */
const width = (text: string, i: number) => (text.codePointAt(i)! > 0xffff ? 2 : 1);

/** The letters of a text as names are compared: case and «ё» folded, all but letters dropped. */
export function lettersOf(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const q = quickFold(text.charCodeAt(i));
    if (q > 0) out += String.fromCharCode(q);
    else if (q === 0) {
      out += slowFold(text, i);
      i += width(text, i) - 1;
    }
  }
  return out;
}

/**
 * Where the letters of `text`, put at position `p` of `target`, end — or -1 when they are
 * not exactly the target's letters there. No new strings for common text.
 */
function spellsAt(text: string, target: string, p: number): number {
  let q = p;
  for (let i = 0; i < text.length; i++) {
    const f = quickFold(text.charCodeAt(i));
    if (f > 0) {
      if (target.charCodeAt(q) !== f) return -1;
      q++;
    } else if (f === 0) {
      const l = slowFold(text, i);
      if (!target.startsWith(l, q)) return -1;
      q += l.length;
      i += width(text, i) - 1;
    }
  }
  return q;
}

/** Whether some of `texts`, each whole and in order, have exactly the letters of one of `targets`. */
export function canSpell(texts: readonly string[], targets: readonly string[]): boolean {
  for (const target of targets) {
    // reach[p]: the first p letters of the target are spelt by some of the texts seen so far.
    const reach = new Uint8Array(target.length + 1);
    reach[0] = 1;
    for (const t of texts) {
      // From the end back, so that one text is used once.
      for (let p = target.length; p >= 0; p--) {
        if (!reach[p]) continue;
        const end = spellsAt(t, target, p);
        if (end > p) reach[end] = 1;
      }
    }
    if (reach[target.length]) return true;
  }
  return false;
}

/**
 * The letters of the accepted names, for finding the text nodes a name can be made of:
 * any text node whose letters are a part of one of them (a name split across elements).
 */
export class NameLetters {
  private readonly codes = new Set<number>();
  private readonly longest: number;

  constructor(readonly targets: readonly string[]) {
    for (const t of targets) for (let i = 0; i < t.length; i++) this.codes.add(t.charCodeAt(i));
    this.longest = Math.max(0, ...targets.map((t) => t.length));
  }

  /** Whether some name needs no letters at all: then no text node can be told apart. */
  get anyText(): boolean {
    return this.targets.some((t) => t === '');
  }

  /** Whether the text has letters and they are a part of one of the names. */
  partOf(text: string): boolean {
    let s = '';
    for (let i = 0; i < text.length; i++) {
      const f = quickFold(text.charCodeAt(i));
      if (f < 0) continue;
      let l: string;
      if (f > 0) {
        // Most texts stop here, at their first letter.
        if (!this.codes.has(f)) return false;
        l = String.fromCharCode(f);
      } else {
        l = slowFold(text, i);
        i += width(text, i) - 1;
        for (let k = 0; k < l.length; k++) if (!this.codes.has(l.charCodeAt(k))) return false;
      }
      if (s.length + l.length > this.longest) return false;
      s += l;
    }
    return s !== '' && this.targets.some((t) => t.includes(s));
  }
}

/**
 * Whether the element's accessible name may match one of the accepted names (their
 * letters given as `targets`): `false` only when it certainly cannot.
 */
export function mayBeNamed(texts: readonly string[] | null, targets: readonly string[]): boolean {
  return texts === null || canSpell(texts, targets);
}
