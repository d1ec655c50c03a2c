import type { ElementQuery, PageSpec, Scenario } from '../catalogue/types';
import { core, normalizedTexts } from './text';

/**
 * Which page changes can matter to a scenario. Busy pages (news feeds, timers, chat
 * lists) change all the time; re-reading the page for each change would cost the person
 * time. A change matters when it adds, removes or alters something that carries one of
 * the scenario's own words or stable selectors, or touches the current target.
 * Conservative: when unsure, it says "matters".
 */
export type Relevance = (records: readonly MutationRecord[], target: Element | null) => boolean;

function queriesOf(scenario: Scenario): ElementQuery[] {
  const out: ElementQuery[] = [];
  for (const step of scenario.steps) {
    const pages = Array.isArray(step.page) ? (step.page as readonly PageSpec[]) : [step.page as PageSpec];
    for (const p of pages) out.push(...(p.shows ?? []), ...(p.hides ?? []));
    if (step.target) out.push(...(Array.isArray(step.target) ? (step.target as readonly ElementQuery[]) : [step.target as ElementQuery]));
    out.push(...(step.done ?? []));
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
  const wordList = [...words];
  const selector = [...selectors].join(',');
  const hasWord = (text: string | null | undefined) => {
    if (!text) return false;
    const t = text.toLowerCase().replace(/ё/g, 'е').replace(/[\s\u00a0]+/g, ' ');
    return wordList.some((w) => t.includes(w));
  };
  const carries = (node: Node, target: Element | null): boolean => {
    if (target && (node === target || node.contains(target))) return true;
    if (node.nodeType === 3 /* text */) return hasWord(node.textContent);
    if (node.nodeType !== 1 /* element */) return false;
    const el = node as Element;
    if (selector && (el.matches(selector) || el.querySelector(selector))) return true;
    // Names can come from attributes too (aria-label, title, alt, placeholder).
    if (el.hasAttributes() && Array.from(el.attributes).some((a) => a.name !== 'class' && a.name !== 'style' && hasWord(a.value))) return true;
    return hasWord(el.textContent) || el.querySelector('[aria-label],[title],[alt],[placeholder]') !== null;
  };
  return (records, target) => {
    for (const r of records) {
      if (r.type === 'characterData') {
        if (hasWord(r.target.textContent) || hasWord(r.oldValue) || (target && r.target.parentNode && r.target.parentNode.contains(target))) return true;
      } else if (r.type === 'attributes') {
        if (carries(r.target, target)) return true;
      } else {
        for (const n of r.addedNodes) if (carries(n, target)) return true;
        for (const n of r.removedNodes) if (carries(n, target)) return true;
      }
    }
    return false;
  };
}
