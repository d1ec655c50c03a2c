import type { PageKey } from '../catalogue/pages';
import { SIDE_SCREENS } from '../catalogue/side-screens';
import type { Scenario, Step } from '../catalogue/types';

/**
 * A site's own screens in between the steps (ESIA's code, captcha, MAX offer, «Войти как»,
 * password change: src/catalogue/side-screens.ts). A scenario has them where one of its
 * steps is a plain page of theirs: a step whose page is their page by address alone (no
 * `shows`), as the ESIA sign-in is the ESIA login page. Such a side screen, when the page
 * shows it, wins over the step, keeps that step's number and is no checklist step.
 */
export interface SideScreens {
  /** the scenario's side screens, in order of preference */
  readonly screens: readonly Step[];
  /** the step they stand in for (its index in the scenario) */
  readonly index: number;
}

const keysOf = (step: Step): Set<PageKey> => new Set(step.page.flatMap((p) => p.url));

const cache = new WeakMap<Scenario, SideScreens | null>();

export function sideScreensOf(scenario: Scenario, all: readonly Step[] = SIDE_SCREENS): SideScreens | null {
  if (all === SIDE_SCREENS && cache.has(scenario)) return cache.get(scenario)!;
  let found: SideScreens | null = null;
  for (let index = 0; index < scenario.steps.length && !found; index++) {
    const plain = scenario.steps[index]!.page.filter((p) => !p.shows && p.url.length > 0).flatMap((p) => p.url);
    const screens = all.filter((s) => plain.some((k) => keysOf(s).has(k)));
    if (screens.length > 0) found = { screens, index };
  }
  if (all === SIDE_SCREENS) cache.set(scenario, found);
  return found;
}
