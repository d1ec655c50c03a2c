import type { WebExtConfig } from 'wxt';
import { findBrowser, installCommand, noBrowserMessage, screenFor, type Engine } from './find-browser';
import { chromeForTestingHere, isRoot, osRelease, systemLook } from './system';

/**
 * `npm run dev` / `npm run dev:firefox`: WXT's dev server opens the browser `npm run demo`
 * would use (the same finder), never a downloaded one. None, or no screen: the dev server
 * runs without opening one, and says what to do.
 */
export function devBrowser(engine: Engine, argv: readonly string[] = process.argv, env = process.env): WebExtConfig {
  // Only `wxt` itself (the dev server) opens a browser: not build, zip or prepare.
  const serving = argv.slice(2).every((a) => a.startsWith('-') || a === 'firefox' || a === 'chrome');
  if (!serving) return { disabled: true };
  const look = { ...systemLook(), env };
  const found = findBrowser(look, { engine, chromeForTesting: chromeForTestingHere() });
  if (found.kind !== 'found') {
    console.warn(noBrowserMessage(found, installCommand(process.platform, osRelease(), isRoot(), engine), false).replace('npm run demo', engine === 'firefox' ? 'npm run dev:firefox' : 'npm run dev'));
    return { disabled: true };
  }
  if (screenFor(look, false, false).kind !== 'ok') {
    console.warn(`Проводник: здесь нет экрана, браузер не откроется. Сервер разработки работает: сборка в .output/ обновляется при сохранении. С виртуальным экраном: xvfb-run -a npm run ${engine === 'firefox' ? 'dev:firefox' : 'dev'}.`);
    return { disabled: true };
  }
  const root = isRoot();
  return {
    binaries: { [engine === 'firefox' ? 'firefox' : 'chrome']: found.browser.path },
    // Chromium refuses to run as root without it (a container, CI).
    ...(root ? { chromiumArgs: ['--no-sandbox'] } : {}),
  };
}
