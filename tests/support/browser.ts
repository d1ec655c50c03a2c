import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { devtoolsEndpoint, watchExtension, type DevtoolsWatch } from './devtools';
import { serveReplicas, type ServeOptions } from './replicas';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const CHROME_BUILD = join(ROOT, '.output/chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface Session {
  readonly context: BrowserContext;
  readonly extensionId: string;
  readonly profile: string;
  /** http(s) requests no replica page answers (the extension must make none) */
  readonly unexpected: readonly string[];
  /**
   * The extension seen from the browser's side (DevTools, every target): its own network
   * requests — `close()` fails the test when there was any — and where its content script ran.
   */
  readonly devtools: DevtoolsWatch;
  popup(page?: Page): Promise<Page>;
  close(opts?: { keepProfile?: boolean }): Promise<void>;
}

/**
 * Debian's Chromium with the built extension loaded, every http(s) request answered
 * from the replicas. Never downloads a browser.
 */
export async function launch(
  opts: ServeOptions & {
    profile?: string;
    headless?: boolean;
    viewport?: { width: number; height: number };
    /** 2 with a halved viewport: the layout of 200 % browser zoom */
    deviceScaleFactor?: number;
    /** the browser's UI language (the extension's `_locales` follow it) */
    locale?: string;
    /**
     * Regional origins the person has granted. Chromium's permission prompt cannot be
     * answered by automation, so the test build lists them as granted at install: the
     * extension then finds them granted exactly as after «Разрешить» and registers its
     * content script for them at run time.
     */
    granted?: readonly string[];
    /** an X display for a headed browser (the permission prompt needs a real window) */
    display?: string;
    /** another Chromium-based browser than CHROMIUM (`npm run demo` finds one) */
    executablePath?: string;
  } = {},
): Promise<Session> {
  const profile = opts.profile ?? mkdtempSync(join(tmpdir(), 'provodnik-profile-'));
  const build = opts.granted?.length ? grantedBuild(opts.granted) : CHROME_BUILD;
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: opts.executablePath ?? CHROMIUM,
    headless: opts.headless ?? true,
    viewport: opts.viewport ?? { width: 1280, height: 800 },
    locale: opts.locale ?? 'ru-RU',
    ...(opts.deviceScaleFactor ? { deviceScaleFactor: opts.deviceScaleFactor } : {}),
    // The browser's own UI language (Linux Chromium reads it from the environment; the
    // extension's _locales follow it): Russian unless a test asks for another.
    env: { ...process.env, LANGUAGE: (opts.locale ?? 'ru-RU').replace('-', '_'), ...(opts.display ? { DISPLAY: opts.display } : {}) },
    args: [
      // The browser's UI language, also on the command line (with LANGUAGE above).
      `--lang=${opts.locale ?? 'ru-RU'}`,
      `--disable-extensions-except=${build}`,
      `--load-extension=${build}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // A second DevTools client for the network counter (Playwright keeps its pipe).
      '--remote-debugging-port=0',
    ],
  });
  const unexpected = await serveReplicas(context, opts);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const devtools = await watchExtension(devtoolsEndpoint(profile), extensionId);
  return {
    context,
    extensionId,
    profile,
    unexpected,
    devtools,
    async popup(page) {
      const p = page ?? (await context.newPage());
      await p.goto(`chrome-extension://${extensionId}/popup.html`);
      await p.locator('[data-scenario]').first().waitFor();
      return p;
    },
    async close({ keepProfile = false } = {}) {
      const made = [...devtools.requests];
      await devtools.close();
      await context.close();
      if (!keepProfile) rmSync(profile, { recursive: true, force: true });
      if (build !== CHROME_BUILD) rmSync(build, { recursive: true, force: true });
      // Privacy: the extension sends nothing anywhere, in any test.
      if (made.length > 0) throw new Error(`the extension made ${made.length} network request(s): ${made.map((r) => `${r.url} (from ${r.documentUrl})`).join(', ')}`);
    },
  };
}

/** A copy of the Chrome build in which `origins` count as granted. */
function grantedBuild(origins: readonly string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'provodnik-ext-'));
  cpSync(CHROME_BUILD, dir, { recursive: true });
  const file = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as { host_permissions?: string[] };
  manifest.host_permissions = [...(manifest.host_permissions ?? []), ...origins];
  writeFileSync(file, JSON.stringify(manifest));
  return dir;
}
