import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Frozen replica pages, one per step screen (written by tests/corpus/capture.ts). */
export const BASES_DIR = join(dirname(fileURLToPath(import.meta.url)), 'bases');

/**
 * Marks the right element(s) in a corpus page for the checker only. No product code may
 * mention it (tests/unit/corpus-marker.test.ts checks).
 */
export const EXPECT_ATTR = 'data-corpus-expect';

export interface Base {
  readonly id: string;
  readonly hash: string;
  readonly scenario: string;
  readonly step: string;
  /** `found`: the marked element must be spotlighted; `done`: the step shown complete */
  readonly state: 'found' | 'done';
  /** the walk's name of the target (for the reader) */
  readonly name: string;
  readonly url: string;
  /** the extension's storage at that moment (stored progress gates same-page steps) */
  readonly storage: Record<string, unknown>;
}

export function loadBases(): Base[] {
  return JSON.parse(readFileSync(join(BASES_DIR, 'index.json'), 'utf8')) as Base[];
}

export const baseHtml = (base: Base): string => readFileSync(join(BASES_DIR, `${base.id}.html`), 'utf8');
