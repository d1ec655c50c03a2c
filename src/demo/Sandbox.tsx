import { useEffect, useState } from 'preact/hooks';
import { SCENARIOS } from '../catalogue';
import { loadSettings, setPresenter, watchSettings } from '../storage/settings';
import { demoHref, FILES_GLOBAL, replicaIndex } from './address';
import { startTrack } from './runtime';
import { TRACKS } from './tracks';
import { t, uiLang } from '../ui/i18n';

async function openTrack(id: string) {
  const start = await startTrack(id);
  if (!start) return;
  // The replica files, from `demo/pages.js` (loaded by this page's HTML).
  const files = (globalThis as unknown as Record<string, unknown>)[FILES_GLOBAL];
  const href = demoHref(new URL(start), replicaIndex(Array.isArray(files) ? (files as string[]) : []));
  if (href) location.assign(href);
}

/**
 * The demo sandbox's start page: every scenario on copies of the real sites' pages,
 * with no account. The page it opens is guided exactly as the real site would be.
 */
export function Sandbox() {
  const [presenter, setOn] = useState(false);
  useEffect(() => {
    void loadSettings().then((s) => setOn(s.presenter));
    return watchSettings((s) => setOn(s.presenter));
  }, []);
  return (
    <main class={presenter ? 'sandbox presenter' : 'sandbox'} lang={uiLang()}>
      <p class="banner" data-demo-banner>
        <strong>{t('sandboxBannerStrong')}</strong> {t('sandboxBanner')}
      </p>
      <h1>{t('sandboxTitle')}</h1>
      <p class="lead">{t('sandboxLead')}</p>
      <label class="switch">
        <input type="checkbox" data-action="presenter" checked={presenter} onChange={(e) => void setPresenter(e.currentTarget.checked)} />
        {t('sandboxPresenter')}
      </label>
      <ul class="tracks">
        {SCENARIOS.map((s) =>
          TRACKS.filter((track) => track.scenario === s.id)
            .sort((a, b) => Number(!!a.variant) - Number(!!b.variant))
            .map((track) => (
              <li key={track.id}>
                <div>
                  <strong>{s.title}</strong>
                  {track.variant ? <span class="variant">{t('sandboxVariant', track.variant)}</span> : null}
                  <span class="audience">{s.audience}</span>
                </div>
                <button type="button" data-scenario={s.id} data-track={track.id} onClick={() => void openTrack(track.id)}>
                  {t('sandboxShow')}
                </button>
              </li>
            )),
        )}
      </ul>
    </main>
  );
}
