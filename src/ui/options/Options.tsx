import { useEffect, useState } from 'preact/hooks';
import { REGIONAL_DIARIES } from '../../catalogue/sites';
import { changeProgress, loadProgress } from '../../storage/progress';
import { parseProgressFile, progressFile } from '../../storage/progress-file';
import {
  EMPTY_SETTINGS,
  changeSettings,
  effectiveSettings,
  loadManaged,
  loadSettings,
  watchSettings,
  type Managed,
  type Settings,
  type TextSize,
} from '../../storage/settings';
import { SCENARIOS } from '../../catalogue';
import { RegionAccess } from '../popup/RegionAccess';
import { FixesSection } from './Fixes';
import { download, LoadFile, today } from './files';
import { t, uiLang, type MessageKey } from '../i18n';
import { ROLE_LABEL } from '../roles';

const SIZE_LABEL: Record<TextSize, MessageKey> = { normal: 'sizeNormal', large: 'sizeLarge', larger: 'sizeLarger' };
const diaries = (): readonly { host: string; name: string }[] => [
  { host: 'one.43edu.ru', name: t('diaryKirov', 'one.43edu.ru') },
  { host: 'dnevnik.ru', name: t('diaryDnevnik', 'dnevnik.ru') },
  { host: 'myschool.edu.ru', name: t('diaryMyschool', 'myschool.edu.ru') },
  ...REGIONAL_DIARIES.map((d) => ({ host: d.host, name: t('diaryNetCity', d.region, d.host) })),
];

/** The options page: the person's choices, and what the school's administrator has set. */
export function Options() {
  const [settings, setSettings] = useState<Settings>(EMPTY_SETTINGS);
  const [managed, setManaged] = useState<Managed>({});
  const [message, setMessage] = useState<{ text: string; error?: boolean } | null>(null);
  useEffect(() => {
    void loadSettings().then(setSettings);
    void loadManaged().then(setManaged);
    return watchSettings(setSettings);
  }, []);
  const eff = effectiveSettings(settings, managed);
  useEffect(() => {
    document.documentElement.dataset.textSize = eff.textSize;
  }, [eff.textSize]);
  const set = (patch: Partial<Settings>) => void changeSettings((s) => ({ ...s, ...patch })).then(setSettings);
  const byAdmin = Object.keys(managed).length > 0;

  const exportProgress = async () => {
    download(progressFile(await loadProgress(), Date.now()), `provodnik-progress-${today()}.json`);
    setMessage({ text: t('progressSaved') });
  };
  const importProgress = async (text: string) => {
    const parsed = parseProgressFile(text);
    if (!parsed.ok) {
      setMessage({ text: t('progressNotLoaded', parsed.error), error: true });
      return;
    }
    await changeProgress(() => parsed.progress);
    setMessage({ text: t('progressLoaded') });
  };

  const lock = (key: keyof Managed) =>
    managed[key] !== undefined ? (
      <span class="locked" data-locked={key}>
        {' '}
        {t('lockedByAdmin')}
      </span>
    ) : null;

  return (
    <main class="page" lang={uiLang()}>
      <h1>{t('optionsTitle')}</h1>
      {byAdmin ? (
        <p class="managed" data-managed role="note">
          {t('managedNote')}
        </p>
      ) : null}

      <fieldset>
        <legend>{t('regionAndDiary')}</legend>
        <label class="field">
          <span>
            {t('diaryLabel')}
            {lock('diary')}
          </span>
          <select data-input="diary" disabled={managed.diary !== undefined} value={eff.diary ?? ''} onChange={(e) => set({ diary: e.currentTarget.value || null })}>
            <option value="">{t('diaryNone')}</option>
            {eff.diary && !diaries().some((d) => d.host === eff.diary) ? <option value={eff.diary}>{eff.diary}</option> : null}
            {diaries().map((d) => (
              <option key={d.host} value={d.host}>
                {d.name}
              </option>
            ))}
          </select>
        </label>
        {managed.region !== undefined ? (
          <p>
            {t('regionValue')}{' '}
            <strong data-value="region">{managed.region}</strong>
            {lock('region')}
          </p>
        ) : null}
        <RegionAccess />
      </fieldset>

      <fieldset>
        <legend>
          {t('whoUses')}
          {lock('role')}
        </legend>
        <p class="small">{t('whoUsesLead')}</p>
        {(['parent', 'pupil', 'teacher'] as const).map((r) => (
          <label key={r} class="check">
            <input type="radio" name="role" data-input={`role-${r}`} checked={eff.role === r} disabled={managed.role !== undefined} onChange={() => set({ role: r })} />
            {t(ROLE_LABEL[r])}
          </label>
        ))}
      </fieldset>

      {managed.hiddenScenarios ? (
        <fieldset>
          <legend>{t('hiddenTasks')}</legend>
          <p class="small">{t('hiddenLead')}</p>
          <ul data-value="hidden-scenarios">
            {managed.hiddenScenarios.map((id) => (
              <li key={id}>{SCENARIOS.find((s) => s.id === id)?.title ?? id}</li>
            ))}
          </ul>
        </fieldset>
      ) : null}

      <fieldset>
        <legend>{t('howToShow')}</legend>
        <label class="field">
          {t('textSize')}
          <select data-input="text-size" value={eff.textSize} onChange={(e) => set({ textSize: e.currentTarget.value as TextSize })}>
            {(['normal', 'large', 'larger'] as const).map((size) => (
              <option key={size} value={size}>
                {t(SIZE_LABEL[size])}
              </option>
            ))}
          </select>
        </label>
        <label class="check">
          <input type="checkbox" data-input="reduced-motion" checked={eff.reducedMotion} onChange={(e) => set({ reducedMotion: e.currentTarget.checked })} />
          {t('reducedMotion')}
        </label>
        <label class="check">
          <input type="checkbox" data-input="presenter" checked={eff.presenterDefault} onChange={(e) => set({ presenterDefault: e.currentTarget.checked })} />
          {t('presenterDefault')}
        </label>
      </fieldset>

      <fieldset>
        <legend>{t('forSupport')}</legend>
        <label class="check">
          <input type="checkbox" data-input="support-view" checked={eff.supportView} onChange={(e) => set({ supportView: e.currentTarget.checked })} />
          {t('supportView')}
        </label>
        <p class="small">
          {t('helpPageLine')}{' '}
          <a href="/help.html" target="_blank">
            {t('helpPageLink')}
          </a>
          .
        </p>
      </fieldset>

      <fieldset>
        <legend>{t('progressHeading')}</legend>
        <p class="small">{t('progressLead')}</p>
        <div class="actions">
          <button type="button" data-action="export" onClick={() => void exportProgress()}>
            {t('exportProgress')}
          </button>
          <LoadFile input="import" action="import" onText={(text) => void importProgress(text)}>
            {t('importProgress')}
          </LoadFile>
        </div>
      </fieldset>
      <FixesSection />
      {message ? (
        <p class={message.error ? 'message error' : 'message'} role={message.error ? 'alert' : 'status'} data-message>
          {message.text}
        </p>
      ) : null}
    </main>
  );
}
