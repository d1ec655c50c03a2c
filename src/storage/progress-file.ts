import * as v from 'valibot';
import { SCENARIOS } from '../catalogue';
import { ProgressSchema } from './progress-schema';
import { sanitize, type Progress } from '../engine/progress';

/**
 * Progress as a file: export, and an import that is checked before anything changes.
 * The file holds only what progress holds (catalogue ids and times).
 */
export const FILE_FORMAT = 'provodnik-progress';
export const FILE_VERSION = 1;
const MAX_BYTES = 200_000;

export function progressFile(p: Progress, now: number): string {
  return JSON.stringify({ format: FILE_FORMAT, version: FILE_VERSION, exportedAt: now, progress: sanitize(p, SCENARIOS) }, null, 2);
}

/** What a progress file says it is (its progress is checked by ProgressSchema, then against the catalogue). */
const FileSchema = v.object({ format: v.literal(FILE_FORMAT), version: v.unknown(), progress: v.unknown() });

export type ParsedFile = { readonly ok: true; readonly progress: Progress } | { readonly ok: false; readonly error: string };

const canonical = (v: unknown): string => JSON.stringify(v, (_k, x: unknown) => (x && typeof x === 'object' && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => a.localeCompare(b))) : x));

/** A file's progress, or a plain-Russian reason why it cannot be used. */
export function parseProgressFile(text: string): ParsedFile {
  if (text.length > MAX_BYTES) return { ok: false, error: 'Файл слишком большой для файла прогресса Проводника.' };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, error: 'Это не файл прогресса Проводника: файл повреждён или другого вида.' };
  }
  if (!v.is(FileSchema, raw)) return { ok: false, error: 'Это не файл прогресса Проводника.' };
  if (raw.version !== FILE_VERSION) return { ok: false, error: 'Файл сохранён другой версией Проводника, его не прочитать.' };
  if (!v.is(ProgressSchema, raw.progress)) return { ok: false, error: 'В файле есть повреждённые или незнакомые записи. Ничего не изменено.' };
  const progress = sanitize(raw.progress, SCENARIOS);
  // Everything in the file must survive the check: no half-imports of a damaged file.
  if (canonical(progress) !== canonical(raw.progress)) {
    return { ok: false, error: 'В файле есть повреждённые или незнакомые записи. Ничего не изменено.' };
  }
  return { ok: true, progress };
}
