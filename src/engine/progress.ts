import * as v from 'valibot';
import type { Scenario } from '../catalogue/types';
import { StepRecordSchema } from '../storage/progress-schema';

/**
 * The person's progress: which scenario is active and, per scenario, which steps are
 * done or skipped and when. Only catalogue ids and times: nothing from the page.
 */
export type StepStatus = 'done' | 'skipped';

export interface StepRecord {
  readonly status: StepStatus;
  /** epoch ms */
  readonly at: number;
  /** recognised from the page, or said by the person */
  readonly by: 'page' | 'person';
}

export interface ScenarioProgress {
  /** the step last recognised on a page (or moved to by hand) */
  readonly current: string | null;
  readonly steps: Readonly<Record<string, StepRecord>>;
  readonly updatedAt: number;
}

export interface Progress {
  readonly active: string | null;
  readonly scenarios: Readonly<Record<string, ScenarioProgress>>;
}

export const EMPTY_PROGRESS: Progress = { active: null, scenarios: {} };

const emptyScenario = (now: number): ScenarioProgress => ({ current: null, steps: {}, updatedAt: now });

export function activate(p: Progress, scenarioId: string, now: number): Progress {
  return {
    active: scenarioId,
    scenarios: { ...p.scenarios, [scenarioId]: p.scenarios[scenarioId] ?? emptyScenario(now) },
  };
}

export function reset(p: Progress, scenarioId: string, now: number): Progress {
  return { ...p, scenarios: { ...p.scenarios, [scenarioId]: emptyScenario(now) } };
}

export function deactivate(p: Progress): Progress {
  return { ...p, active: null };
}

function update(p: Progress, scenarioId: string, f: (s: ScenarioProgress) => ScenarioProgress): Progress {
  const before = p.scenarios[scenarioId] ?? emptyScenario(0);
  const after = f(before);
  return after === before ? p : { ...p, scenarios: { ...p.scenarios, [scenarioId]: after } };
}

/**
 * The page showed step `stepId`: it is current, and every earlier step is behind the
 * person (done, or skipped when it was optional and never seen). Returns `p` itself
 * when nothing changes, so callers can skip the write.
 */
export function reached(p: Progress, scenario: Scenario, stepId: string, pageDone: boolean, now: number): Progress {
  const index = scenario.steps.findIndex((s) => s.id === stepId);
  if (index < 0) return p;
  return update(p, scenario.id, (s) => {
    let steps = s.steps;
    let changed = s.current !== stepId;
    const mark = (id: string, status: StepStatus) => {
      if (steps[id]) return;
      steps = { ...steps, [id]: { status, at: now, by: 'page' } };
      changed = true;
    };
    scenario.steps.slice(0, index).forEach((step) => mark(step.id, step.optional && s.current !== step.id ? 'skipped' : 'done'));
    if (pageDone) mark(stepId, 'done');
    return changed ? { current: stepId, steps, updatedAt: now } : s;
  });
}

/** The person pressed «Я сделал(а) это» or «Пропустить». */
export function markByPerson(p: Progress, scenario: Scenario, stepId: string, status: StepStatus, now: number): Progress {
  if (!scenario.steps.some((s) => s.id === stepId)) return p;
  return update(p, scenario.id, (s) => ({
    current: s.current ?? stepId,
    steps: { ...s.steps, [stepId]: { status, at: now, by: 'person' } },
    updatedAt: now,
  }));
}

/** Support: move the scenario to a step; what lies after it is undone. */
export function goTo(p: Progress, scenario: Scenario, stepId: string, now: number): Progress {
  const index = scenario.steps.findIndex((s) => s.id === stepId);
  if (index < 0) return p;
  return update(p, scenario.id, (s) => {
    const steps: Record<string, StepRecord> = {};
    scenario.steps.slice(0, index).forEach((step) => {
      steps[step.id] = s.steps[step.id] ?? { status: 'done', at: now, by: 'person' };
    });
    return { current: stepId, steps, updatedAt: now };
  });
}

export type StepView = 'done' | 'skipped' | 'current' | 'next';

/** The step the person should do now: the first one not behind them. */
export function nextStepIndex(scenario: Scenario, s: ScenarioProgress | undefined): number {
  const i = scenario.steps.findIndex((step) => !s?.steps[step.id]);
  return i < 0 ? scenario.steps.length : i;
}

export function stepViews(scenario: Scenario, s: ScenarioProgress | undefined): StepView[] {
  const next = nextStepIndex(scenario, s);
  return scenario.steps.map((step, i) => {
    const rec = s?.steps[step.id];
    if (rec) return rec.status;
    return i === next ? 'current' : 'next';
  });
}

export const isComplete = (scenario: Scenario, s: ScenarioProgress | undefined): boolean =>
  nextStepIndex(scenario, s) >= scenario.steps.length;

/**
 * Whatever was stored, a valid Progress: unknown scenarios and steps are dropped,
 * anything malformed is replaced by a clean state. Never throws.
 */
export function sanitize(raw: unknown, catalogue: readonly Scenario[]): Progress {
  if (!isObject(raw)) return EMPTY_PROGRESS;
  const byId = new Map(catalogue.map((s) => [s.id, s]));
  const scenarios: Record<string, ScenarioProgress> = {};
  if (isObject(raw.scenarios)) {
    for (const [id, value] of Object.entries(raw.scenarios)) {
      const scenario = byId.get(id);
      if (!scenario || !isObject(value)) continue;
      const ids = new Set(scenario.steps.map((s) => s.id));
      const steps: Record<string, StepRecord> = {};
      if (isObject(value.steps)) {
        for (const [stepId, rec] of Object.entries(value.steps)) {
          if (!ids.has(stepId) || !isObject(rec)) continue;
          // (A record with an unknown `by` is kept, as said by the page.)
          const r = { ...rec, by: undefined };
          if (v.is(StepRecordSchema, r)) steps[stepId] = { status: r.status, at: r.at, by: rec.by === 'person' ? 'person' : 'page' };
        }
      }
      const current = typeof value.current === 'string' && ids.has(value.current) ? value.current : null;
      const updatedAt = typeof value.updatedAt === 'number' && Number.isFinite(value.updatedAt) ? value.updatedAt : 0;
      scenarios[id] = { current, steps, updatedAt };
    }
  }
  const active = typeof raw.active === 'string' && byId.has(raw.active) ? raw.active : null;
  return { active, scenarios };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
