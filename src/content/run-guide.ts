import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { findScenario, SCENARIOS } from '../catalogue';
import { createGuide, type GuideView } from '../engine/guide';
import { PageScan } from '../engine/locate';
import { markByPerson, reached } from '../engine/progress';
import { notePageFacts } from '../storage/diagnostics';
import { changeProgress, loadProgress, watchProgress } from '../storage/progress';
import { pageFacts } from '../support/page-facts';
import { createOverlay } from '../ui/overlay/mount';

/** How long a step's target may take to appear before the written instruction is shown. */
export const NOT_FOUND_AFTER_MS = 5000;

/** Wires storage, the engine and the overlay together on one page. */
export async function runGuide(ctx: ContentScriptContext): Promise<void> {
  const overlay = await createOverlay(ctx, (action, stepId) => {
    const scenario = activeScenario;
    if (!scenario) return;
    guide.markedByPerson(stepId);
    void changeProgress((p) => markByPerson(p, scenario, stepId, action === 'skip' ? 'skipped' : 'done', Date.now()));
  });
  let progress = await loadProgress();
  let activeScenario = findScenario(progress.active) ?? null;
  const guide = createGuide({
    window,
    layout: true,
    host: overlay.host,
    notFoundAfterMs: NOT_FOUND_AFTER_MS,
    signal: ctx.signal,
    render: (view) => {
      overlay.show(view);
      noteForSupport(view);
    },
    stored: (scenario, stepId) => progress.scenarios[scenario.id]?.steps[stepId] !== undefined,
    reached: (scenario, stepId, pageDone) =>
      void changeProgress((p) => (p.active === scenario.id ? reached(p, scenario, stepId, pageDone, Date.now()) : p)),
  });
  // For the support report: what the page was recognised as, noted when that changes.
  function noteForSupport(view: GuideView | null) {
    try {
      const scenario = activeScenario;
      if (!scenario && !view) return;
      const scan = new PageScan(document, true, overlay.host());
      const facts = pageFacts(new URL(location.href), scan, scenario, view, scenario ? progress.scenarios[scenario.id] : undefined, Date.now());
      void notePageFacts(facts);
    } catch {
      // never break the page for a diagnostic
    }
  }
  guide.setScenario(activeScenario);
  const unwatch = watchProgress((p) => {
    progress = p;
    activeScenario = SCENARIOS.find((s) => s.id === p.active) ?? null;
    guide.setScenario(activeScenario);
    guide.refresh();
  });
  ctx.onInvalidated(unwatch);
}
