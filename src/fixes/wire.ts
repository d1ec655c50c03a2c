import { findScenario } from '../catalogue';
import { applyFixes } from '../catalogue/fixes';
import type { Fix, Scenario } from '../catalogue/types';
import { addFixes, loadManagedFixes, loadOwnFixes, watchOwnFixes, type Fixes } from '../storage/fixes';

/**
 * The active scenario with the field fixes of this computer merged in (the administrator's
 * and the person's own, catalogue/fixes.ts): the same object while neither the scenario nor
 * the fixes change, so the guide is not restarted on every progress write.
 */
export async function fixedScenarios(onChange: () => void): Promise<{ scenario(id: string | null): Scenario | null; save(fix: Fix): Promise<unknown>; unwatch(): void }> {
  // The administrator's fixes come when the browser answers: Chromium may take seconds to
  // answer `storage.managed` (its policy service), and the guide does not wait for them.
  let fixes: Fixes = { own: await loadOwnFixes(), managed: [] };
  let cache: { id: string; scenario: Scenario } | null = null;
  let stopped = false;
  void loadManagedFixes().then((managed) => {
    if (stopped || managed.length === 0) return;
    fixes = { ...fixes, managed };
    cache = null;
    onChange();
  });
  const unwatchOwn = watchOwnFixes((own) => {
    fixes = { ...fixes, own };
    cache = null;
    onChange();
  });
  const unwatch = () => {
    stopped = true;
    unwatchOwn();
  };
  return {
    scenario(id) {
      if (cache?.id === id) return cache.scenario;
      const base = findScenario(id);
      if (!base || !id) return null;
      cache = { id, scenario: applyFixes(base, [...fixes.managed, ...fixes.own]) };
      return cache.scenario;
    },
    save: (fix) => addFixes([fix]),
    unwatch,
  };
}
