import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { SCENARIOS, stepCode } from '../../catalogue';
import type { Scenario } from '../../catalogue/types';
import { activate, deactivate, EMPTY_PROGRESS, goTo, nextStepIndex, reset, stepViews, type Progress, type StepView } from '../../engine/progress';
import { changeProgress, loadProgress, watchProgress } from '../../storage/progress';
import { EMPTY_SETTINGS, effectiveSettings, loadManaged, loadSettings, orderScenarios, watchSettings, type Managed, type Settings } from '../../storage/settings';
import { t, uiLang, type MessageKey } from '../i18n';
import { Notice } from './Notice';
import { RegionAccess } from './RegionAccess';
import { SiteCheck } from './SiteCheck';
import { Report } from './Report';
import { Teachers } from './Teachers';

const WHO: Record<string, MessageKey> = { parent: 'whoParent', child: 'whoChild', teacher: 'whoTeacher', pupil: 'whoPupil' };

const MARK: Record<StepView, string> = { done: '✓', skipped: '–', current: '➜', next: '○' };
const MARK_LABEL: Record<StepView, MessageKey> = { done: 'markDone', skipped: 'markSkipped', current: 'markCurrent', next: 'markNext' };

/** The checklist: choose a scenario, see every step, what is done and what is next. */
export function Popup() {
  const [progress, setProgress] = useState<Progress>(EMPTY_PROGRESS);
  const [loaded, setLoaded] = useState(false);
  const [settings, setSettings] = useState<Settings>(EMPTY_SETTINGS);
  const [managed, setManaged] = useState<Managed>({});
  useEffect(() => {
    void loadProgress().then((p) => {
      setProgress(p);
      setLoaded(true);
    });
    void loadSettings().then(setSettings);
    void loadManaged().then(setManaged);
    const unwatchSettings = watchSettings(setSettings);
    const unwatchProgress = watchProgress(setProgress);
    return () => {
      unwatchSettings();
      unwatchProgress();
    };
  }, []);
  const eff = effectiveSettings(settings, managed);
  useEffect(() => {
    document.documentElement.dataset.textSize = eff.textSize;
  }, [eff.textSize]);

  const active = SCENARIOS.find((s) => s.id === progress.active);
  const change = (f: (p: Progress) => Progress) => void changeProgress(f).then(setProgress);
  const offered = orderScenarios(eff, managed, progress.active);

  return (
    <main class="popup" aria-busy={!loaded} lang={uiLang()}>
      <h1>{t('extName')}</h1>
      <SiteCheck />
      <Notice />
      {active ? (
        <ActiveScenario scenario={active} progress={progress} change={change} support={eff.supportView} />
      ) : (
        <p class="lead">{t('popupLead')}</p>
      )}
      <section aria-labelledby="all-scenarios">
        <h2 id="all-scenarios">{active ? t('otherTasks') : t('tasks')}</h2>
        <ul class="scenarios">
          {offered.map((s) => {
            const sp = progress.scenarios[s.id];
            const started = sp && Object.keys(sp.steps).length > 0;
            return (
              <li key={s.id} class={s.id === active?.id ? 'is-active' : ''}>
                <div class="scenario-head" lang="ru">
                  <strong>{s.title}</strong>
                  <span class="audience">{s.audience}</span>
                </div>
                <button
                  type="button"
                  data-scenario={s.id}
                  aria-pressed={s.id === active?.id}
                  onClick={() => change((p) => activate(p, s.id, Date.now()))}
                >
                  {s.id === active?.id ? t('chosen') : started ? t('resume') : t('start')}
                </button>
              </li>
            );
          })}
        </ul>
      </section>
      <RegionAccess />
      <Teachers />
      <Report />
      <nav class="links" aria-label="Справка и настройки">
        <button type="button" class="link" data-action="help" onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('/help.html') })}>
          Номера шагов (справка)
        </button>
        <button type="button" class="link" data-action="options" onClick={() => void browser.runtime.openOptionsPage()}>
          Настройки
        </button>
      </nav>
    </main>
  );
}

