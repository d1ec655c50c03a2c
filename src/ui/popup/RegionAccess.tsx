import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { movedNote, originPattern, regionalOrigins, REGIONAL_DIARIES } from '../../catalogue/sites';
import { EMPTY_SETTINGS, loadSettings, parseHost, saveSettings, type Settings } from '../../storage/settings';

const hostOf = (origin: string) => origin.replace(/^https:\/\//, '').replace(/\/\*$/, '');

/**
 * The region's e-diary: Проводник works there only once the person allows that one
 * host (an optional permission asked at the moment of choice, never at install).
 */
export function RegionAccess() {
  const [settings, setSettings] = useState<Settings>(EMPTY_SETTINGS);
  const [granted, setGranted] = useState<string[]>([]);
  const [message, setMessage] = useState('');
  const [picked, setPicked] = useState<string | undefined>(undefined);
  const region = useRef<HTMLSelectElement>(null);
  const typed = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const refresh = () =>
      void browser.permissions.getAll().then((p) => setGranted(regionalOrigins(p.origins ?? []).map(hostOf)));
    void loadSettings().then(setSettings);
    refresh();
    browser.permissions.onAdded.addListener(refresh);
    browser.permissions.onRemoved.addListener(refresh);
    return () => {
      browser.permissions.onAdded.removeListener(refresh);
      browser.permissions.onRemoved.removeListener(refresh);
    };
  }, []);

  // Must run straight from the click: the browser asks the person only then.
  const allow = async (host: string, regionName: string | null) => {
    const ok = await browser.permissions.request({ origins: [originPattern(host)] });
    if (!ok) {
      setMessage(`Доступ к ${host} не дан. Проводник не будет подсказывать на этом сайте.`);
      return;
    }
    const next: Settings = {
      ...settings,
      region: regionName ?? settings.region,
      diary: settings.diary ?? host,
      diaryHosts: [...new Set([...settings.diaryHosts, host])],
    };
    setSettings(next);
    await saveSettings(next);
    setMessage(`Готово: Проводник подсказывает на ${host}. Обновите страницу дневника, если она открыта.`);
  };

  const chooseRegion = () => {
    const d = REGIONAL_DIARIES.find((r) => r.host === region.current?.value);
    if (d) void allow(d.host, d.region);
  };
  const addTyped = () => {
    const host = parseHost(typed.current?.value ?? '');
    if (!host) {
      setMessage('Это не похоже на адрес сайта. Пример: sgo.example.ru');
      return;
    }
    void allow(host, null);
  };
  const removeHost = (host: string) =>
    void browser.permissions.remove({ origins: [originPattern(host)] }).then(() => setMessage(`Проводник больше не работает на ${host}.`));

  // A region that left «Сетевой город» says where its diary went (the person's pick, else the saved region).
  const moved = movedNote(REGIONAL_DIARIES.find((d) => (picked ? d.host === picked : d.region === settings.region)));

  return (
    <details class="region">
      <summary>Мой регион: электронный дневник</summary>
      <p class="small">
        Дневник Кировской области (one.43edu.ru), «Дневник.ру» и «Моя школа» работают сразу. Для «Сетевого города»
        вашего региона разрешите Проводнику работать на его сайте.
      </p>
      <label class="field">
        Регион
        <select
          ref={region}
          data-input="region"
          defaultValue={REGIONAL_DIARIES.find((d) => d.region === settings.region)?.host}
          onChange={(e) => setPicked(e.currentTarget.value)}
        >
          {REGIONAL_DIARIES.map((d) => (
            <option key={d.host} value={d.host}>
              {d.region} — {d.host}
            </option>
          ))}
        </select>
      </label>
      {moved ? (
        <p class="message" role="status" data-region-moved>
          {moved}
        </p>
      ) : null}
      <button type="button" data-action="grant-region" onClick={chooseRegion}>
        Разрешить на сайте дневника
      </button>
      <label class="field">
        Или адрес дневника вашей школы
        <input ref={typed} data-input="diary-host" type="text" inputMode="url" placeholder="sgo.example.ru" />
      </label>
      <button type="button" data-action="add-host" onClick={addTyped}>
        Добавить сайт
      </button>
      {message ? (
        <p class="message" role="status">
          {message}
        </p>
      ) : null}
      {granted.length > 0 ? (
        <ul class="granted" aria-label="Разрешённые сайты дневников">
          {granted.map((h) => (
            <li key={h}>
              {h}{' '}
              <button type="button" class="quiet" onClick={() => removeHost(h)}>
                Убрать
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </details>
  );
}
