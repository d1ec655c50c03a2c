import { useEffect, useState } from 'preact/hooks';
import { SCENARIOS } from '../catalogue';
import { loadSettings, setPresenter, watchSettings } from '../storage/settings';
import { demoHref, FILES_GLOBAL, replicaIndex } from './address';
import { startTrack } from './runtime';
import { TRACKS } from './tracks';

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
    <main class={presenter ? 'sandbox presenter' : 'sandbox'}>
      <p class="banner" data-demo-banner>
        <strong>Демонстрация.</strong> Здесь всё происходит на копиях страниц, а не на настоящих сайтах: входить в
        учётную запись не нужно, введённое никуда не отправляется, а ваш собственный список дел в Проводнике не меняется.
      </p>
      <h1>Проводник: показать на собрании</h1>
      <p class="lead">
        Выберите задачу. Откроется копия первой страницы, и Проводник покажет, куда нажать — так же, как на настоящем
        сайте. Кнопка «Дальше» (или PageDown на пульте) нажимает подсвеченное за вас.
      </p>
      <label class="switch">
        <input type="checkbox" data-action="presenter" checked={presenter} onChange={(e) => void setPresenter(e.currentTarget.checked)} />
        Режим докладчика: крупный текст, яркая рамка, видно, куда нажимают
      </label>
      <ul class="tracks">
        {SCENARIOS.map((s) =>
          TRACKS.filter((t) => t.scenario === s.id)
            .sort((a, b) => Number(!!a.variant) - Number(!!b.variant))
            .map((t) => (
              <li key={t.id}>
                <div>
                  <strong>{s.title}</strong>
                  {t.variant ? <span class="variant">Вариант: {t.variant}</span> : null}
                  <span class="audience">{s.audience}</span>
                </div>
                <button type="button" data-scenario={s.id} data-track={t.id} onClick={() => void openTrack(t.id)}>
                  Показать
                </button>
              </li>
            )),
        )}
      </ul>
    </main>
  );
}
