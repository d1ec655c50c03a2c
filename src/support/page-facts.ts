import type { Scenario, Step } from '../catalogue/types';
import type { GuideView } from '../engine/guide';
import { isShown, locate, type PageScan } from '../engine/locate';
import { nextStepIndex, type ScenarioProgress } from '../engine/progress';
import { onPage } from '../catalogue/pages';
import { maskPath, MAX_SIGNALS, type PageFacts, type Signal } from './diagnostics';

/**
 * The page as the guide recognised it, for the support report: the host, the masked
 * path, the step and its state, and which of the step's catalogue signals the page shows.
 * Reads only what the guide itself reads (visibility and accessible names, never values).
 */
export function pageFacts(
  url: URL,
  scan: PageScan,
  scenario: Scenario | null,
  view: GuideView | null,
  progress: ScenarioProgress | undefined,
  now: number,
): PageFacts {
  const expected = scenario ? scenario.steps[nextStepIndex(scenario, progress)] : undefined;
  const checked = view?.step ?? expected ?? null;
  return {
    at: now,
    host: url.host,
    path: maskPath(url.pathname),
    scenario: scenario?.id ?? null,
    step: view?.step.id ?? null,
    state: view?.state ?? 'none',
    reason: view?.reason ?? null,
    checked: checked?.id ?? null,
    signals: checked ? signalsOf(checked, url, scan).slice(0, MAX_SIGNALS) : [],
  };
}

export function signalsOf(step: Step, url: URL, scan: PageScan): Signal[] {
  const out: Signal[] = [];
  step.page.forEach((page, p) => {
    out.push({ group: 'url', page: p, index: 0, ok: safe(() => onPage(page.url, url)) });
    page.shows?.forEach((q, i) => out.push({ group: 'shows', page: p, index: i, ok: safe(() => isShown(scan, q)) }));
    page.hides?.forEach((q, i) => out.push({ group: 'hides', page: p, index: i, ok: !safe(() => isShown(scan, q)) }));
  });
  step.done?.forEach((q, i) => out.push({ group: 'done', page: 0, index: i, ok: safe(() => isShown(scan, q)) }));
  (step.target ?? []).forEach((q, i) => out.push({ group: 'target', page: 0, index: i, ok: safe(() => locate(scan, [q]).kind === 'found') }));
  return out;
}

const safe = (f: () => boolean): boolean => {
  try {
    return f();
  } catch {
    return false;
  }
};
