import { browser } from 'wxt/browser';
import { regionalOrigins } from '../catalogue/sites';

const SCRIPT_ID = 'provodnik-regional';

/**
 * The guide's content script on the regional diaries the person granted: registered at
 * run time from what is granted now, whoever granted it (our popup, the options page or
 * the browser's own site-access menu).
 */
export async function syncRegionalScripts(): Promise<string[]> {
  const { origins = [] } = await browser.permissions.getAll();
  const matches = regionalOrigins(origins);
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  if (matches.length > 0) {
    await browser.scripting.registerContentScripts([
      { id: SCRIPT_ID, matches, js: ['content-scripts/regional.js'], runAt: 'document_idle', persistAcrossSessions: true },
    ]);
  }
  return matches;
}

export function keepRegionalScripts(): void {
  const sync = () => void syncRegionalScripts().catch(() => undefined);
  browser.permissions.onAdded.addListener(sync);
  browser.permissions.onRemoved.addListener(sync);
  sync();
}
