/**
 * Which browser `npm run demo` and `npm run dev` load the extension into, whether there is
 * a screen to show it on, and what to tell a person when there is neither. Pure functions
 * over what they are given (the environment, a file check, /etc/os-release): unit-tested
 * with fakes (find-browser.test.ts). Nothing here downloads or installs anything.
 */

export type Engine = 'chromium' | 'firefox';

export interface Browser {
  readonly engine: Engine;
  /** a plain name for messages: «Chromium», «Firefox ESR», … */
  readonly name: string;
  readonly path: string;
}

export interface Look {
  readonly env: Readonly<Record<string, string | undefined>>;
  /** an executable file at this path */
  readonly exists: (path: string) => boolean;
  readonly home?: string;
  /** process.platform */
  readonly platform?: string;
}

/**
 * Chromium-based browsers that still load an unpacked extension from the command line
 * (Google-branded Chrome ignores `--load-extension` since version 137; Chrome for Testing
 * does not), then Firefox, which takes the Firefox build as a temporary add-on.
 */
const CHROMIUM_NAMES = [
  { name: 'Chromium', files: ['chromium', 'chromium-browser'] },
  { name: 'Яндекс Браузер', files: ['yandex-browser', 'yandex-browser-stable', 'yandex-browser-beta'] },
] as const;
const CHROMIUM_FIXED: readonly { name: string; path: string }[] = [
  { name: 'Chromium', path: '/usr/bin/chromium' },
  { name: 'Chromium', path: '/usr/bin/chromium-browser' },
  { name: 'Chromium', path: '/snap/bin/chromium' },
  { name: 'Chromium', path: '/usr/lib/chromium/chromium' },
  { name: 'Яндекс Браузер', path: '/opt/yandex/browser/yandex-browser' },
  { name: 'Chromium', path: '/Applications/Chromium.app/Contents/MacOS/Chromium' },
  { name: 'Chrome for Testing', path: '/Applications/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing' },
];
const FIREFOX_NAMES = [
  { name: 'Firefox ESR', files: ['firefox-esr'] },
  { name: 'Firefox', files: ['firefox'] },
] as const;

/**
 * Chrome for Testing where `npx @puppeteer/browsers install chrome@stable` puts it: in
 * the folder it was run from (`chrome/linux-<version>/chrome-linux64/chrome`) or in the
 * cache of Puppeteer. Found through `listDir` (the versions are not known in advance).
 */
export function chromeForTestingPaths(home: string | undefined, cwd: string, listDir: (dir: string) => readonly string[]): string[] {
  const roots = [`${cwd}/chrome`, ...(home ? [`${home}/.cache/puppeteer/chrome`] : [])];
  const out: string[] = [];
  for (const root of roots) {
    for (const version of [...listDir(root)].sort().reverse()) {
      out.push(`${root}/${version}/chrome-linux64/chrome`, `${root}/${version}/chrome-mac-x64/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing`, `${root}/${version}/chrome-mac-arm64/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing`);
    }
  }
  return out;
}

export type Found =
  | { readonly kind: 'found'; readonly browser: Browser }
  /** CHROMIUM_PATH or FIREFOX_PATH names a file that is not there: said, never guessed past */
  | { readonly kind: 'bad-path'; readonly variable: 'CHROMIUM_PATH' | 'FIREFOX_PATH'; readonly path: string; readonly other: Browser | null }
  | { readonly kind: 'none' };

export interface FindOptions {
  /** only this engine (`npm run dev:firefox`; `--browser=firefox`) */
  readonly engine?: Engine;
  /** Chrome for Testing builds found on disk (chromeForTestingPaths) */
  readonly chromeForTesting?: readonly string[];
  /** look at nothing installed, only CHROMIUM_PATH / FIREFOX_PATH (to see what a bare machine is told) */
  readonly ignoreInstalled?: boolean;
}

const onPath = (look: Look, file: string): string | null => {
  for (const dir of (look.env.PATH ?? '').split(':').filter(Boolean)) {
    const p = `${dir.replace(/\/$/, '')}/${file}`;
    if (look.exists(p)) return p;
  }
  return null;
};

