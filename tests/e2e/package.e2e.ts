import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { OFFICIAL_HOSTS, originPattern, REGIONAL_DIARIES } from '../../src/catalogue/sites';
import { ROOT } from '../support/browser';

// The built packages (npm run build comes first in npm test): least privilege, no remote
// code, clean for the stores. Any widening of what the manifests ask for fails here; each
// entry is justified in the README («Permissions, and why»).

const BUILDS = { chrome: join(ROOT, '.output/chrome-mv3'), firefox: join(ROOT, '.output/firefox-mv2') };
const manifest = (dir: string) => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;

const REGIONAL = [...REGIONAL_DIARIES.map((d) => originPattern(d.host)), 'https://*/*'];
// One content script per site, each on its exact official hosts over https (written out
// here, not derived from src/catalogue/sites.ts: a host added there must fail here first).
// The regional diaries' script is registered at run time, never in the manifest.
const site = (name: string, hosts: string[]) => ({ matches: hosts.map((h) => `https://${h}/*`), run_at: 'document_idle', js: [`content-scripts/${name}.js`] });
const CONTENT_SCRIPTS = [
  site('diaries', ['dnevnik.ru', 'login.dnevnik.ru', 'myschool.edu.ru']),
  site('gosuslugi', ['esia.gosuslugi.ru', 'lk.gosuslugi.ru', 'www.gosuslugi.ru']),
  site('kirov', ['one.43edu.ru']),
  site('max', ['max.ru', 'web.max.ru']),
  site('vk', ['id.vk.com', 'id.vk.ru', 'web.vk.me']),
];
// …and together they are exactly the official hosts the README names.
if (CONTENT_SCRIPTS.flatMap((c) => c.matches).sort().join() !== OFFICIAL_HOSTS.map((h) => `https://${h}/*`).sort().join()) {
  throw new Error('the content scripts of this snapshot are not exactly OFFICIAL_HOSTS');
}
// Everything in a manifest that grants access. `undefined`: the key must be absent.
const EXPECTED = {
  chrome: {
    permissions: ['storage', 'scripting', 'activeTab'],
    host_permissions: undefined,
    optional_permissions: undefined,
    optional_host_permissions: REGIONAL,
    content_scripts: CONTENT_SCRIPTS,
    content_security_policy: undefined, // the browser's default: no remote or inline code
    web_accessible_resources: undefined,
    externally_connectable: undefined,
    sandbox: undefined,
    chrome_url_overrides: undefined,
    key: undefined,
  },
  firefox: {
    permissions: ['storage', 'scripting', 'activeTab'],
    host_permissions: undefined,
    optional_permissions: REGIONAL,
    optional_host_permissions: undefined,
    content_scripts: CONTENT_SCRIPTS,
    content_security_policy: undefined,
    web_accessible_resources: undefined,
    externally_connectable: undefined,
    sandbox: undefined,
    chrome_url_overrides: undefined,
    key: undefined,
  },
};

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath, d.name));

