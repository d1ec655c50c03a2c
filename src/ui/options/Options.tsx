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
  type Role,
  type Settings,
  type TextSize,
} from '../../storage/settings';
import { SCENARIOS } from '../../catalogue';
import { RegionAccess } from '../popup/RegionAccess';
import { FixesSection } from './Fixes';
import { download, LoadFile, today } from './files';

const ROLE_LABEL: Record<Role, string> = { parent: 'Родитель', pupil: 'Ученик', teacher: 'Учитель' };
const SIZE_LABEL: Record<TextSize, string> = { normal: 'Обычный', large: 'Крупный', larger: 'Очень крупный' };
const DIARIES: readonly { host: string; name: string }[] = [
  { host: 'one.43edu.ru', name: 'Кировская область — one.43edu.ru' },
  { host: 'dnevnik.ru', name: '«Дневник.ру» — dnevnik.ru' },
  { host: 'myschool.edu.ru', name: '«Моя школа» — myschool.edu.ru' },
  ...REGIONAL_DIARIES.map((d) => ({ host: d.host, name: `«Сетевой город», ${d.region} — ${d.host}` })),
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
    setMessage({ text: 'Файл с прогрессом сохранён в папку «Загрузки».' });
  };
  const importProgress = async (text: string) => {
    const parsed = parseProgressFile(text);
    if (!parsed.ok) {
      setMessage({ text: `Не загружено: ${parsed.error}`, error: true });
      return;
    }
    await changeProgress(() => parsed.progress);
    setMessage({ text: 'Прогресс загружен из файла.' });
  };

  const lock = (key: keyof Managed) =>
    managed[key] !== undefined ? (
      <span class="locked" data-locked={key}>
        {' '}
        Задано администратором школы.
      </span>
    ) : null;

  return (
    <main class="page">
      <h1>Проводник: настройки</h1>
      {byAdmin ? (
        <p class="managed" data-managed role="note">
          Часть настроек задал администратор вашей школы. Они действуют вместо ваших и здесь не меняются.
        </p>
      ) : null}

      <fieldset>
        <legend>Регион и электронный дневник</legend>
        <label class="field">
          <span>
            Электронный дневник вашей школы{lock('diary')}
          </span>
          <select data-input="diary" disabled={managed.diary !== undefined} value={eff.diary ?? ''} onChange={(e) => set({ diary: e.currentTarget.value || null })}>
            <option value="">Не выбран</option>
            {eff.diary && !DIARIES.some((d) => d.host === eff.diary) ? <option value={eff.diary}>{eff.diary}</option> : null}
            {DIARIES.map((d) => (
              <option key={d.host} value={d.host}>
                {d.name}
              </option>
            ))}
          </select>
        </label>
        {managed.region !== undefined ? (
          <p>
            Регион: <strong data-value="region">{managed.region}</strong>
            {lock('region')}
          </p>
        ) : null}
        <RegionAccess />
      </fieldset>

      <fieldset>
        <legend>Кто пользуется Проводником{lock('role')}</legend>
        <p class="small">От этого зависит, какие задачи окно Проводника покажет первыми.</p>
        {(['parent', 'pupil', 'teacher'] as const).map((r) => (
          <label key={r} class="check">
            <input type="radio" name="role" data-input={`role-${r}`} checked={eff.role === r} disabled={managed.role !== undefined} onChange={() => set({ role: r })} />
            {ROLE_LABEL[r]}
          </label>
        ))}
      </fieldset>

      {managed.hiddenScenarios ? (
        <fieldset>
          <legend>Скрытые задачи</legend>
          <p class="small">Администратор школы скрыл эти задачи:</p>
          <ul data-value="hidden-scenarios">
            {managed.hiddenScenarios.map((id) => (
              <li key={id}>{SCENARIOS.find((s) => s.id === id)?.title ?? id}</li>
            ))}
          </ul>
        </fieldset>
      ) : null}

      <fieldset>
        <legend>Как показывать</legend>
        <label class="field">
          Размер текста
          <select data-input="text-size" value={eff.textSize} onChange={(e) => set({ textSize: e.currentTarget.value as TextSize })}>
            {(['normal', 'large', 'larger'] as const).map((t) => (
              <option key={t} value={t}>
                {SIZE_LABEL[t]}
              </option>
            ))}
          </select>
        </label>
        <label class="check">
          <input type="checkbox" data-input="reduced-motion" checked={eff.reducedMotion} onChange={(e) => set({ reducedMotion: e.currentTarget.checked })} />
          Без движения (рамка вокруг кнопки не мигает и не двигается)
        </label>
        <label class="check">
          <input type="checkbox" data-input="presenter" checked={eff.presenterDefault} onChange={(e) => set({ presenterDefault: e.currentTarget.checked })} />
          Режим показа на собрании по умолчанию (крупные подсказки для проектора)
        </label>
      </fieldset>

      <fieldset>
        <legend>Для поддержки</legend>
        <label class="check">
          <input type="checkbox" data-input="support-view" checked={eff.supportView} onChange={(e) => set({ supportView: e.currentTarget.checked })} />
          Режим поддержки: номера шагов рядом с каждым шагом, «Перейти к шагу…» и «Начать заново» в окне Проводника
        </label>
        <p class="small">
          Номера всех шагов — на странице{' '}
          <a href="/help.html" target="_blank">
            «Номера шагов»
          </a>
          .
        </p>
      </fieldset>

      <fieldset>
        <legend>Прогресс</legend>
        <p class="small">Можно сохранить, какие шаги пройдены, в файл и загрузить его на другом компьютере. В файле нет личных данных.</p>
        <div class="actions">
          <button type="button" data-action="export" onClick={() => void exportProgress()}>
            Сохранить прогресс в файл
          </button>
          <LoadFile input="import" action="import" onText={(text) => void importProgress(text)}>
            Загрузить прогресс из файла
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
