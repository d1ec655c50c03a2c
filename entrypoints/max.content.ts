import { defineContentScript } from 'wxt/utils/define-content-script';
import { siteMatches } from '../src/catalogue/sites';
import { runGuide } from '../src/content/run-guide';

// MAX: the web client and its invitation links (max.ru/join/…). Exact official hosts over https only: never look-alikes, never http.
// Only this site's steps are bundled in full (scripts/site-catalogue.ts).
export default defineContentScript({
  matches: siteMatches('max'),
  runAt: 'document_idle',
  cssInjectionMode: 'manual',
  // WXT would otherwise window.postMessage the extension's id to the page on every start.
  noScriptStartedPostMessage: true,
  main: runGuide,
});
