import type { ElementQuery, Scenario } from '../catalogue/types';
import { lettersOf } from './name-filter';
import { sideScreensOf } from './side-screens';
import { core, normalize, normalizedTexts } from './text';

/**
 * Which page changes can matter to a scenario. Busy pages (news feeds, timers, chat
 * lists) change all the time; re-reading the page for each change would cost the person
 * time. A change matters when it adds, removes or alters something that carries one of
 * the scenario's own words or stable selectors, or touches the current target.
 * Conservative: when unsure, it says "matters".
 */
export type Relevance = (records: readonly MutationRecord[], target: Element | null, ignore?: Element) => boolean;

function queriesOf(scenario: Scenario): ElementQuery[] {
  const out: ElementQuery[] = [];
  for (const step of [...scenario.steps, ...(sideScreensOf(scenario)?.screens ?? [])]) {
    for (const p of step.page) out.push(...(p.shows ?? []), ...(p.hides ?? []));
    out.push(...(step.target ?? []));
    out.push(...(step.done ?? []));
  }
  return out;
}

/** How many nodes seen carrying nothing are remembered (then forgotten all at once). */
const QUIET_MAX = 2000;

/** Attributes that hold text a name can be made of (`value`: an input button's caption). */
const NAMING = ['aria-label', 'title', 'alt', 'placeholder', 'value'];

// Attributes that change what is visible or what a control is, or what it is called: any
// query can read them. (Not `disabled`: nothing reads it.)
const ALWAYS_READ = ['class', 'style', 'hidden', 'open', 'inert', 'aria-hidden', 'aria-label', 'aria-labelledby', 'aria-modal', 'role', 'href', 'type'];

/**
 * What the guide's one observer is told of for a scenario: the tree, texts, and only the
 * attributes some query of it can read — the ones above and those its selectors name
 * (`aria-expanded`, `data-test-id`…). A page's other attribute changes make no record.
 */