describe('the built packages', () => {
  for (const [browser, dir] of Object.entries(BUILDS) as [keyof typeof BUILDS, string][]) {
    test(`${browser}: permissions, host permissions, content scripts, CSP and web-accessible resources are exactly the reviewed ones`, () => {
      const m = manifest(dir);
      const got = Object.fromEntries(Object.keys(EXPECTED[browser]).map((k) => [k, m[k]]));
      expect(got).toEqual(EXPECTED[browser]);
      // No key beyond the reviewed ones.
      expect(Object.keys(m).sort()).toEqual(
        browser === 'chrome'
          ? ['action', 'background', 'commands', 'content_scripts', 'default_locale', 'description', 'manifest_version', 'name', 'optional_host_permissions', 'options_ui', 'permissions', 'storage', 'version']
          : ['background', 'browser_action', 'browser_specific_settings', 'commands', 'content_scripts', 'default_locale', 'description', 'manifest_version', 'name', 'optional_permissions', 'options_ui', 'permissions', 'version'],
      );
    });

    test(`${browser}: no remote code, no eval, no network APIs in the shipped scripts`, () => {
      const scripts = files(dir).filter((f) => f.endsWith('.js') || f.endsWith('.html'));
      expect(scripts.length).toBeGreaterThan(2);
      const found = (re: RegExp) => scripts.filter((f) => re.test(readFileSync(f, 'utf8'))).map((f) => `${f}: ${re}`);
      expect([
        ...found(/\beval\s*\(|new Function\s*\(|importScripts\s*\(/),
        ...found(/<script[^>]+src=["']https?:/),
        ...found(/XMLHttpRequest|new WebSocket|sendBeacon|new EventSource/),
      ]).toEqual([]);
      // fetch() appears only in WXT's shadow-root helper, for the extension's own
      // stylesheet (runtime.getURL), a path we do not use: the overlay's CSS is inlined.
      for (const f of scripts) {
        const fetches = readFileSync(f, 'utf8').match(/.{0,40}\bfetch\s*\(.{0,12}/g) ?? [];
        expect(fetches.every((m) => /fetch\(r\.url\)|fetch\(e\)\)\.text\(\)/.test(m)), `${f}: ${fetches.join('\n')}`).toBe(true);
        // At most WXT's helper's two calls in each bundle that mounts a shadow-root UI.
        expect(fetches.length, f).toBeLessThanOrEqual(2);
      }
    });
  }

  test('firefox: addons-linter (web-ext lint) finds no error, no notice, and only Preact’s unused innerHTML path', () => {
    let out: string;
    try {
      out = execFileSync(join(ROOT, 'node_modules/.bin/addons-linter'), ['--output', 'json', BUILDS.firefox], { encoding: 'utf8' });
    } catch (e) {
      out = (e as { stdout: string }).stdout; // it exits non-zero on errors; the report says which
    }
    const report = JSON.parse(out) as { errors: { code: string }[]; notices: { code: string }[]; warnings: { code: string; file: string }[] };
    expect(report.errors).toEqual([]);
    expect(report.notices).toEqual([]);
    // Preact's renderer supports `dangerouslySetInnerHTML`; the product never uses it (below).
    // The demo sandbox ships the replica pages (demo/): their own scripts build markup, as
    // the real sites do; they run only inside the sandbox, never on a site.
    expect(report.warnings.map((w) => w.code)).toEqual(report.warnings.map(() => 'UNSAFE_VAR_ASSIGNMENT'));
    // Otherwise at most one (Preact's) in each bundle that carries Preact.
    const ours = report.warnings.filter((w) => !w.file.startsWith('demo/')).map((w) => w.file);
    expect(new Set(ours).size, ours.join(', ')).toBe(ours.length);
    expect(ours.every((f) => /^(content-scripts\/(gosuslugi|kirov|vk|diaries|max|regional)|demo-runtime|chunks\/[\w-]+)\.js$/.test(f)), ours.join(', ')).toBe(true);
    const sources = [...files(join(ROOT, 'src')), ...files(join(ROOT, 'entrypoints'))].filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f));
    expect(sources.filter((f) => /innerHTML|outerHTML\s*=|insertAdjacentHTML/.test(readFileSync(f, 'utf8')))).toEqual([]);
  });

  // `npm test` builds with `npm run zip` before the browser tests (building here, while
  // other test files run the extension, would pull its files from under them).
  test('npm run zip: a Chrome package, a Firefox package and the sources package AMO asks for', () => {
    const zips = readdirSync(join(ROOT, '.output')).filter((f) => f.endsWith('.zip'));
    expect(zips.some((f) => /chrome\.zip$/.test(f))).toBe(true);
    expect(zips.some((f) => /firefox\.zip$/.test(f))).toBe(true);
    expect(zips.some((f) => /sources\.zip$/.test(f))).toBe(true);
  });
});