function ActiveScenario({
  scenario,
  progress,
  change,
  support,
}: {
  scenario: Scenario;
  progress: Progress;
  change: (f: (p: Progress) => Progress) => void;
  /** support view: step ids, «Перейти к шагу…» */
  support: boolean;
}) {
  const [goal, setGoal] = useState(scenario.steps[0]!.id);
  const sp = progress.scenarios[scenario.id];
  const views = stepViews(scenario, sp);
  const nextIndex = nextStepIndex(scenario, sp);
  const next = scenario.steps[nextIndex];
  const opens = next ? scenario.steps.slice(0, nextIndex + 1).reverse().find((s) => s.opens)?.opens : undefined;
  // Whose account: said on each step only where the scenario switches between people.
  const mixed = new Set(scenario.steps.map((s) => s.who)).size > 1;
  return (
    <section class="active" aria-labelledby="active-title">
      <h2 id="active-title" lang="ru">
        {scenario.title}
      </h2>
      <p class="audience" lang="ru">
        {scenario.audience}
      </p>
      <details open={!sp || Object.keys(sp.steps).length === 0}>
        <summary>{t('needs')}</summary>
        <ul class="needs" lang="ru">
          {scenario.needs.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      </details>
      {next ? (
        <p class="now">
          {t('now')} <strong lang="ru">{next.title}</strong>{' '}
          <span class="code" data-step-code>
            {stepCode(scenario, next.id)}
          </span>
        </p>
      ) : (
        <p class="now">
          <strong>{t('allDone')}</strong>{' '}
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
              {support ? (
                <span class="code step-code" data-support-id>
                  {stepCode(scenario, step.id)} {step.id}
                </span>
              ) : null}
              <span lang="ru">{step.title}</span>
              <span class="sr"> — {t(MARK_LABEL[views[i]!])}</span>
              {step.who && mixed ? <span class="who"> · {t(WHO[step.who]!)}</span> : null}
              {step.optional ? <span class="who"> · {t('mayNotBeNeeded')}</span> : null}
              {step.wait ? (
                <span class="wait">
                  <span aria-hidden="true">⏳ </span>
                  {step.wait}
                </span>
              ) : null}
              {step.branch && views[i] !== 'done' && SCENARIOS.some((x) => x.id === step.branch!.scenario) ? (
                <span class="branch">
                  {step.branch.when}{' '}
                  <button type="button" class="link" data-branch={step.branch.scenario} onClick={() => change((p) => activate(p, step.branch!.scenario, Date.now()))}>
                    {SCENARIOS.find((x) => x.id === step.branch!.scenario)!.title}
                  </button>
                </span>
              ) : null}
            </span>
          </li>
        ))}
      </ol>
      {support ? (
        <div class="goto">
          <label class="field">
            Перейти к шагу…
            <select data-input="goto-step" value={goal} onChange={(e) => setGoal((e.target as HTMLSelectElement).value)}>
              {scenario.steps.map((step) => (
                <option key={step.id} value={step.id}>
                  {stepCode(scenario, step.id)} — {step.title}
                </option>
              ))}
            </select>
          </label>
          <button type="button" data-action="goto" onClick={() => change((p) => goTo(p, scenario, goal, Date.now()))}>
            Перейти
          </button>
        </div>
      ) : null}
      <div class="actions">
        {opens ? (
          <button type="button" class="primary" data-action="open-site" onClick={() => void browser.tabs.create({ url: opens })}>
            {t('openSite')}
          </button>
        ) : null}
        <button type="button" data-action="reset" onClick={() => change((p) => reset(p, scenario.id, Date.now()))}>
          {t('startOver')}
        </button>
        <button type="button" data-action="close" onClick={() => change(deactivate)}>
          {t('closeTask')}
        </button>
      </div>
    </section>
  );
}
