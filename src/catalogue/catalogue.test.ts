import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import * as v from 'valibot';
import { findScenario, SCENARIOS, stepCode } from '.';
import { ScenarioSchema } from './schema';

/**
 * `## scenario-id — …` followed by numbered `` `step-id` `` lines in docs/SCENARIOS.md, the
 * public contract as the product owner wrote it (a copy kept in the project, so that a clone
 * alone checks it).
 */
function contractIds(): Map<string, string[]> {
  const file = resolve(__dirname, '../../docs/SCENARIOS.md');
  const ids = new Map<string, string[]>();
  let current: string[] | undefined;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const h = /^## ([a-z0-9-]+) — /.exec(line);
    if (h) ids.set(h[1]!, (current = []));
    else if (line.startsWith('## ')) current = undefined;
    const s = /^\d+\. `([a-z0-9-]+)`/.exec(line);
    if (s && current) current.push(s[1]!);
  }
  return ids;
}

describe('catalogue', () => {
  const contract = contractIds();

  test('scenario ids and numbers are unique', () => {
    expect(new Set(SCENARIOS.map((s) => s.id)).size).toBe(SCENARIOS.length);
    expect(new Set(SCENARIOS.map((s) => s.number)).size).toBe(SCENARIOS.length);
  });

  for (const scenario of SCENARIOS) {
    describe(scenario.id, () => {
      test('is plain data of the catalogue schema, its references resolve', () => {
        const r = v.safeParse(ScenarioSchema, scenario);
        expect(r.issues?.map((i) => `${v.getDotPath(i)}: ${i.message}`) ?? []).toEqual([]);
        scenario.steps.forEach((step, i) => {
          for (const page of step.page) if (page.after) expect(scenario.steps.slice(0, i).map((s) => s.id), `${step.id} after`).toContain(page.after);
          if (step.branch) expect(findScenario(step.branch.scenario), `${step.id} branch`).toBeDefined();
        });
        expect(scenario.roles.length).toBeGreaterThan(0);
      });

      test('has every step of SCENARIOS.md, in its order, with the same ids', () => {
        const expected = contract.get(scenario.id);
        expect(expected, 'scenario is in SCENARIOS.md').toBeDefined();
        const ids = scenario.steps.map((s) => s.id);
        expect(ids.filter((id) => expected!.includes(id))).toEqual(expected);
        expect(new Set(ids).size).toBe(ids.length);
      });

      test('hints are short and plain', () => {
        for (const step of scenario.steps) {
          const sentences = step.hint.split(/(?<=[.!?…])\s+/).filter(Boolean);
          expect(sentences.length, `${step.id}: at most two sentences`).toBeLessThanOrEqual(2);
          expect(step.hint.length, `${step.id}: hint length`).toBeLessThanOrEqual(160);
          expect(step.title.length, `${step.id}: title length`).toBeLessThanOrEqual(60);
          expect(step.instruction.length, `${step.id}: has a written instruction`).toBeGreaterThan(20);
          // Quotes are the Russian «», never "".
          expect(step.hint, step.id).not.toMatch(/["“”]/);
        }
      });

      test('what to have at hand is listed', () => {
        expect(scenario.needs.length).toBeGreaterThan(0);
        expect(scenario.audience.length).toBeGreaterThan(0);
      });

      test('steps with nothing to press say when they are done', () => {
        for (const step of scenario.steps) {
          if (!step.target) expect(step.done ?? step.optional ?? step.wait, step.id).toBeDefined();
        }
      });
    });
  }
});

describe('step codes for support', () => {
  test('the README lists every step code with its step title', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    for (const s of SCENARIOS) for (const st of s.steps) expect(readme, stepCode(s, st.id)).toContain(`\`${stepCode(s, st.id)}\` ${st.title}`);
  });
});
