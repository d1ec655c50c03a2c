import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { findScenario, SCENARIOS } from '../catalogue';
import { createGuide } from '../engine/guide';
import { markByPerson, reached } from '../engine/progress';
import { changeProgress, loadProgress, watchProgress } from '../storage/progress';
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
    render: overlay.show,
    stored: (scenario, stepId) => progress.scenarios[scenario.id]?.steps[stepId] !== undefined,
    reached: (scenario, stepId, pageDone) =>
      void changeProgress((p) => (p.active === scenario.id ? reached(p, scenario, stepId, pageDone, Date.now()) : p)),
  });
  guide.setScenario(activeScenario);
  const unwatch = watchProgress((p) => {
    progress = p;
    activeScenario = SCENARIOS.find((s) => s.id === p.active) ?? null;
    guide.setScenario(activeScenario);
    guide.refresh();
  });
  ctx.onInvalidated(unwatch);
}
