import type { Texts } from '../catalogue/types';

/**
 * Normalises a visible text for comparison: case, «ё»/«е», every kind of space
 * (non-breaking, thin, zero-width), soft hyphens, typographic quotes.
 */
export function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/[«»„“”"]/g, '')
    .replace(/[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+/g, ' ')
    .trim();
}

/**
 * The core of a control's name: counters, arrows and stray symbols around the words
 * removed («Чаты 3» → «чаты», «Да ›» → «да»).
 */
export function core(normalized: string): string {
  return normalized
    .replace(/^[^\p{L}]+/u, '')
    .replace(/[^\p{L}]+$/u, '')
    .replace(/\s+\d+$/u, '')
    .trim();
}

/** Normalised accepted names, computed once per query. */
export const normalizedTexts = (texts: Texts | undefined): string[] => (texts ?? []).map(normalize);

/**
 * How well a name matches: 2 exactly, 1 once counters and symbols are stripped,
 * 0 not at all. Never a partial match: a wrong spotlight is worse than none.
 */
export function nameScore(name: string, accepted: readonly string[]): 0 | 1 | 2 {
  if (accepted.includes(name)) return 2;
  const c = core(name);
  return c !== '' && accepted.some((a) => core(a) === c) ? 1 : 0;
}