export function observedFor(scenario: Scenario | null): MutationObserverInit {
  const read = new Set(ALWAYS_READ);
  if (scenario) for (const q of queriesOf(scenario)) for (const m of q.selector?.matchAll(/\[\s*([\w-]+)/g) ?? []) read.add(m[1]!.toLowerCase());
  return { subtree: true, childList: true, characterData: true, characterDataOldValue: true, attributes: true, attributeFilter: [...read] };
}

/** The text nodes inside the target and inside the labels that name it. */
function textsOfName(target: Element): Set<Node> {
  const out = new Set<Node>();
  const labels = (target as Partial<HTMLInputElement>).labels;
  for (const root of [target, ...(labels ?? [])]) {
    const walk = target.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
    for (let n = walk.nextNode(); n; n = walk.nextNode()) out.add(n);
  }
  return out;
}

export function relevanceFor(scenario: Scenario): Relevance {
  const words = new Set<string>();
  const selectors = new Set<string>();
  let everything = false;
  for (const q of queriesOf(scenario)) {
    const names = [...normalizedTexts(q.name), ...normalizedTexts(q.within)];
    for (const n of names) {
      const c = q.partial ? n : core(n);
      if (c !== '') words.add(c);
    }
    if (q.selector) selectors.add(q.selector);
    if (names.length === 0 && !q.selector) everything = true;
  }
  if (everything) return () => true;
  // Compared by their letters (name-filter.ts): a text that shows a word has the word's
  // letters in it, so nothing that matters is missed, and one pass over the text, without
  // regular expressions, is all a change costs. Words without letters («1», «→») by text.
  const letterWords: string[] = [];
  const otherWords: string[] = [];
  for (const w of words) (lettersOf(w) === '' ? otherWords : letterWords).push(lettersOf(w) || w);
  const selector = [...selectors].join(',');
  const hasWord = (text: string | null | undefined) => {
    if (!text) return false;
    const l = lettersOf(text);
    for (const w of letterWords) if (l.includes(w)) return true;
    return otherWords.length > 0 && otherWords.some((w) => normalize(text).includes(w));
  };
  // Every question to a page node costs a call into the page's DOM from the extension's
  // world (and the node's first one, wrapping it for that world): as few as will do, the
  // cheapest first, none for what a record's own fields answer, and no attribute objects.
  const naming = '[aria-label],[title],[alt],[placeholder],input[value]';
  const signs = selector ? `${selector},${naming}` : naming;
  /** The element itself is one of the scenario's selectors or names by a word in its attributes. */
  const isSign = (el: Element) => {
    if (!el.matches(signs)) return false;
    if (selector && el.matches(selector)) return true;
    for (const a of NAMING) if (hasWord(el.getAttribute(a))) return true;
    return false;
  };
  /**
   * Nodes seen carrying nothing (no word, no sign, not the target, inside them included)
   * since the last change that mattered. They stay so: whatever brings a word or a sign
   * into them is a change of its own, judged by itself, and one that matters forgets them
   * all. So a node seen when it was put in costs nothing when it is taken out, and an
   * element whose class keeps changing is looked into once. Held strongly (the
   * extension's wrappers of page nodes are dropped and made again when nothing holds
   * them, so a weak set would forget them), and at most QUIET_MAX of them.
   */
  const quiet = new Set<Node>();
  let quietFor: Element | null = null;
  /** The texts the target's name is made of (its own, its labels'), asked for once per target. */
  let nameTexts: Set<Node> | null = null;
  const carries = (node: Node, target: Element | null): boolean => {
    if (node === target) return true;
    if (quiet.has(node)) return false;
    // (Only elements count their element children: one question tells them from texts.)
    const count = (node as Element).childElementCount as number | undefined;
    let found: boolean;
    if (count === undefined) found = hasWord(node.textContent);
    else {
      const el = node as Element;
      // A leaf has nothing inside to query, and cannot hold the target.
      const inner = count > 0;
      found =
        (inner && target !== null && el.contains(target)) ||
        isSign(el) ||
        // Inside: anything that may be a sign, or name by its attributes, matters.
        (inner && el.querySelector(signs) !== null) ||
        hasWord(el.textContent);
    }
    if (!found) {
      if (quiet.size >= QUIET_MAX) quiet.clear();
      quiet.add(node);
    }
    return found;
  };
  const judge = (records: readonly MutationRecord[], target: Element | null, ignore?: Element): boolean => {
    // The target taken out of the page (itself or with what holds it): one question per batch.
    if (target && !target.isConnected) return true;
    for (let i = 0; i < records.length; i++) {
      const r = records[i]!;
      // (Told apart by their own fields: old texts are asked for, old attribute values not.)
      const old = r.oldValue;
      if (old !== null) {
        // A text changed: the text it had, then the text it has.
        const text = r.target as CharacterData;
        if (hasWord(old) || hasWord(text.data)) return true;
        // A text of the target's name: its name changed.
        if (target && (nameTexts ??= textsOfName(target)).has(text)) return true;
      } else if (r.attributeName !== null) {
        // Our own host's attributes are not the page. What the attribute changes can matter
        // only where there is something: a sign on the element itself, or anything inside.
        const el = r.target as Element;
        if (el !== ignore && (quiet.has(el) ? isSign(el) : carries(el, target))) return true;
      } else {
        // (Putting our host in the page is no change of the page's either.)
        const added = r.addedNodes;
        for (let k = 0; k < added.length; k++) {
          const n = added[k]!;
          if (n !== ignore && carries(n, target)) return true;
        }
        const removed = r.removedNodes;
        for (let k = 0; k < removed.length; k++) {
          const n = removed[k]!;
          if (n !== ignore && carries(n, target)) return true;
        }
      }
    }
    return false;
  };
  // Called from the MutationObserver itself, for every batch of changes: no copies of the
  // records, and nothing read for a change that does not matter beyond the changed nodes.
  return (records, target, ignore) => {
    if (target !== quietFor) {
      quietFor = target;
      quiet.clear();
      nameTexts = null;
    }
    const matters = judge(records, target, ignore);
    if (matters) {
      // The page is read again: what was seen may be anything now.
      quiet.clear();
      nameTexts = null;
    }
    return matters;
  };
}
