import { defineContentScript } from 'wxt/utils/define-content-script';
import { runGuide } from '../src/content/run-guide';

// Regional diaries («Сетевой город»): registered at run time for the hosts the person
// granted (src/background/regional.ts), never in the manifest.
export default defineContentScript({
  registration: 'runtime',
  runAt: 'document_idle',
  cssInjectionMode: 'manual',
  // WXT would otherwise window.postMessage the extension's id to the page on every start.
  noScriptStartedPostMessage: true,
  main: runGuide,
});
