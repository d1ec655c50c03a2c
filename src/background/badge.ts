import { browser } from 'wxt/browser';
import { findScenario } from '../catalogue';
import { isComplete, nextStepIndex, type Progress } from '../engine/progress';
import { loadProgress, watchProgress } from '../storage/progress';

/** The toolbar badge shows the number of the step to do now (✓ when all are done). */
export function badgeText(p: Progress): string {
  const scenario = findScenario(p.active);
  if (!scenario) return '';
  const s = p.scenarios[scenario.id];
  return isComplete(scenario, s) ? '✓' : String(nextStepIndex(scenario, s) + 1);
}

export function keepBadgeCurrent(): void {
  const action = browser.action ?? browser.browserAction;
  const show = (p: Progress) => {
    void action.setBadgeText({ text: badgeText(p) });
    void action.setBadgeBackgroundColor({ color: '#0d4cd3' });
  };
  void loadProgress().then(show);
  watchProgress(show);
}
