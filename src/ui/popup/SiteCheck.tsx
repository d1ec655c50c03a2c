import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { checkSite, type SiteCheck as Check } from '../../catalogue/lookalike';
import { t } from '../i18n';
import { Icon } from '../icons';

/**
 * Whether the tab the popup was opened over is an official site of a scenario, or only
 * looks like one. The address comes from `activeTab` (granted for this tab when the person
 * clicks the toolbar button; no other access). Opened as a tab itself, the popup sees its
 * own address and says nothing.
 */
export function SiteCheck() {
  const [check, setCheck] = useState<Check>({ kind: 'other' });
  useEffect(() => {
    void browser.tabs
      .query({ active: true, currentWindow: true })
      .then(([tab]) => setCheck(checkSite(tab?.url)))
      .catch(() => undefined);
  }, []);
  if (check.kind === 'other') return null;
  if (check.kind === 'official') {
    return (
      <p class="site-check official" role="status" data-site-check="official">
        <Icon name="check" />{' '}
        {t('siteOfficial', check.host)}
      </p>
    );
  }
  return (
    <p class="site-check warning" role="alert" data-site-check="lookalike">
      <Icon name="warning" />{' '}
      {check.reason === 'http' ? t('siteHttp', check.shown) : t('siteLookalike', check.like, check.shown)}
    </p>
  );
}
