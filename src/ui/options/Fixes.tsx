import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { findScenario, SCENARIOS, stepCode } from '../../catalogue';
import { fixWords, parseFixes } from '../../catalogue/fixes';
import { regionalOrigins } from '../../catalogue/sites';
import type { Fix } from '../../catalogue/types';
import { download, LoadFile, today } from './files';
import { t } from '../i18n';
import { addFixes, fixesItem, loadFixes, watchOwnFixes, type Fixes as FixLists } from '../../storage/fixes';

/** A fix as one line: the step's code and title, then what it changes. */
export function fixLine(f: Fix): string {
  const sc = findScenario(f.scenario);
  const step = sc?.steps.find((s) => s.id === f.step);
  return sc && step ? `${stepCode(sc, step.id)} «${step.title}»: ${fixWords(f)}` : fixWords(f);
}

const hostOf = (origin: string) => origin.replace(/^https:\/\//, '').replace(/\/\*$/, '');

/**
 * «Исправления с мест» on the options page (SCENARIOS.md «Field fixes»): the fixes in use
 * (the administrator's read-only), export as JSON (shown and as a file), import by pasting
 * or from a file. What is imported is checked whole; a bad file changes nothing.
 */
export function FixesSection() {
  const [fixes, setFixes] = useState<FixLists>({ own: [], managed: [] });
  const [exported, setExported] = useState<string | null>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const input = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    void loadFixes().then(setFixes);
    return watchOwnFixes((own) => setFixes((f) => ({ ...f, own })));
  }, []);

  const exportFixes = async () => {
    const { own } = await loadFixes();
    const text = JSON.stringify(own, null, 2);
    setExported(text);
    download(text, `provodnik-fixes-${today()}.json`);
    setMessage({ text: t('fixesExported', own.length), error: false });
  };
  const importText = async (text: string) => {
    const granted = regionalOrigins((await browser.permissions.getAll()).origins ?? []).map(hostOf);
    const parsed = parseFixes(text, SCENARIOS, granted);
    if (!parsed.ok) {
      setMessage({ text: t('fixesNotLoaded', parsed.error), error: true });
      return;
    }
    const before = (await loadFixes()).own.length;
    const all = await addFixes(parsed.fixes);
    setMessage({ text: t('fixesLoaded', all.length - before, all.length), error: false });
  };

  return (
    <fieldset>
      <legend>{t('fixesHeading')}</legend>
      <p class="small">{t('fixesLead')}</p>
      {fixes.managed.length > 0 ? (
        <>
          <p class="small">{t('fixesManaged')}</p>
          <ul data-fixes-managed>
            {fixes.managed.map((f, i) => (
              <li key={i}>{fixLine(f)}</li>
            ))}
          </ul>
        </>
      ) : null}
      {fixes.own.length > 0 ? (
        <ul data-fixes-own>
          {fixes.own.map((f, i) => (
            <li key={i}>{fixLine(f)}</li>
          ))}
        </ul>
      ) : (
        <p class="small">{t('fixesNone')}</p>
      )}
      <div class="actions">
        <button type="button" data-action="fixes-export" onClick={() => void exportFixes()}>
          {t('fixesExport')}
        </button>
        {fixes.own.length > 0 ? (
          <button type="button" data-action="fixes-clear" onClick={() => void fixesItem.setValue([]).then(() => setMessage({ text: t('fixesCleared'), error: false }))}>
            {t('fixesClear')}
          </button>
        ) : null}
      </div>
      {exported !== null ? (
        <>
          <p class="small" id="fixes-json">{t('fixesJson')}</p>
          <pre class="json" data-fixes tabIndex={0} aria-labelledby="fixes-json">
            {exported}
          </pre>
        </>
      ) : null}
      <label class="field">
        {t('fixesPaste')}
        <textarea ref={input} data-fixes-input rows={5} spellcheck={false} />
      </label>
      <div class="actions">
        <button type="button" data-action="fixes-import" onClick={() => void importText(input.current?.value ?? '')}>
          {t('fixesImport')}
        </button>
        <LoadFile input="fixes-file" action="fixes-import-file" onText={(text) => void importText(text)}>
          {t('fixesImportFile')}
        </LoadFile>
      </div>
      {message ? (
        <p class={message.error ? 'message error' : 'message'} role={message.error ? 'alert' : 'status'} data-fixes-message>
          {message.text}
        </p>
      ) : null}
    </fieldset>
  );
}
