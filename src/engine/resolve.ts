import type { PageSpec, Scenario, Step } from '../catalogue/types';
import { onPage } from '../catalogue/pages';
import { atMatches } from '../catalogue/at';
import { isShown, locate, type Located, type PageScan } from './locate';
import { reveal } from './reveal';
import { sideScreensOf } from './side-screens';

export type StepState = 'found' | 'searching' | 'done';

export interface Recognised {
  readonly step: Step;
  readonly index: number;
  /** the page itself shows the step complete */
  readonly pageDone: boolean;
  readonly located: Located | null;
  /** the target is hidden behind `located` (a closed menu, tab, section): its name, to say «Откройте …» */
  readonly reveals: string | null;
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

/** Where the step's target is: on the page, or behind the one control that reveals it. */
function target(scan: PageScan, step: Step): { located: Located | null; reveals: string | null } {
  if (!step.target) return { located: null, reveals: null };
  const located = locate(scan, step.target, step.not);
  if (located.kind === 'found') {
    // A control the catalogue names as the way in (a user menu's button): say what it opens.
    const el = located.element;
    const opener = el.matches('[aria-haspopup],[aria-expanded="false"],[aria-controls]') ? reveal(scan, step.target) : null;
    return { located, reveals: opener?.control === el ? opener.name : null };
  }
  if (located.kind !== 'missing') return { located, reveals: null };
  const way = reveal(scan, step.target);
  return way ? { located: { kind: 'found', element: way.control }, reveals: way.name } : { located, reveals: null };
}

/**
 * Which step of the scenario this page is. Follows the page, not a cursor: of the steps
 * whose page matches, the furthest one wins (a page that shows a later step's signs has
 * moved past the earlier ones, e.g. the «Чаты» dialog open over the desktop). Where
 * several steps happen on one and the same page, a later step's page says `after`: it
 * counts once the earlier step is `behind` the person.
 *
 * The step the person is on (the first not behind them) is one more sign: on its own
 * address, with its own control in sight (or behind one control that reveals it), it is
 * this page — rather than an earlier step already behind them whose signs the page still
 * shows, or no step at all.
 */
export function recognise(scenario: Scenario, url: URL, scan: PageScan, behind: Behind = nothingBehind): Recognised | null {
  // A side screen (ESIA asking for a code, say) wins over the step whose page it is on.
  const sides = sideScreensOf(scenario);
  const side = sides?.screens.find((s) => s.page.some((page) => pageMatches(page, url, scan)));
  if (side) return { step: side, index: sides!.index, pageDone: false, located: side.target ? locate(scan, side.target) : null, reveals: null, side: true };
  let matched: Recognised | null = null;
  for (let index = scenario.steps.length - 1; index >= 0 && !matched; index--) {
    const step = scenario.steps[index]!;
    if (!step.page.some((page) => pageMatches(page, url, scan, behind))) continue;
    const pageDone = step.done !== undefined && step.done.every((q) => isShown(scan, q));
    matched = { step, index, pageDone, ...(pageDone ? { located: null, reveals: null } : target(scan, step)) };
  }
  if (matched && !behind(matched.step.id)) return matched;
  const index = awayIndex(scenario, behind);
  const current = scenario.steps[index];
  if (!current || (matched && index <= matched.index) || !current.target || !current.page.some((p) => onPage(p.url, url))) return matched;
  // On a page no step matched, its control must say which step it is: a one-word name
  // alone («Продолжить», «Создать») is on many screens of one address. (Over a step already
  // behind the person, the current one is the better reading whatever its control's name.)
  if (!matched) {
    const first = current.target.find((q) => locate(scan, [q], current.not).kind === 'found' || reveal(scan, [q]) !== null);
    if (!first || !(first.within || first.selector || (first.name ?? []).every((n) => n.trim().includes(' ')))) return null;
  }
  const own = target(scan, current);
  if (own.located?.kind !== 'found') return matched;
  return { step: current, index, pageDone: false, ...own };
}

/** The step the person is on when this page is none of the scenario's: the first one not behind them (-1: all are). */
export function awayIndex(scenario: Scenario, behind: Behind): number {
  const steps = scenario.steps;
  // (An optional step the person went past is not where they are.)
  return steps.findIndex((s, i) => !behind(s.id) && !(s.optional && steps.slice(i + 1).some((later) => behind(later.id))));
}
