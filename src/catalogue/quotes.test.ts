import { describe, expect, test } from 'vitest';
import { SCENARIOS } from '.';
import quotes from './quotes.json';
import { quoteKey, quotesOf, unsourcedQuotes } from './quotes';
import type { Scenario } from './types';

// Every «…» the catalogue shows people is the sites' own words as the source documents or
// the site notes give them: quotes.json names the file and line of each (scripts/quotes.ts
// wrote it from ../shared, which the project itself never reads). A label made up for a
// replica page is not in it: describe such a thing instead («значок трубки»).

const SOURCED = quotes.quotes;

describe('quoted words come from the documents or the site notes', () => {
  test('each listed quotation names its source (a document or a site note, and a line)', () => {
    expect(SOURCED.length).toBeGreaterThan(50);
    for (const q of SOURCED) expect(q.source, q.text).toMatch(/^(seeds\/\d{3}_[0-9a-f]+\.txt|SITES\.md|SITES-2026\.md|PITFALLS\.md):\d+$/);
    expect(new Set(SOURCED.map((q) => quoteKey(q.text))).size).toBe(SOURCED.length);
  });

  for (const scenario of SCENARIOS) {
    test(`${scenario.id}: every «…» is listed with its source`, () => {
      expect(quotesOf(scenario).length, 'the scenario quotes the sites').toBeGreaterThan(0);
      expect(unsourcedQuotes(scenario, SOURCED)).toEqual([]);
    });
  }

  // The check must catch what it is for: labels that were made up for our replica pages.
  const invented = (hint: string): Scenario => ({
    ...SCENARIOS[0]!,
    steps: [{ ...SCENARIOS[0]!.steps[0]!, hint, warning: undefined, instruction: 'Нажмите «Войти».' }],
  });
  test.each(['Копировать ссылку', 'Вступить в чат', 'Позвонить', 'Продолжить регистрацию'])('a made-up label «%s» is caught', (label) => {
    expect(unsourcedQuotes(invented(`Нажмите «${label}».`), SOURCED)).toEqual([`${SCENARIOS[0]!.id}/${SCENARIOS[0]!.steps[0]!.id}: hint: «${label}»`]);
  });

  test('a real label passes however it is spelled (ё/е, case, a longer text cut with «…»)', () => {
    expect(unsourcedQuotes(invented('Нажмите «добавить еще ребенка» или «Включите автообновление…».'), SOURCED)).toEqual([]);
  });
});
