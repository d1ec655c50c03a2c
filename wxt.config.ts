import { defineConfig } from 'wxt';
import { demoPackage } from './scripts/demo-package';
import { fileURLToPath } from 'node:url';
import { OFFICIAL_HOSTS, originPattern, REGIONAL_DIARIES, SITE_IDS, type Site } from './src/catalogue/sites';
import { siteCatalogue } from './scripts/site-catalogue';
import { devBrowser } from './scripts/demo/dev-browser';
import { contentMessages } from './scripts/content-messages';

// The extension asks for nothing beyond what the guide needs: `storage` for progress,
// and the official hosts (content scripts only). No `tabs`, no `<all_urls>`.
const regional = [...REGIONAL_DIARIES.map((d) => originPattern(d.host)), 'https://*/*'];

export default defineConfig({
  // `npm run dev` (`wxt`): the dev server opens the browser `npm run demo` would use, found
  // the same way (scripts/demo/find-browser.ts), never a downloaded one.
  webExt: devBrowser(process.argv.includes('firefox') ? 'firefox' : 'chromium'),
  // webextension-polyfill for the extension's own pages and background (see the hook below);
  // the content scripts use the browser's own promise-based API (Chromium's `chrome` in
  // Manifest V3, Firefox's `browser`): the polyfill was 3 KB gzipped in every one of them.
  // No module-preload polyfill: it would put a fetch() into the popup for its own chunks.
  // PROVODNIK_SOURCEMAP=1: hidden source maps for `scripts/size-sources.ts` (bytes per source file).
  vite: () => ({ build: { modulePreload: { polyfill: false }, sourcemap: process.env.PROVODNIK_SOURCEMAP ? 'hidden' : false, ...(process.env.PROVODNIK_NOMINIFY ? { minify: false } : {}) } }),
  manifest: ({ browser }) => ({
    // public/_locales: Russian by default, English for the UI chrome of an English browser.
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'ru',
    // activeTab: the popup reads the address of the tab it was opened over (official site or
    // a look-alike), only after the person clicks the toolbar button; no host access widened.
    permissions: ['storage', 'scripting', 'activeTab'],
    // Regional diaries: asked for at run time, one host at a time, never at install.
    // (Manifest V2, Firefox: the same list is `optional_permissions`.)
    ...(browser === 'firefox' ? { optional_permissions: regional } : { optional_host_permissions: regional }),
    action: { default_title: '__MSG_extName__' },
    // School IT presets by enterprise policy (Chromium): region, diary, role, hidden scenarios.
    ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed_schema.json' } }),
    // The presenter's keys (a teacher on a projector). Changeable in the browser's shortcuts page.
    commands: {
      'presenter-next': { suggested_key: { default: 'Alt+Shift+Right' }, description: 'Следующий шаг (в демонстрации — нажать подсвеченное)' },
      'presenter-prev': { suggested_key: { default: 'Alt+Shift+Left' }, description: 'Предыдущий шаг' },
      'presenter-restart': { suggested_key: { default: 'Alt+Shift+Home' }, description: 'Начать сценарий заново' },
      'presenter-toggle': { suggested_key: { default: 'Alt+Shift+D' }, description: 'Режим докладчика: включить или выключить' },
    },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'provodnik@provodnik.invalid', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } }, gecko_android: { strict_min_version: '142.0' } } }
      : {}),
  }),
  hooks: {
    // One content script per site (entrypoints/<site>.content.ts), each with only its
    // site's steps in full.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((e) => e.type === 'content-script')) {
        const polyfill = { find: /^wxt\/browser$/, replacement: '@wxt-dev/webextension-polyfill/browser' };
        const alias = config.resolve?.alias ?? [];
        config.resolve = {
          ...config.resolve,
          alias: Array.isArray(alias) ? [polyfill, ...alias] : [polyfill, ...Object.entries(alias).map(([find, replacement]) => ({ find, replacement }))],
        };
        return;
      }
      const [entry] = entrypoints;
      if (entrypoints.length !== 1 || entry?.type !== 'content-script') return;
      if (!SITE_IDS.includes(entry.name as Site)) throw new Error(`content script ${entry.name}: not a site of src/catalogue/sites.ts`);
      config.plugins = [...(config.plugins ?? []), siteCatalogue(entry.name as Site), contentMessages(entry.inputPath)];
    },
    // The demo sandbox: CSP-clean copies of the replica pages (tests/fixtures stays the one set).
    'build:publicAssets': (_wxt, files) => {
      files.push(...demoPackage(fileURLToPath(new URL('./tests/fixtures', import.meta.url))));
    },
    'build:manifestGenerated': (_wxt, manifest) => {
      // Sanity: content scripts only on the exact official hosts.
      for (const cs of manifest.content_scripts ?? []) {
        for (const m of cs.matches ?? []) {
          const host = new URL(m.replace('*', 'x')).host;
          if (!OFFICIAL_HOSTS.includes(host as (typeof OFFICIAL_HOSTS)[number])) {
            throw new Error(`content script on a non-official host: ${m}`);
          }
        }
      }
    },
  },
});
