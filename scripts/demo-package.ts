/**
 * The demo sandbox's replica pages, made from tests/fixtures at build time (the replicas
 * stay one set: the tests serve them at their real addresses, the extension package
 * carries CSP-clean copies under `demo/`).
 *
 * Extension pages allow no inline script, so each inline `<script>` becomes a sibling
 * `.js` file. Each extracted script runs with `location`, `history` and `localStorage`
 * standing for the real site's (the demo runtime provides them): the replica's own code
 * (`location.href = 'https://esia.gosuslugi.ru/login/?…'`, `location.search`,
 * `history.pushState(…, '/convo/1')`) then works unchanged inside the sandbox. Every page
 * loads the runtime first: the same engine and overlay as on the real sites, the fake
 * address bar and the banner.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { DEMO_DIR, FILES_GLOBAL, REPLICA_GLOBAL } from '../src/demo/address';

/** A file of the package: written from text, or copied as it is. */
export type DemoFile = { relativeDest: string; contents: string } | { relativeDest: string; absoluteSrc: string };
type TextFile = { relativeDest: string; contents: string };

export const RUNTIME_SCRIPT = '/demo-runtime.js';

/** Every file of the replica set, relative to `fixtures` (host folders only, no sources). */
export function replicaFiles(fixtures: string): string[] {
  const out: string[] = [];
  const walk = (rel: string) => {
    for (const name of readdirSync(join(fixtures, rel)).sort()) {
      if (name.startsWith('.') || name === '_src' || name.endsWith('.md')) continue;
      const r = rel ? `${rel}/${name}` : name;
      if (statSync(join(fixtures, r)).isDirectory()) walk(r);
      else if (rel) out.push(r);
    }
  };
  for (const host of readdirSync(fixtures).sort()) {
    if (host.includes('.') && statSync(join(fixtures, host)).isDirectory()) walk(host);
  }
  return out;
}

const INLINE_HANDLER = /<[a-z][^>]*\son[a-z]+\s*=/i;
const SCRIPT = /<script(\s[^>]*)?>([\s\S]*?)<\/script\s*>/gi;

/** One replica page, CSP-clean: its HTML and its extracted scripts. */
export function demoPage(file: string, html: string): TextFile[] {
  if (INLINE_HANDLER.test(html)) throw new Error(`${file}: inline on…= handler (move it into the page's script)`);
  if (/javascript:/i.test(html.replace(SCRIPT, ''))) throw new Error(`${file}: javascript: URL`);
  const dir = posix.dirname(file);
  const host = file.split('/')[0]!;
  const base = posix.basename(file, '.html');
  const out: TextFile[] = [];
  let n = 0;
  // The page's own files (a stylesheet), by root-relative or absolute address of its host.
  let page = html.replace(
    /(<(?:link|img|script)\b[^>]*\s(?:href|src)=")(\/(?!\/)|https:\/\/([a-z0-9.-]+)\/)/gi,
    (whole, start: string, _prefix: string, absHost: string | undefined) =>
      absHost && absHost !== host ? whole : `${start}/${DEMO_DIR}/${host}/`,
  );
  page = page.replace(SCRIPT, (whole, attrs: string | undefined, code: string) => {
    if (attrs && /\ssrc\s*=/i.test(attrs)) return whole;
    if (attrs && /\stype\s*=\s*"(?!text\/javascript)/i.test(attrs)) return whole;
    const name = `${base}.${++n}.js`;
    out.push({
      relativeDest: `${DEMO_DIR}/${dir}/${name}`,
      contents:
        `(function (location, history, localStorage) {\n${code}\n}).call(window, ${REPLICA_GLOBAL}.location, ` +
        `${REPLICA_GLOBAL}.history, ${REPLICA_GLOBAL}.localStorage);\n`,
    });
    return `<script src="/${DEMO_DIR}/${dir}/${name}"></script>`;
  });
  const boot = `<script src="/${DEMO_DIR}/pages.js"></script><script src="${RUNTIME_SCRIPT}"></script>`;
  const head = /<head\b[^>]*>/i.exec(page);
  const charset = /<meta\s+charset[^>]*>/i.exec(page);
  if (charset) page = page.replace(charset[0], `${charset[0]}${boot}`);
  else if (head) page = page.replace(head[0], `${head[0]}${boot}`);
  else page = boot + page;
  out.unshift({ relativeDest: `${DEMO_DIR}/${file}`, contents: page });
  return out;
}

/** Every file the sandbox needs under `demo/`. */
export function demoPackage(fixtures: string): DemoFile[] {
  const files = replicaFiles(fixtures);
  const out: DemoFile[] = [
    { relativeDest: `${DEMO_DIR}/pages.js`, contents: `self.${FILES_GLOBAL} = ${JSON.stringify(files)};\n` },
  ];
  for (const file of files) {
    if (file.endsWith('.html')) out.push(...demoPage(file, readFileSync(join(fixtures, file), 'utf8')));
    else out.push({ relativeDest: `${DEMO_DIR}/${file}`, absoluteSrc: join(fixtures, file) });
  }
  return out;
}
