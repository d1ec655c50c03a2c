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

const EMPTY: readonly Attr[] = [];

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
  const carries = (node: Node, target: Element | null): boolean => {
    // (Booleans and counts where they do: every node object this callback touches must be
    // wrapped for the extension's world first.)
    if (target && (node === target || (node.hasChildNodes() && node.contains(target)))) return true;
    if (node.nodeType === 3 /* text */) return hasWord(node.textContent);
    if (node.nodeType !== 1 /* element */) return false;
    const el = node as Element;
    // (A leaf has nothing inside to query.)
    const inner = el.childElementCount > 0;
    if (selector && (el.matches(selector) || (inner && el.querySelector(selector)))) return true;
    // Names can come from attributes too (aria-label, title, alt, placeholder).
    const attrs = el.hasAttributes() ? el.attributes : EMPTY;
    for (let i = 0; i < attrs.length; i++) {
      const a = attrs[i]!;
      if (a.name !== 'class' && a.name !== 'style' && hasWord(a.value)) return true;
    }
    return hasWord(el.textContent) || (inner && el.querySelector('[aria-label],[title],[alt],[placeholder]') !== null);
  };
  // Called from the MutationObserver itself, for every batch of changes: no copies of the
  // records, and nothing read for a change that does not matter beyond the changed nodes.
  return (records, target, ignore) => {
    for (let i = 0; i < records.length; i++) {
      const r = records[i]!;
      // Our own host (its attributes, putting it in the page) is not the page.
      if (ignore && r.target === ignore) continue;
      if (r.type === 'characterData') {
        if (hasWord(r.target.textContent) || hasWord(r.oldValue) || (target && r.target.parentNode && r.target.parentNode.contains(target))) return true;
      } else if (r.type === 'attributes') {
        if (carries(r.target, target)) return true;
      } else {
        const added = r.addedNodes;
        for (let k = 0; k < added.length; k++) if (added[k] !== ignore && carries(added[k]!, target)) return true;
        const removed = r.removedNodes;
        for (let k = 0; k < removed.length; k++) if (removed[k] !== ignore && carries(removed[k]!, target)) return true;
      }
    }
    return false;
  };
}
