import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { movedNote, originPattern, regionalOrigins, REGIONAL_DIARIES } from '../../catalogue/sites';
import { EMPTY_SETTINGS, loadSettings, parseHost, saveSettings, type Settings } from '../../storage/settings';
import { t } from '../i18n';

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
      setMessage(t('regionDenied', host));
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
    setMessage(t('regionGranted', host));
  };

  const chooseRegion = () => {
    const d = REGIONAL_DIARIES.find((r) => r.host === region.current?.value);
    if (d) void allow(d.host, d.region);
  };
  const addTyped = () => {
    const host = parseHost(typed.current?.value ?? '');
    if (!host) {
      setMessage(t('hostInvalid'));
      return;
    }
    void allow(host, null);
  };
  const removeHost = (host: string) =>
    void browser.permissions.remove({ origins: [originPattern(host)] }).then(() => setMessage(t('hostRemoved', host)));

  // A region that left «Сетевой город» says where its diary went (the person's pick, else the saved region).
  const moved = movedNote(REGIONAL_DIARIES.find((d) => (picked ? d.host === picked : d.region === settings.region)));

  return (
    <details class="region">
      <summary>{t('regionSummary')}</summary>
      <p class="small">{t('regionLead')}</p>
      <label class="field">
        {t('regionLabel')}
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
        <p class="message" role="status" lang="ru" data-region-moved>
          {moved}
        </p>
      ) : null}
      <button type="button" data-action="grant-region" onClick={chooseRegion}>
        {t('grantRegion')}
      </button>
      <label class="field">
        {t('hostLabel')}
        <input ref={typed} data-input="diary-host" type="text" inputMode="url" placeholder="sgo.example.ru" />
      </label>
      <button type="button" data-action="add-host" onClick={addTyped}>
        {t('addHost')}
      </button>
      {message ? (
        <p class="message" role="status">
          {message}
        </p>
      ) : null}
      {granted.length > 0 ? (
        <ul class="granted" aria-label={t('grantedLabel')}>
          {granted.map((h) => (
            <li key={h}>
              {h}{' '}
              <button type="button" class="quiet" onClick={() => removeHost(h)}>
                {t('removeHost')}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </details>
  );
}