function installed(look: Look, engine: Engine | undefined, opts: FindOptions): Browser | null {
  if (opts.ignoreInstalled) return null;
  if (engine !== 'firefox') {
    for (const c of CHROMIUM_NAMES) {
      for (const f of c.files) {
        const p = onPath(look, f);
        if (p) return { engine: 'chromium', name: c.name, path: p };
      }
    }
    for (const c of CHROMIUM_FIXED) if (look.exists(c.path)) return { engine: 'chromium', name: c.name, path: c.path };
    for (const p of opts.chromeForTesting ?? []) if (look.exists(p)) return { engine: 'chromium', name: 'Chrome for Testing', path: p };
  }
  if (engine !== 'chromium') {
    for (const c of FIREFOX_NAMES) {
      for (const f of c.files) {
        const p = onPath(look, f);
        if (p) return { engine: 'firefox', name: c.name, path: p };
      }
    }
    for (const p of ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/Applications/Firefox.app/Contents/MacOS/firefox']) {
      if (look.exists(p)) return { engine: 'firefox', name: p.includes('esr') ? 'Firefox ESR' : 'Firefox', path: p };
    }
  }
  return null;
}

/**
 * The browser to use: CHROMIUM_PATH (or FIREFOX_PATH) when set, else the first installed
 * of Chromium, Yandex Browser, Chrome for Testing, Firefox ESR, Firefox.
 */
export function findBrowser(look: Look, opts: FindOptions = {}): Found {
  const { engine } = opts;
  const chosen: [('CHROMIUM_PATH' | 'FIREFOX_PATH'), Engine, string][] = [
    ['CHROMIUM_PATH', 'chromium', 'Chromium'],
    ['FIREFOX_PATH', 'firefox', 'Firefox'],
  ];
  for (const [variable, eng, name] of chosen) {
    const path = look.env[variable];
    if (!path || (engine && engine !== eng)) continue;
    if (look.exists(path)) return { kind: 'found', browser: { engine: eng, name, path } };
    return { kind: 'bad-path', variable, path, other: installed(look, engine, opts) };
  }
  const browser = installed(look, engine, opts);
  return browser ? { kind: 'found', browser } : { kind: 'none' };
}

/** /etc/os-release, read into its fields. */
export function parseOsRelease(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const m = /^([A-Z_]+)=(.*)$/.exec(line.trim());
    if (m) out[m[1]!] = m[2]!.replace(/^"(.*)"$/, '$1');
  }
  return out;
}

export interface Install {
  /** the command, as a person types it */
  readonly command: string;
  /** it can be run from here, now, as root (Debian and Ubuntu, apt-get): `npm run demo` does it itself */
  readonly auto?: readonly (readonly string[])[];
}

/** The command that installs a browser for the demo on this system (Chromium where it can). */
export function installCommand(platform: string, osRelease: Record<string, string>, root: boolean, engine?: Engine): Install {
  const sudo = root ? '' : 'sudo ';
  if (platform === 'darwin') return { command: engine === 'firefox' ? 'brew install --cask firefox' : 'brew install --cask chromium' };
  if (platform === 'win32') return { command: 'winget install Hibbiki.Chromium (или Mozilla.Firefox), затем set CHROMIUM_PATH=<путь к chrome.exe>' };
  const ids = [osRelease.ID ?? '', ...(osRelease.ID_LIKE ?? '').split(/\s+/)].filter(Boolean);
  if (ids.includes('ubuntu')) {
    // Ubuntu's chromium-browser package is only a way to the snap; Firefox ESR comes from
    // the Mozilla team's archive. The snap is the plain way.
    return { command: engine === 'firefox' ? `${sudo}snap install firefox` : `${sudo}snap install chromium` };
  }
  if (ids.includes('debian')) {
    const pkg = engine === 'firefox' ? 'firefox-esr' : 'chromium';
    const command = `${sudo}apt-get install -y ${pkg}`;
    return root ? { command, auto: [['apt-get', 'update', '-q'], ['apt-get', 'install', '-y', '-q', pkg]] } : { command };
  }
  const pkg = engine === 'firefox' ? 'firefox' : 'chromium';
  if (ids.some((i) => ['fedora', 'rhel', 'centos'].includes(i))) return { command: `${sudo}dnf install -y ${pkg}` };
  if (ids.some((i) => ['arch', 'manjaro'].includes(i))) return { command: `${sudo}pacman -S ${pkg}` };
  if (ids.some((i) => i.startsWith('opensuse') || i === 'suse')) return { command: `${sudo}zypper install ${pkg}` };
  if (ids.includes('alpine')) return { command: `${sudo}apk add ${pkg}` };
  return { command: `установите Chromium из пакетов вашей системы (или укажите путь к нему: CHROMIUM_PATH=/путь/к/chromium npm run demo)` };
}

