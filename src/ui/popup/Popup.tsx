import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { SCENARIOS, stepCode } from '../../catalogue';
import type { Scenario } from '../../catalogue/types';
import { activate, deactivate, EMPTY_PROGRESS, nextStepIndex, reset, stepViews, type Progress, type StepView } from '../../engine/progress';
import { changeProgress, loadProgress, watchProgress } from '../../storage/progress';
import { RegionAccess } from './RegionAccess';
import { Teachers } from './Teachers';

const WHO: Record<string, string> = {
  parent: 'в учётной записи родителя',
  child: 'в учётной записи ребёнка',
  teacher: 'у учителя',
  pupil: 'у ученика',
};

const MARK: Record<StepView, string> = { done: '✓', skipped: '–', current: '➜', next: '○' };
const MARK_LABEL: Record<StepView, string> = {
  done: 'сделано',
  skipped: 'пропущено',
  current: 'сейчас',
  next: 'впереди',
};

/** The checklist: choose a scenario, see every step, what is done and what is next. */
export function Popup() {
  const [progress, setProgress] = useState<Progress>(EMPTY_PROGRESS);
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    void loadProgress().then((p) => {
      setProgress(p);
      setLoaded(true);
    });
    return watchProgress(setProgress);
  }, []);

  const active = SCENARIOS.find((s) => s.id === progress.active);
  const change = (f: (p: Progress) => Progress) => void changeProgress(f).then(setProgress);

  return (
    <main class="popup" aria-busy={!loaded}>
      <h1>Проводник</h1>
      {active ? (
        <ActiveScenario scenario={active} progress={progress} change={change} />
      ) : (
        <p class="lead">Выберите, что нужно сделать. Проводник покажет на сайте, куда нажать.</p>
      )}
      <section aria-labelledby="all-scenarios">
        <h2 id="all-scenarios">{active ? 'Другие задачи' : 'Задачи'}</h2>
        <ul class="scenarios">
          {SCENARIOS.map((s) => {
            const sp = progress.scenarios[s.id];
            const started = sp && Object.keys(sp.steps).length > 0;
            return (
              <li key={s.id} class={s.id === active?.id ? 'is-active' : ''}>
                <div class="scenario-head">
                  <strong>{s.title}</strong>
                  <span class="audience">{s.audience}</span>
                </div>
                <button
                  type="button"
                  data-scenario={s.id}
                  aria-pressed={s.id === active?.id}
                  onClick={() => change((p) => activate(p, s.id, Date.now()))}
                >
                  {s.id === active?.id ? 'Выбрано' : started ? 'Продолжить' : 'Начать'}
                </button>
              </li>
            );
          })}
        </ul>
      </section>
      <RegionAccess />
      <Teachers />
    </main>
  );
}

function ActiveScenario({
  scenario,
  progress,
  change,
}: {
  scenario: Scenario;
  progress: Progress;
  change: (f: (p: Progress) => Progress) => void;
}) {
  const sp = progress.scenarios[scenario.id];
  const views = stepViews(scenario, sp);
  const nextIndex = nextStepIndex(scenario, sp);
  const next = scenario.steps[nextIndex];
  const opens = next ? scenario.steps.slice(0, nextIndex + 1).reverse().find((s) => s.opens)?.opens : undefined;
  // Whose account: said on each step only where the scenario switches between people.
  const mixed = new Set(scenario.steps.map((s) => s.who)).size > 1;
  return (
    <section class="active" aria-labelledby="active-title">
      <h2 id="active-title">{scenario.title}</h2>
      <p class="audience">{scenario.audience}</p>
      <details open={!sp || Object.keys(sp.steps).length === 0}>
        <summary>Что нужно под рукой</summary>
        <ul class="needs">
          {scenario.needs.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      </details>
      {next ? (
        <p class="now">
          Сейчас: <strong>{next.title}</strong>{' '}
          <span class="code" data-step-code>
            {stepCode(scenario, next.id)}
          </span>
        </p>
      ) : (
        <p class="now">
          <strong>Все шаги пройдены.</strong>{' '}
          <span class="code" data-step-code>
            {stepCode(scenario, scenario.steps[scenario.steps.length - 1]!.id)}
          </span>
        </p>
      )}
      <ol class="steps">
        {scenario.steps.map((step, i) => (
          <li key={step.id} class={`step ${views[i]}`} data-step-id={step.id} aria-current={views[i] === 'current' ? 'step' : undefined}>
            <span class="mark" aria-hidden="true">
              {MARK[views[i]!]}
            </span>
            <span class="step-text">
              {step.title}
              <span class="sr"> — {MARK_LABEL[views[i]!]}</span>
              {step.who && mixed ? <span class="who"> · {WHO[step.who]}</span> : null}
              {step.optional ? <span class="who"> · может не понадобиться</span> : null}
              {step.wait ? (
                <span class="wait">
                  <span aria-hidden="true">⏳ </span>
                  {step.wait}
                </span>
              ) : null}
              {step.branch && views[i] !== 'done' ? (
                <span class="branch">
                  {step.branch.when}{' '}
                  <button type="button" class="link" data-branch={step.branch.scenario} onClick={() => change((p) => activate(p, step.branch!.scenario, Date.now()))}>
                    {SCENARIOS.find((x) => x.id === step.branch!.scenario)?.title ?? step.branch.scenario}
                  </button>
                </span>
              ) : null}
            </span>
          </li>
        ))}
      </ol>
      <div class="actions">
        {opens ? (
          <button type="button" class="primary" data-action="open-site" onClick={() => void browser.tabs.create({ url: opens })}>
            Открыть сайт
          </button>
        ) : null}
        <button type="button" data-action="reset" onClick={() => change((p) => reset(p, scenario.id, Date.now()))}>
          Начать заново
        </button>
        <button type="button" data-action="close" onClick={() => change(deactivate)}>
          Закрыть задачу
        </button>
      </div>
    </section>
  );
}
