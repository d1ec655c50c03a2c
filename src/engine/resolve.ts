import type { PageSpec, Scenario, Step } from '../catalogue/types';
import { onPage } from '../catalogue/pages';
import { atMatches } from '../catalogue/at';
import { isShown, locate, type Located, type PageScan } from './locate';
import { sideScreensOf } from './side-screens';

export type StepState = 'found' | 'searching' | 'done';

export interface Recognised {
  readonly step: Step;
  readonly index: number;
  /** the page itself shows the step complete */
  readonly pageDone: boolean;
  readonly located: Located | null;
  /** a site's own screen in between (src/catalogue/side-screens.ts): `index` is the step it stands in for */
  readonly side?: true;
}

/** Whether a step is behind the person (seen done, or said done); none by default. */
export type Behind = (stepId: string) => boolean;
const nothingBehind: Behind = () => false;

export function pageMatches(spec: PageSpec, url: URL, scan: PageScan, behind: Behind = nothingBehind): boolean {
  if (spec.after !== undefined && !behind(spec.after)) return false;
  if (!onPage(spec.url, url) && !atMatches(spec.at, url)) return false;
  if (spec.shows && !spec.shows.every((q) => isShown(scan, q))) return false;
  if (spec.hides && spec.hides.some((q) => isShown(scan, q))) return false;
  return true;
}

/**
 * Which step of the scenario this page is. Follows the page, not a cursor: of the steps
 * whose page matches, the furthest one wins (a page that shows a later step's signs has
 * moved past the earlier ones, e.g. the «Чаты» dialog open over the desktop). Where
 * several steps happen on one and the same page, a later step's page says `after`: it
 * counts once the earlier step is `behind` the person.
 */
export function recognise(scenario: Scenario, url: URL, scan: PageScan, behind: Behind = nothingBehind): Recognised | null {
  // A side screen (ESIA asking for a code, say) wins over the step whose page it is on.
  const sides = sideScreensOf(scenario);
  const side = sides?.screens.find((s) => s.page.some((page) => pageMatches(page, url, scan)));
  if (side) return { step: side, index: sides!.index, pageDone: false, located: side.target ? locate(scan, side.target) : null, side: true };
  for (let index = scenario.steps.length - 1; index >= 0; index--) {
    const step = scenario.steps[index]!;
    if (!step.page.some((page) => pageMatches(page, url, scan, behind))) continue;
    const pageDone = step.done !== undefined && step.done.every((q) => isShown(scan, q));
    const located = !pageDone && step.target ? locate(scan, step.target, step.not) : null;
    return { step, index, pageDone, located };
  }
  return null;
}
