import type { Scenario } from './types';

// The «quoted» texts of the catalogue are the sites' own words as the source documents
// and the site notes show them; quotes.json lists each with the file and line it comes
// from (written by scripts/quotes.ts), quotes.test.ts holds the catalogue to it.

/** A quotation, compared as a person reads it: case, ё/е, spaces, a trailing «…» of a longer text. */
export const quoteKey = (s: string): string =>
  s
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(/[*\\]/g, '')
    .replace(/…$/, '')
    .trim();

/** Every «…» in what a scenario says to people (titles, hints, warnings, instructions, waits, branches). */
export function quotesOf(scenario: Scenario): { text: string; where: string }[] {
  const out: { text: string; where: string }[] = [];
  const add = (where: string, s: string | undefined) => {
    for (const [, text] of (s ?? '').matchAll(/«([^»]+)»/g)) out.push({ text: text!, where });
  };
  add(`${scenario.id}: title`, scenario.title);
  add(`${scenario.id}: audience`, scenario.audience);
  scenario.needs.forEach((n) => add(`${scenario.id}: needs`, n));
  for (const step of scenario.steps) {
    const at = `${scenario.id}/${step.id}`;
    add(`${at}: title`, step.title);
    add(`${at}: hint`, step.hint);
    add(`${at}: warning`, step.warning);
    add(`${at}: instruction`, step.instruction);
    add(`${at}: wait`, step.wait);
    add(`${at}: branch`, step.branch?.when);
  }
  return out;
}

/** The quotations of `scenario` that no source gives (an empty list: all are the sites' own words). */
export function unsourcedQuotes(scenario: Scenario, sourced: readonly { readonly text: string }[]): string[] {
  const known = sourced.map((q) => quoteKey(q.text));
  // «Включите автообновление…»: the start of a longer sourced text.
  const isKnown = (text: string) =>
    text.endsWith('…') ? known.some((k) => k.startsWith(quoteKey(text))) : known.includes(quoteKey(text));
  return quotesOf(scenario)
    .filter((q) => !isKnown(q.text))
    .map((q) => `${q.where}: «${q.text}»`);
}
