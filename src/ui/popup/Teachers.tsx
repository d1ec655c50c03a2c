import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { SANDBOX_PAGE } from '../../demo/address';
import { loadSettings, setPresenter, watchSettings } from '../../storage/settings';

/** The shortcuts as the manifest suggests them; the browser's own list wins when it has one. */
const DEFAULT_KEYS: readonly { id: string; label: string; key: string }[] = [
  { id: 'presenter-next', label: 'Следующий шаг', key: 'Alt+Shift+→' },
  { id: 'presenter-prev', label: 'Предыдущий шаг', key: 'Alt+Shift+←' },
  { id: 'presenter-restart', label: 'Начать заново', key: 'Alt+Shift+Home' },
  { id: 'presenter-toggle', label: 'Режим докладчика', key: 'Alt+Shift+D' },
];

/**
 * The browser names keys in its own language («Стрелка вправо», «Right Arrow», and Home as
 * «Домашняя страница»): shown as printed on the keyboard.
 */
const pretty = (shortcut: string) =>
  shortcut
    .replace(/Стрелка вправо|Right Arrow|Right/g, '→')
    .replace(/Стрелка влево|Left Arrow|Left/g, '←')
    .replace(/Домашняя страница/g, 'Home');

/** For teachers: the demo sandbox and presenter mode, with its keys. */
export function Teachers() {
  const [presenter, setOn] = useState(false);
  const [keys, setKeys] = useState<Record<string, string>>({});
  useEffect(() => {
    void loadSettings().then((s) => setOn(s.presenter));
    void browser.commands
      ?.getAll()
      .then((all) => setKeys(Object.fromEntries(all.filter((c) => c.name).map((c) => [c.name!, c.shortcut ?? '']))))
      .catch(() => undefined);
    return watchSettings((s) => setOn(s.presenter));
  }, []);
  return (
    <section aria-labelledby="teachers">
      <h2 id="teachers">Показать на собрании</h2>
      <p class="audience">Все задачи на копиях страниц, без настоящих учётных записей. Ваш список дел не меняется.</p>
      <div class="actions">
        <button type="button" class="primary" data-action="demo" onClick={() => void browser.tabs.create({ url: browser.runtime.getURL(SANDBOX_PAGE as '/demo.html') })}>
          Демонстрация
        </button>
        <button type="button" data-action="presenter" aria-pressed={presenter} onClick={() => void setPresenter(!presenter)}>
          Режим докладчика: {presenter ? 'включён' : 'выключен'}
        </button>
      </div>
      <details>
        <summary>Клавиши докладчика</summary>
        <ul class="needs" data-shortcuts>
          {DEFAULT_KEYS.map((k) => {
            const set = keys[k.id];
            return (
              <li key={k.id}>
                {k.label}: <kbd>{set === undefined ? k.key : set === '' ? 'не назначена' : pretty(set)}</kbd>
              </li>
            );
          })}
          <li>В демонстрации: PageDown — нажать подсвеченное, PageUp — назад (подходит пульт для презентаций).</li>
        </ul>
      </details>
    </section>
  );
}