/** What to do about the screen. */
export type Screen =
  | { readonly kind: 'ok' }
  /** no display, and xvfb-run is there: run again inside it (a virtual screen) */
  | { readonly kind: 'xvfb'; readonly xvfbRun: string }
  /** no display and no xvfb-run: say how */
  | { readonly kind: 'none' };

export function screenFor(look: Look, headless: boolean, underXvfb: boolean): Screen {
  if (headless || underXvfb) return { kind: 'ok' };
  if (look.platform === 'darwin' || look.platform === 'win32') return { kind: 'ok' };
  if (look.env.DISPLAY || look.env.WAYLAND_DISPLAY) return { kind: 'ok' };
  const xvfbRun = onPath(look, 'xvfb-run');
  return xvfbRun ? { kind: 'xvfb', xvfbRun } : { kind: 'none' };
}

/** The paragraph for a machine where no browser was found (one paragraph, no stack trace). */
export function noBrowserMessage(found: Exclude<Found, { kind: 'found' }>, install: Install, willInstall: boolean): string {
  const intro =
    found.kind === 'bad-path'
      ? `Проводник: в ${found.variable} указан браузер ${found.path}, но такого файла нет.` +
        (found.other ? ` Уберите ${found.variable}, чтобы взять найденный ${found.other.name} (${found.other.path}), или укажите верный путь.` : '')
      : 'Проводник: не нашёл браузера, в который можно загрузить расширение (Chromium, Chrome for Testing, Яндекс Браузер или Firefox).';
  if (found.kind === 'bad-path' && found.other) return intro;
  if (willInstall) return `${intro} Ставлю Chromium из пакетов системы: ${install.command} (это займёт несколько минут).`;
  return (
    `${intro} Поставьте Chromium одной командой: ${install.command} — и снова запустите npm run demo. ` +
    'Или укажите путь к уже установленному: CHROMIUM_PATH=/путь/к/chromium npm run demo. ' +
    '(Обычный Google Chrome не подходит: он не загружает расширения из папки.)'
  );
}

/** The paragraph for a machine without a screen and without xvfb-run. */
export function noScreenMessage(install: string): string {
  return (
    'Проводник: здесь нет экрана (не задан DISPLAY или WAYLAND_DISPLAY), окну браузера негде открыться. ' +
    'Можно посмотреть демонстрацию снимком: npm run demo -- --headless --screenshot=demo.png — ' +
    `или запустить в виртуальном экране: xvfb-run -a npm run demo -- --screenshot=demo.png (xvfb-run ставится так: ${install}).`
  );
}

/** Playwright's or Puppeteer's launch error, in one plain sentence; null when it is something else. */
export function explainLaunchError(message: string, browser: Browser): string | null {
  if (/Executable doesn't exist|ENOENT|no such file|Failed to launch .* because executable/i.test(message)) {
    return `Проводник: браузер ${browser.name} (${browser.path}) не запускается: файла нет.`;
  }
  if (/Missing X server|\$DISPLAY|XServer|cannot open display|no DISPLAY environment|Gtk: cannot open display/i.test(message)) {
    return 'Проводник: браузеру не на чем показать окно (нет экрана). Запустите так: xvfb-run -a npm run demo -- --screenshot=demo.png, или npm run demo -- --headless --screenshot=demo.png.';
  }
  if (/Permission denied|EACCES/i.test(message)) return `Проводник: нет прав запустить ${browser.path}.`;
  return null;
}

/** The command that installs xvfb-run here. */
export function xvfbInstallCommand(osRelease: Record<string, string>, root: boolean): string {
  const ids = [osRelease.ID ?? '', ...(osRelease.ID_LIKE ?? '').split(/\s+/)];
  const sudo = root ? '' : 'sudo ';
  if (ids.includes('debian') || ids.includes('ubuntu')) return `${sudo}apt-get install -y xvfb`;
  if (ids.some((i) => ['fedora', 'rhel', 'centos'].includes(i))) return `${sudo}dnf install -y xorg-x11-server-Xvfb`;
  if (ids.includes('arch')) return `${sudo}pacman -S xorg-server-xvfb`;
  return 'пакет xvfb вашей системы';
}
