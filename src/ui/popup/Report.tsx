import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { regionalOrigins } from '../../catalogue/sites';
import { loadDiagnostics } from '../../storage/diagnostics';
import { loadProgress } from '../../storage/progress';
import { buildReport } from '../../support/report';
import { loadFixes } from '../../storage/fixes';
import { t } from '../i18n';

/** Everything the report needs, read at the moment it is asked for. */
export async function currentReport(): Promise<string> {
  const [progress, diagnostics, perms, platform, fixes] = await Promise.all([
    loadProgress(),
    loadDiagnostics(),
    browser.permissions.getAll().catch(() => ({ origins: [] as string[] })),
    browser.runtime.getPlatformInfo().catch(() => undefined),
    loadFixes(),
  ]);
  return buildReport({
    version: browser.runtime.getManifest().version,
    userAgent: navigator.userAgent,
    os: platform?.os,
    progress,
    diagnostics,
    granted: regionalOrigins(perms.origins ?? []),
    fixes,
    now: Date.now(),
  });
}

/**
 * «Сообщить в поддержку»: the report is shown first (the person sees there is nothing
 * personal in it), then copied or saved as a file. Nothing is sent anywhere.
 */
export function Report() {
  const [text, setText] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const show = () => void currentReport().then((report) => {
    setText(report);
    setMessage('');
  });
  const copy = async () => {
    if (text === null) return;
    try {
      await navigator.clipboard.writeText(text);
      setMessage(t('reportCopied'));
    } catch {
      setMessage(t('reportCopyFailed'));
    }
  };
  const save = () => {
    if (text === null) return;
    const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `provodnik-otchet-${new Date().toISOString().slice(0, 10)}.txt`;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    setMessage(t('reportSaved'));
  };
  return (
    <section class="report" aria-labelledby="report-title">
      <h2 id="report-title" class="sr">
        {t('supportHeading')}
      </h2>
      <button type="button" class="link" data-action="report" aria-expanded={text !== null} onClick={show}>
        {t('reportButton')}
      </button>
      {text !== null ? (
        <>
          <p class="small">{t('reportIntro')}</p>
          <pre class="report-text" data-report tabIndex={0} aria-label={t('reportLabel')}>
            {text}
          </pre>
          <div class="actions">
            <button type="button" class="primary" data-action="report-copy" onClick={() => void copy()}>
              {t('reportCopy')}
            </button>
            <button type="button" data-action="report-save" onClick={save}>
              {t('reportSave')}
            </button>
          </div>
          {message ? (
            <p class="message" role="status">
              {message}
            </p>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
