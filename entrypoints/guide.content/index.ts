import { defineContentScript } from 'wxt/utils/define-content-script';
import { OFFICIAL_HOSTS } from '../../src/catalogue/sites';
import { runGuide } from '../../src/content/run-guide';

export default defineContentScript({
  // Exact official hosts over https only: never look-alikes, never http.
  matches: OFFICIAL_HOSTS.map((host) => `https://${host}/*`),
  runAt: 'document_idle',
  cssInjectionMode: 'manual',
  // WXT would otherwise window.postMessage the extension's id to the page on every start.
  noScriptStartedPostMessage: true,
  main: runGuide,
});
