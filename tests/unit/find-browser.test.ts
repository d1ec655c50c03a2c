import { describe, expect, test } from 'vitest';
import {
  chromeForTestingPaths,
  explainLaunchError,
  findBrowser,
  installCommand,
  noBrowserMessage,
  noScreenMessage,
  parseOsRelease,
  screenFor,
  type Look,
} from '../../scripts/demo/find-browser';

const machine = (files: readonly string[], env: Record<string, string> = {}): Look => ({
  env: { PATH: '/usr/local/bin:/usr/bin:/bin', ...env },
  exists: (p) => files.includes(p),
  home: '/home/me',
  platform: 'linux',
});
const DEBIAN = parseOsRelease('PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nNAME="Debian GNU/Linux"\nID=debian\n');
const UBUNTU = parseOsRelease('NAME="Ubuntu"\nID=ubuntu\nID_LIKE=debian\n');
const FEDORA = parseOsRelease('NAME="Fedora Linux"\nID=fedora\n');

describe('npm run demo: which browser', () => {
  test('Debian’s Chromium, found on PATH', () => {
    expect(findBrowser(machine(['/usr/bin/chromium', '/usr/bin/firefox-esr']))).toEqual({ kind: 'found', browser: { engine: 'chromium', name: 'Chromium', path: '/usr/bin/chromium' } });
  });

  test('Ubuntu’s chromium-browser, the snap, Yandex Browser in /opt', () => {
    expect(findBrowser(machine(['/usr/bin/chromium-browser']))).toMatchObject({ browser: { path: '/usr/bin/chromium-browser' } });
    expect(findBrowser(machine(['/snap/bin/chromium']))).toMatchObject({ browser: { engine: 'chromium', path: '/snap/bin/chromium' } });
    expect(findBrowser(machine(['/opt/yandex/browser/yandex-browser']))).toMatchObject({ browser: { name: 'Яндекс Браузер' } });
    expect(findBrowser(machine(['/usr/bin/yandex-browser-stable']))).toMatchObject({ browser: { name: 'Яндекс Браузер', path: '/usr/bin/yandex-browser-stable' } });
  });

  test('CHROMIUM_PATH wins; when it names no file, that is said, with what else is there', () => {
    expect(findBrowser(machine(['/usr/bin/chromium', '/opt/cft/chrome'], { CHROMIUM_PATH: '/opt/cft/chrome' }))).toMatchObject({ kind: 'found', browser: { path: '/opt/cft/chrome' } });
    const bad = findBrowser(machine(['/usr/bin/chromium'], { CHROMIUM_PATH: '/nonexistent' }));
    expect(bad).toEqual({ kind: 'bad-path', variable: 'CHROMIUM_PATH', path: '/nonexistent', other: { engine: 'chromium', name: 'Chromium', path: '/usr/bin/chromium' } });
    if (bad.kind !== 'bad-path') throw new Error('unreachable');
    const text = noBrowserMessage(bad, installCommand('linux', DEBIAN, false), false);
    expect(text).toContain('/nonexistent');
    expect(text).toContain('/usr/bin/chromium');
  });

  test('Chrome for Testing where @puppeteer/browsers puts it, the newest first', () => {
    const dirs: Record<string, string[]> = { '/work/p/chrome': ['linux-139.0.1', 'linux-141.0.2'] };
    const paths = chromeForTestingPaths('/home/me', '/work/p', (d) => dirs[d] ?? []);
    expect(paths[0]).toBe('/work/p/chrome/linux-141.0.2/chrome-linux64/chrome');
    const look = machine(['/work/p/chrome/linux-139.0.1/chrome-linux64/chrome']);
    expect(findBrowser(look, { chromeForTesting: paths })).toMatchObject({ browser: { name: 'Chrome for Testing', engine: 'chromium' } });
  });

  test('Firefox when there is no Chromium, or when asked for', () => {
    expect(findBrowser(machine(['/usr/bin/firefox-esr']))).toMatchObject({ browser: { engine: 'firefox', name: 'Firefox ESR' } });
    expect(findBrowser(machine(['/usr/bin/chromium', '/usr/bin/firefox']), { engine: 'firefox' })).toMatchObject({ browser: { engine: 'firefox', path: '/usr/bin/firefox' } });
    expect(findBrowser(machine(['/usr/bin/firefox']), { engine: 'chromium' })).toEqual({ kind: 'none' });
  });

  test('nothing installed (or told to look past it): none', () => {
    expect(findBrowser(machine([]))).toEqual({ kind: 'none' });
    expect(findBrowser(machine(['/usr/bin/chromium']), { ignoreInstalled: true })).toEqual({ kind: 'none' });
  });
});

