import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { EXPECT_ATTR } from '../corpus/bases';

// The corpus marks the right element for the checker only: the product never reads it.
const ROOT = join(import.meta.dirname, '../..');
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : /\.(ts|tsx|js|css|html|json)$/.test(name) ? [p] : [];
  });

describe('the corpus marker', () => {
  const product = [...files(join(ROOT, 'src')), ...files(join(ROOT, 'entrypoints'))];

  test('product code exists to check', () => {
    expect(product.length).toBeGreaterThan(10);
  });

  test(`no product code mentions ${EXPECT_ATTR} or the corpus`, () => {
    const mentions = product.filter((f) => /corpus-expect|corpusExpect|__corpus/i.test(readFileSync(f, 'utf8')));
    expect(mentions).toEqual([]);
  });

  test('no product code mentions the blind pages or their marks (tests/blind)', () => {
    const mentions = product.filter((f) => /data-blind|blind-expect|tests\/blind/i.test(readFileSync(f, 'utf8')));
    expect(mentions).toEqual([]);
  });
});
