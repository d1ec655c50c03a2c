import { accessSync, constants, readdirSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import type { WebExtConfig } from 'wxt';
import { chromeForTestingPaths, findBrowser, installCommand, noBrowserMessage, parseOsRelease, screenFor, type Engine, type Look } from './find-browser';

const executable = (p: string) => {
  try {
    accessSync(p, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};
const listDir = (d: string) => {
  try {
    return readdirSync(d);
  } catch {
    return [];
  }
};

/**
 * `npm run dev` / `npm run dev:firefox`: WXT's dev server opens the browser `npm run demo`
 * would use (the same finder), never a downloaded one. None, or no screen: the dev server
 * runs without opening one, and says what to do.
 */
export function devBrowser(engine: Engine, argv: readonly string[] = process.argv, env = process.env): WebExtConfig {
  // Only `wxt` itself (the dev server) opens a browser: not build, zip or prepare.
  const serving = argv.slice(2).every((a) => a.startsWith('-') || a === 'firefox' || a === 'chrome');
  if (!serving) return { disabled: true };
  const look: Look = { env, exists: executable, home: homedir(), platform: process.platform };
  const found = findBrowser(look, { engine, chromeForTesting: chromeForTestingPaths(homedir(), process.cwd(), listDir) });
  if (found.kind !== 'found') {
    let os: Record<string, string> = {};
    try {
      os = parseOsRelease(readFileSync('/etc/os-release', 'utf8'));
    } catch {
      // not Linux
    }
    console.warn(noBrowserMessage(found, installCommand(process.platform, os, process.getuid?.() === 0, engine), false).replace('npm run demo', engine === 'firefox' ? 'npm run dev:firefox' : 'npm run dev'));
    return { disabled: true };
  }
  if (screenFor(look, false, false).kind !== 'ok') {
    console.warn(`Проводник: здесь нет экрана, браузер не откроется. Сервер разработки работает: сборка в .output/ обновляется при сохранении. С виртуальным экраном: xvfb-run -a npm run ${engine === 'firefox' ? 'dev:firefox' : 'dev'}.`);
    return { disabled: true };
  }
  const root = process.getuid?.() === 0;
  return {
    binaries: { [engine === 'firefox' ? 'firefox' : 'chrome']: found.browser.path },
    // Chromium refuses to run as root without it (a container, CI).
    ...(root ? { chromiumArgs: ['--no-sandbox'] } : {}),
  };
}
