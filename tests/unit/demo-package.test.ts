import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { demoPackage, demoPage, replicaFiles } from '../../scripts/demo-package';
import { demoHref, realUrl, replicaFile, replicaIndex } from '../../src/demo/address';
import { FIXTURES, fixtureFor } from '../support/replicas';
import { loadWalks } from '../support/walks';

const files = replicaFiles(FIXTURES);
const index = replicaIndex(files);

describe('demo sandbox package (built from tests/fixtures)', () => {
  test('every replica page, its scripts extracted: no inline script, no inline handler', () => {
    const out = demoPackage(FIXTURES);
    const pages = out.filter((f) => f.relativeDest.endsWith('.html'));
    expect(pages.length).toBe(files.filter((f) => f.endsWith('.html')).length);
    expect(pages.length).toBeGreaterThan(30);
    for (const p of pages) {
      const html = 'contents' in p ? p.contents : '';
      for (const m of html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/gi)) {
        expect(m[2]!.trim(), `${p.relativeDest}: inline script`).toBe('');
        expect(m[1], `${p.relativeDest}: script without src`).toMatch(/\ssrc="\/(demo\/|demo-runtime\.js)/);
      }
      expect(html, p.relativeDest).not.toMatch(/<[a-z][^>]*\son[a-z]+\s*=/i);
      // The runtime comes before any of the page's own scripts.
      expect(html.indexOf('/demo-runtime.js'), p.relativeDest).toBeLessThan(html.search(/<script src="\/demo\/(?!pages)/) >>> 0);
    }
    // Every extracted script file exists in the package.
    const dests = new Set(out.map((f) => f.relativeDest));
    for (const p of pages) {
      for (const m of ('contents' in p ? p.contents : '').matchAll(/<script src="\/(demo\/[^"]+)"/g)) expect(dests.has(m[1]!), m[1]).toBe(true);
    }
  });

  test('an extracted script runs with the real site’s location, history and storage', () => {
    const [, js] = demoPage('a.ru/x/index.html', '<html><head><meta charset="utf-8"></head><body><script>location.href = "https://b.ru/";</script></body></html>');
    expect(js!.relativeDest).toBe('demo/a.ru/x/index.1.js');
    const seen: string[] = [];
    const fake = { location: { set href(v: string) { seen.push(v); } }, history: {}, localStorage: {} };
    new Function('window', '__provodnikReplica', js!.contents)({}, fake);
    expect(seen).toEqual(['https://b.ru/']);
  });

  test('a page’s own stylesheet is found inside the package', () => {
    const [page] = demoPage('a.ru/index.html', '<head><meta charset="utf-8"><link rel="stylesheet" href="/assets/x.css"></head>');
    expect(page!.contents).toContain('href="/demo/a.ru/assets/x.css"');
  });

  test('an inline handler in a replica fails the build (CSP would silently drop it)', () => {
    expect(() => demoPage('a.ru/index.html', '<form onsubmit="return false"></form>')).toThrow(/inline/);
  });

  test('real addresses map to the same replica file the tests’ router serves', () => {
    const urls = new Set<string>();
    for (const w of loadWalks()) {
      urls.add(w.start);
      for (const s of w.steps) if (s.open) urls.add(s.open);
    }
    for (const f of files) urls.add(`https://${f.replace(/(^|\/)index\.html$/, '/').replace(/\/_(?=\/)/g, '/1234')}`);
    urls.add('https://lk.gosuslugi.ru/profile/family/child/82002675');
    urls.add('https://www.gosuslugi.ru/help');
    urls.add('https://evil.example/');
    for (const href of urls) {
      const url = new URL(href);
      const served = fixtureFor(url);
      const mine = replicaFile(url, index);
      expect(mine && join(FIXTURES, mine), href).toBe(served);
    }
  });

  test('the sandbox address carries the real one, query and hash included', () => {
    const real = new URL('https://esia.gosuslugi.ru/login/?redirect_uri=https%3A%2F%2Flk.gosuslugi.ru%2F#x');
    const href = demoHref(real, index)!;
    expect(href.startsWith('/demo/esia.gosuslugi.ru/login/index.html?u=')).toBe(true);
    const back = new URL(href, 'chrome-extension://abc');
    expect(realUrl(back)?.href).toBe(real.href);
    expect(demoHref(new URL('https://evil.example/'), index)).toBeNull();
    expect(readFileSync(join(FIXTURES, replicaFile(real, index)!), 'utf8')).toContain('<html');
  });
});
