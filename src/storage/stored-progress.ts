import * as v from 'valibot';
import type { Scenario } from '../catalogue/types';
import { ProgressSchema } from './progress-schema';
import { EMPTY_PROGRESS, sanitize, type Progress } from '../engine/progress';

/**
 * Progress as it is kept in `storage.local`, with its format's version inside the value.
 *
 * - version 1 (Проводник 0.1): `{ active, scenarios }`, the version only in WXT's `progress$`
 *   meta key;
 * - version 2: the same with `v: 2`.
 *
 * Reading never throws: what can be understood is kept (migrated from an older version);
 * what cannot — not an object, wrong types, cut short, written by a newer Проводник — is
 * replaced by a clean state, and the caller tells the person (`outcome: 'reset'`).
 */
export const PROGRESS_VERSION = 2;

export type StoredProgress = Progress & { readonly v: typeof PROGRESS_VERSION };

export type ReadOutcome =
  /** nothing stored yet */
  | 'empty'
  /** the current version, well formed (unknown scenario or step ids of an older catalogue dropped) */
  | 'ok'
  /** an older version, brought up to date: write it back */
  | 'migrated'
  /** unreadable: a clean state, write it back and tell the person */
  | 'reset';

export interface ReadProgress {
  readonly progress: Progress;
  readonly outcome: ReadOutcome;
  /** why it was reset */
  readonly why?: 'corrupt' | 'future-version';
}

export const toStored = (p: Progress): StoredProgress => ({ v: PROGRESS_VERSION, active: p.active, scenarios: p.scenarios });

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function readStoredProgress(raw: unknown, catalogue: readonly Scenario[]): ReadProgress {
  if (raw === undefined || raw === null) return { progress: EMPTY_PROGRESS, outcome: 'empty' };
  const reset = (why: ReadProgress['why']): ReadProgress => ({ progress: EMPTY_PROGRESS, outcome: 'reset', why });
  if (!isObject(raw)) return reset('corrupt');
  const version = raw.v ?? 1;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return reset('corrupt');
  if (version > PROGRESS_VERSION) return reset('future-version');
  // Every part has the type its version writes (ids may be unknown: the catalogue changes).
  if (!v.is(ProgressSchema, raw)) return reset('corrupt');
  // Versions 1 and 2 hold the same fields: moving up is adding the version.
  return { progress: sanitize(raw, catalogue), outcome: version === PROGRESS_VERSION ? 'ok' : 'migrated' };
}
