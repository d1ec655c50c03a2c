import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { SCENARIOS, stepCode } from '../../catalogue';
import type { Scenario } from '../../catalogue/types';
import { activate, deactivate, EMPTY_PROGRESS, goTo, nextStepIndex, reset, stepViews, type Progress, type StepView } from '../../engine/progress';
import { changeProgress, loadProgress, watchProgress } from '../../storage/progress';
import {
  changeSettings,
  EMPTY_SETTINGS,
  effectiveSettings,
  groupScenarios,
  loadManaged,
  loadSettings,
  ROLES,
  watchSettings,
  type Managed,
  type Role,
  type Settings,
} from '../../storage/settings';
import { t, uiLang, type MessageKey } from '../i18n';
import { Icon, type IconName } from '../icons';
import { ROLE_LABEL } from '../roles';
import { Notice } from './Notice';
import { RegionAccess } from './RegionAccess';
import { SiteCheck } from './SiteCheck';
import { Report } from './Report';
import { Teachers } from './Teachers';

const WHO: Record<string, MessageKey> = { parent: 'whoParent', child: 'whoChild', teacher: 'whoTeacher', pupil: 'whoPupil' };

const MARK: Record<StepView, IconName> = { done: 'check', skipped: 'skipped', current: 'current', next: 'next' };
const GROUP: Record<Role, MessageKey> = { parent: 'groupParent', pupil: 'groupPupil', teacher: 'groupTeacher' };
const MARK_LABEL: Record<StepView, MessageKey> = { done: 'markDone', skipped: 'markSkipped', current: 'markCurrent', next: 'markNext' };

/**
 * The checklist, for a first glance: the task in hand and its next step on top, then the
 * other tasks one line each, grouped by who does them (the person's own role first).
 * Every task's start control (`data-scenario`) is always in view: nothing is hidden in a
 * closed disclosure.
 */
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
  const groups = groupScenarios(eff, managed, progress.active);
  const setRole = (role: Role) => void changeSettings((s) => ({ ...s, role })).then(setSettings);

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
      <section aria-labelledby="all-scenarios" class="tasks">
        <h2 id="all-scenarios">{active ? t('otherTasks') : t('tasks')}</h2>
        {!active && loaded && eff.role === null ? (
          <p class="who-are-you" data-role-choice>
            <span>{t('whoAreYou')}</span>{' '}
            {ROLES.map((r) => (
              <button key={r} type="button" class="chip" data-role={r} onClick={() => setRole(r)}>
                {t(ROLE_LABEL[r])}
              </button>
            ))}
          </p>
        ) : null}
        {groups.map((g) => (
          <section key={g.role} class="group" aria-labelledby={`group-${g.role}`} data-group={g.role}>
            <h3 id={`group-${g.role}`}>{t(GROUP[g.role])}</h3>
            <ul class="scenarios">
              {g.scenarios.map((s) => {
                const sp = progress.scenarios[s.id];
                const started = sp && Object.keys(sp.steps).length > 0;
                const chosen = s.id === active?.id;
                return (
                  <li key={s.id} class={chosen ? 'task is-active' : 'task'}>
                    <button
                      type="button"
                      class="task-button"
                      data-scenario={s.id}
                      aria-pressed={chosen}
                      onClick={() => change((p) => activate(p, s.id, Date.now()))}
                    >
                      <span class="task-title" lang="ru">
                        {s.title}
                      </span>
                      {chosen || started ? <span class="task-state">{chosen ? t('chosen') : t('resume')}</span> : <span class="sr">{t('start')}</span>}
                      <Icon name="current" class="task-go" />
                    </button>
                  </li>
                );
              })}
            </ul>
          </section>
        ))}
      </section>
      <RegionAccess />
      <Teachers />
      <div class="footer">
        <nav class="links" aria-label={t('helpAndSettings')}>
          <button type="button" class="link" data-action="help" onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('/help.html') })}>
            {t('helpLink')}
          </button>
          <button type="button" class="link" data-action="options" onClick={() => void browser.runtime.openOptionsPage()}>
            {t('settingsLink')}
          </button>
        </nav>
        <Report />
      </div>
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
      <div class="actions">
        {opens ? (
          <button type="button" class="primary" data-action="open-site" onClick={() => void browser.tabs.create({ url: opens })}>
            {t('openSite')}
          </button>
        ) : null}
        <button type="button" class="quiet" data-action="reset" onClick={() => change((p) => reset(p, scenario.id, Date.now()))}>
          {t('startOver')}
        </button>
        <button type="button" class="quiet" data-action="close" onClick={() => change(deactivate)}>
          {t('closeTask')}
        </button>
      </div>
      <ol class="steps">
        {scenario.steps.map((step, i) => (
          <li key={step.id} class={`step ${views[i]}`} data-step-id={step.id} aria-current={views[i] === 'current' ? 'step' : undefined}>
            <span class="mark">
              <Icon name={MARK[views[i]!]} />
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
                  <Icon name="wait" />{' '}
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
      <details open={!sp || Object.keys(sp.steps).length === 0}>
        <summary>{t('needs')}</summary>
        <p class="audience" lang="ru">
          {scenario.audience}
        </p>
        <ul class="needs" lang="ru">
          {scenario.needs.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      </details>
      {support ? (
        <div class="goto">
          <label class="field">
            {t('gotoStep')}
            <select data-input="goto-step" value={goal} onChange={(e) => setGoal((e.target as HTMLSelectElement).value)}>
              {scenario.steps.map((step) => (
                <option key={step.id} value={step.id}>
                  {stepCode(scenario, step.id)} — {step.title}
                </option>
              ))}
            </select>
          </label>
          <button type="button" data-action="goto" onClick={() => change((p) => goTo(p, scenario, goal, Date.now()))}>
            {t('gotoButton')}
          </button>
        </div>
      ) : null}
    </section>
  );
}
