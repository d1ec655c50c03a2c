import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { SANDBOX_PAGE } from '../../demo/address';
import { loadSettings, setPresenter, watchSettings } from '../../storage/settings';
import { t, type MessageKey } from '../i18n';
import { Icon } from '../icons';

/** The shortcuts as the manifest suggests them; the browser's own list wins when it has one. */
const DEFAULT_KEYS: readonly { id: string; label: MessageKey; key: string }[] = [
  { id: 'presenter-next', label: 'keyNext', key: 'Alt+Shift+→' },
  { id: 'presenter-prev', label: 'keyPrev', key: 'Alt+Shift+←' },
  { id: 'presenter-restart', label: 'keyRestart', key: 'Alt+Shift+Home' },
  { id: 'presenter-toggle', label: 'presenterMode', key: 'Alt+Shift+D' },
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
    <section aria-labelledby="teachers" class="teachers">
      <div class="teachers-row">
        <h2 id="teachers">{t('teachersHeading')}</h2>
        <button type="button" class="chip primary" data-action="demo" onClick={() => void browser.tabs.create({ url: browser.runtime.getURL(SANDBOX_PAGE as '/demo.html') })}>
          {t('demoButton')}
        </button>
        <button type="button" class="chip" data-action="presenter" aria-pressed={presenter} onClick={() => void setPresenter(!presenter)}>
          {presenter ? <Icon name="check" /> : null}
          {presenter ? ' ' : null}
          {t('presenterMode')}
        </button>
      </div>
      <details>
        <summary>{t('presenterKeys')}</summary>
        <p class="small">{t('teachersLead')}</p>
        <ul class="needs" data-shortcuts>
          {DEFAULT_KEYS.map((k) => {
            const set = keys[k.id];
            return (
              <li key={k.id}>
                {t(k.label)}: <kbd>{set === undefined ? k.key : set === '' ? t('keyUnset') : pretty(set)}</kbd>
              </li>
            );
          })}
          <li>{t('keysInDemo')}</li>
        </ul>
      </details>
    </section>
  );
}