describe('npm run demo: the command that installs a browser', () => {
  test('Debian as root: apt-get, run by the demo itself (said first); not root: with sudo, said only', () => {
    const asRoot = installCommand('linux', DEBIAN, true);
    expect(asRoot.command).toBe('apt-get install -y chromium');
    expect(asRoot.auto).toEqual([['apt-get', 'update', '-q'], ['apt-get', 'install', '-y', '-q', 'chromium']]);
    expect(noBrowserMessage({ kind: 'none' }, asRoot, true)).toMatch(/Ставлю Chromium.*apt-get install -y chromium/);
    const user = installCommand('linux', DEBIAN, false);
    expect(user).toEqual({ command: 'sudo apt-get install -y chromium' });
  });

  test('Ubuntu: the snap; Fedora: dnf; macOS: brew', () => {
    expect(installCommand('linux', UBUNTU, false).command).toBe('sudo snap install chromium');
    expect(installCommand('linux', UBUNTU, true).auto).toBeUndefined();
    expect(installCommand('linux', FEDORA, false).command).toBe('sudo dnf install -y chromium');
    expect(installCommand('darwin', {}, false).command).toBe('brew install --cask chromium');
    expect(installCommand('linux', DEBIAN, false, 'firefox').command).toBe('sudo apt-get install -y firefox-esr');
  });

  test('the message is one paragraph with the exact command, no stack', () => {
    const text = noBrowserMessage({ kind: 'none' }, installCommand('linux', DEBIAN, false), false);
    expect(text).toContain('sudo apt-get install -y chromium');
    expect(text).not.toContain('\n');
    expect(text).not.toMatch(/\bat \S+:\d+/);
  });
});

describe('npm run demo: a screen', () => {
  test('DISPLAY or WAYLAND_DISPLAY, or --headless: go', () => {
    expect(screenFor(machine([], { DISPLAY: ':0' }), false, false)).toEqual({ kind: 'ok' });
    expect(screenFor(machine([], { WAYLAND_DISPLAY: 'wayland-0' }), false, false)).toEqual({ kind: 'ok' });
    expect(screenFor(machine([]), true, false)).toEqual({ kind: 'ok' });
    expect(screenFor({ ...machine([]), platform: 'darwin' }, false, false)).toEqual({ kind: 'ok' });
  });

  test('no display: under xvfb-run when it is on PATH (once), else say how', () => {
    expect(screenFor(machine(['/usr/bin/xvfb-run']), false, false)).toEqual({ kind: 'xvfb', xvfbRun: '/usr/bin/xvfb-run' });
    expect(screenFor(machine(['/usr/bin/xvfb-run']), false, true)).toEqual({ kind: 'ok' });
    expect(screenFor(machine([]), false, false)).toEqual({ kind: 'none' });
    const text = noScreenMessage('sudo apt-get install -y xvfb');
    expect(text).toContain('--headless --screenshot=');
    expect(text).toContain('xvfb-run -a npm run demo');
  });

  test('Playwright’s launch errors, in one sentence', () => {
    const b = { engine: 'chromium', name: 'Chromium', path: '/usr/bin/chromium' } as const;
    expect(explainLaunchError("browserType.launchPersistentContext: Failed to launch chromium because executable doesn't exist at /usr/bin/chromium", b)).toMatch(/файла нет/);
    expect(explainLaunchError('Looks like you launched a headed browser without having a XServer running.\nSet either \'headless: true\' or use \'xvfb-run <your-playwright-app>\'', b)).toMatch(/нет экрана/);
    expect(explainLaunchError('Target closed', b)).toBeNull();
  });
});
