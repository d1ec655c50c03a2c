import * as v from 'valibot';
import { personalValue } from '../ui/presenter/personal';
import { atHost } from './at';
import { FixSchema } from './schema';
import { OFFICIAL_HOSTS, REGIONAL_DIARIES } from './sites';
import type { ElementQuery, Fix, Scenario, Step } from './types';

/**
 * Field fixes (SCENARIOS.md «Field fixes»): patches to steps, in the catalogue's format,
 * made on a page by a person (the overlay) or handed on by school IT (a file, the managed
 * policy). Each is checked by the catalogue's own schema (schema.ts `FixSchema`) and against
 * the catalogue (its scenario and step exist), and, when it comes from outside, for hosts
 * and personal values.
 */

const same = (a: Fix, b: Fix) => JSON.stringify(a) === JSON.stringify(b);

/** Fixes without repeats, in order. */
export function uniqueFixes(fixes: readonly Fix[]): Fix[] {
  const out: Fix[] = [];
  for (const f of fixes) if (!out.some((o) => same(o, f))) out.push(f);
  return out;
}

const texts = (f: Fix): string[] =>
  [...(f.target ?? []), ...(f.not ?? []), ...(f.page ?? []).flatMap((p) => [...(p.shows ?? []), ...(p.hides ?? [])])].flatMap((q) => [
    ...(q.name ?? []),
    ...(q.within ?? []),
  ]);

/** What of a stored or managed value is usable fixes (anything else is left out; never throws). */
export function sanitizeFixes(raw: unknown, catalogue: readonly Scenario[]): Fix[] {
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((item) => {
    const r = v.safeParse(FixSchema, item);
    if (!r.success) return [];
    const sc = catalogue.find((s) => s.id === r.output.scenario);
    const known = sc?.steps.some((s) => s.id === r.output.step) ?? false;
    return known && texts(r.output).every((t) => personalValue(t) === null) ? [r.output] : [];
  });
}

function patch(step: Step, fixes: readonly Fix[]): Step {
  const mine = fixes.filter((f) => f.step === step.id);
  if (mine.length === 0) return step;
  const target = [...mine.flatMap((f) => f.target ?? []), ...(step.target ?? [])];
  const not = [...(step.not ?? []), ...mine.flatMap((f) => f.not ?? [])];
  return {
    ...step,
    page: [...step.page, ...mine.flatMap((f) => f.page ?? [])],
    ...(target.length ? { target } : {}),
    ...(not.length ? { not } : {}),
  };
}

/** The scenario with its fixes merged in: fix targets first, «это не то» as exclusions, fix pages as further pages. */
export function applyFixes(scenario: Scenario, fixes: readonly Fix[]): Scenario {
  const mine = fixes.filter((f) => f.scenario === scenario.id);
  return mine.length === 0 ? scenario : { ...scenario, steps: scenario.steps.map((s) => patch(s, mine)) };
}

const KIND: Record<string, string> = { press: 'кнопка', field: 'поле', check: 'флажок', heading: 'заголовок', text: 'текст' };

/** A query in plain words: «кнопка «Семья и дети» в блоке «Мои данные»». */
export function queryWords(q: ElementQuery): string {
  const name = q.name?.[0] === undefined ? '' : ` «${q.name[0]}»`;
  const within = q.within?.[0] === undefined ? '' : ` в блоке «${q.within[0]}»`;
  return `${KIND[q.kind ?? 'press'] ?? 'элемент'}${name}${within}`;
}

/** A fix in plain words, for the options page, the support report and the developer script. */
export function fixWords(f: Fix): string {
  const parts: string[] = [];
  if (f.target) parts.push(`нажать: ${f.target.map(queryWords).join(', ')}`);
  if (f.not) parts.push(`не это: ${f.not.map(queryWords).join(', ')}`);
  const at = [...new Set(f.page?.flatMap((p) => p.at ?? []) ?? [])];
  if (at.length) parts.push(`страница ${at.join(', ')}`);
  return parts.join('; ');
}

export type CheckedFixes = { readonly ok: true; readonly fixes: Fix[] } | { readonly ok: false; readonly error: string };

const MAX_TEXT = 500_000;

/**
 * Fixes arriving from outside (an imported file, pasted text, the managed policy): all of
 * them usable, or a plain-Russian reason and none at all. `hosts`: the regional hosts the
 * person granted (the official ones and the known regional diaries are always allowed).
 */
export function checkFixes(raw: unknown, catalogue: readonly Scenario[], hosts: readonly string[] = []): CheckedFixes {
  if (!Array.isArray(raw)) return { ok: false, error: 'Это не список исправлений Проводника (нужен JSON-массив [ … ]).' };
  const allowed = new Set<string>([...OFFICIAL_HOSTS, ...REGIONAL_DIARIES.map((d) => d.host), ...hosts]);
  const out: Fix[] = [];
  for (const [i, item] of raw.entries()) {
    const n = `Исправление ${i + 1}`;
    const r = v.safeParse(FixSchema, item);
    if (!r.success) return { ok: false, error: `${n}: не в том виде (${r.issues[0].message}).` };
    const f = r.output;
    const sc = catalogue.find((s) => s.id === f.scenario);
    if (!sc) return { ok: false, error: `${n}: нет задачи «${f.scenario}».` };
    if (!sc.steps.some((s) => s.id === f.step)) return { ok: false, error: `${n}: в задаче «${sc.title}» нет шага «${f.step}».` };
    const host = f.page?.flatMap((p) => p.at ?? []).map(atHost).find((h) => !allowed.has(h));
    if (host !== undefined) return { ok: false, error: `${n}: сайт ${host} — не официальный и не разрешённый сайт дневника.` };
    if (texts(f).some((t) => personalValue(t) !== null)) return { ok: false, error: `${n}: в нём личные данные (номер, почта или имя человека).` };
    out.push(f);
  }
  return { ok: true, fixes: uniqueFixes(out) };
}

/** Pasted or loaded text: JSON, then `checkFixes`. */
export function parseFixes(text: string, catalogue: readonly Scenario[], hosts: readonly string[] = []): CheckedFixes {
  if (text.length > MAX_TEXT) return { ok: false, error: 'Слишком большой файл для исправлений Проводника.' };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, error: 'Это не JSON: текст повреждён или другого вида.' };
  }
  return checkFixes(raw, catalogue, hosts);
}
