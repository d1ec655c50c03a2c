import { findScenario } from '../catalogue';
import { applyFixes } from '../catalogue/fixes';
import type { Fix, Scenario } from '../catalogue/types';
import { addFixes, loadFixes, watchOwnFixes, type Fixes } from '../storage/fixes';

/**
 * The active scenario with the field fixes of this computer merged in (the administrator's
 * and the person's own, catalogue/fixes.ts): the same object while neither the scenario nor
 * the fixes change, so the guide is not restarted on every progress write.
 */
export async function fixedScenarios(onChange: () => void): Promise<{ scenario(id: string | null): Scenario | null; save(fix: Fix): Promise<unknown>; unwatch(): void }> {
  let fixes: Fixes = await loadFixes();
  let cache: { id: string; scenario: Scenario } | null = null;
  const unwatch = watchOwnFixes((own) => {
    fixes = { ...fixes, own };
    cache = null;
    onChange();
  });
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
