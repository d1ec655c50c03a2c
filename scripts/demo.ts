/**
 * `npm run demo`: a browser with the extension, showing its demo sandbox — every scenario
 * on the bundled replica pages, inside the extension. No account, no network.
 *
 *   npm run demo                              # the sandbox's start page, in a window
 *   npm run demo -- --scenario=<id>           # start one scenario (or --track=<walk file name>)
 *   npm run demo -- --presenter               # with presenter mode on
 *   npm run demo -- --headless --screenshot=demo.png   # check it without a display
 *   npm run demo -- --browser=firefox         # Firefox (the Firefox build, as a temporary add-on)
 *   npm run demo -- --no-install              # never install a browser (as root on Debian it would)
 *
 * The browser: CHROMIUM_PATH (or FIREFOX_PATH), else the first installed of Chromium,
 * Yandex Browser, Chrome for Testing, Firefox ESR, Firefox (scripts/demo/find-browser.ts).
 * None: one paragraph with the command that installs Chromium here. No screen: it runs
 * itself again under xvfb-run when that is there, else says how. Never a stack trace.
 * PROVODNIK_IGNORE_INSTALLED=1 looks only at CHROMIUM_PATH / FIREFOX_PATH (what a bare
 * machine is told).
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { explainLaunchError, findBrowser, installCommand, noBrowserMessage, noScreenMessage, screenFor, xvfbInstallCommand, type Browser, type Engine } from './demo/find-browser';
import { chromeForTestingHere, isRoot, osRelease, systemLook } from './demo/system';

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const flag = (name: string) => process.argv.includes(`--${name}`);
const headless = flag('headless');
const UNDER_XVFB = 'PROVODNIK_DEMO_UNDER_XVFB';
const root = isRoot();
const os = osRelease();
const look = systemLook();
const engineArg = arg('browser');
const engine: Engine | undefined = engineArg === 'firefox' || engineArg === 'chromium' ? engineArg : undefined;
const find = () =>
  findBrowser(look, { engine, ignoreInstalled: process.env.PROVODNIK_IGNORE_INSTALLED === '1', chromeForTesting: chromeForTestingHere() });

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

// 1. A browser.
let found = find();
if (found.kind !== 'found') {
  const install = installCommand(process.platform, os, root, engine);
  const willInstall = found.kind === 'none' && install.auto !== undefined && !flag('no-install') && process.env.PROVODNIK_IGNORE_INSTALLED !== '1';
  console.error(noBrowserMessage(found, install, willInstall));
  if (!willInstall) process.exit(1);
  for (const [cmd, ...args] of install.auto!) {
    const r = spawnSync(cmd!, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (r.status !== 0) fail(`Проводник: установить не вышло (${[cmd, ...args].join(' ')}). Поставьте Chromium сами: ${install.command}`);
  }
  found = find();
  if (found.kind !== 'found') fail(noBrowserMessage(found, install, false));
}
const browser = found.browser;

// 2. A screen.
const screen = screenFor(look, headless, process.env[UNDER_XVFB] === '1');
if (screen.kind === 'none') fail(noScreenMessage(xvfbInstallCommand(os, root)));
if (screen.kind === 'xvfb') {
  // A window in a virtual screen is seen by nobody: it leaves a screenshot and closes.
  const args = process.argv.slice(1);
  if (!arg('screenshot')) args.push('--screenshot=demo.png');
  console.log(`Проводник: здесь нет экрана; запускаю демонстрацию в виртуальном экране (xvfb-run) и сохраняю снимок ${arg('screenshot') ?? 'demo.png'}.`);
  const r = spawnSync(screen.xvfbRun, ['-a', process.execPath, ...process.execArgv, ...args], { stdio: 'inherit', env: { ...process.env, [UNDER_XVFB]: '1' } });
  process.exit(r.status ?? 1);
}
const shot = arg('screenshot');
const closeAfter = headless || process.env[UNDER_XVFB] === '1';

// 3. The build for that browser, then the demo.
console.log(`Проводник: ${browser.name} (${browser.path}).`);
const built = spawnSync('npx', ['wxt', 'build', ...(browser.engine === 'firefox' ? ['-b', 'firefox'] : [])], { encoding: 'utf8' });
if (built.status !== 0) fail(`${built.stdout}${built.stderr}\nПроводник: сборка расширения не удалась (npx wxt build), ошибки выше.`);

try {
  if (browser.engine === 'firefox') await firefoxDemo(browser);
  else await chromiumDemo(browser);
} catch (e) {
  const message = e instanceof Error ? e.message : String(e);
  fail(explainLaunchError(message, browser) ?? `Проводник: демонстрация остановилась: ${message.split('\n')[0]}`);
}

async function trackFor(scenario: string | undefined, track: string | undefined): Promise<string | undefined> {
  if (track || !scenario) return track;
  const { loadWalks } = await import('../tests/support/walks');
  const walks = loadWalks();
  const own = walks.find((w) => w.scenario === scenario && w.file === `${scenario}.json`) ?? walks.find((w) => w.scenario === scenario);
  if (!own) fail(`Проводник: для сценария «${scenario}» нет демонстрации. Есть: ${[...new Set(walks.map((w) => w.scenario))].join(', ')}.`);
  return own.file.replace(/\.json$/, '');
}

async function chromiumDemo(b: Browser) {
  const scenario = arg('scenario') ?? (shot ? 'parent-diary-sferum' : undefined);
  const track = await trackFor(scenario, arg('track'));
  const { launch } = await import('../tests/support/browser');
  const session = await launch({ headless, executablePath: b.path, viewport: headless ? { width: 1280, height: 720 } : undefined });
  const popup = await session.popup();
  const [page] = await Promise.all([session.context.waitForEvent('page'), popup.locator('[data-action="demo"]').click()]);
  await page.waitForLoadState();
  await popup.close();
  if (flag('presenter')) await page.locator('[data-action="presenter"]').check();
  console.log(`Проводник: демонстрация на страницах-копиях — ${page.url()}`);
  if (track) {
    await page.locator(`[data-track="${track}"]`).click();
    console.log(`Сценарий «${track}». «Дальше» (или PageDown) нажимает подсвеченное.`);
  }
  if (shot) {
    await page.locator(`[data-step^="${scenario}/"][data-state="found"]`).waitFor({ state: 'attached' });
    await page.screenshot({ path: shot, animations: 'disabled' });
    console.log(`Снимок экрана: ${shot}`);
  }
  if (closeAfter) await session.close();
  else {
    console.log('Закройте окно браузера, чтобы выйти.');
    session.context.on('close', () => process.exit(0));
  }
}

/** Firefox: the Firefox build installed as a temporary add-on (over WebDriver BiDi), its sandbox page opened. */
async function firefoxDemo(b: Browser) {
  const scenario = arg('scenario') ?? (shot ? 'parent-diary-sferum' : undefined);
  const track = await trackFor(scenario, arg('track'));
  const { default: puppeteer } = await import('puppeteer-core');
  const { EXTENSION_ORIGIN, EXTENSION_UUID, GECKO_ID } = await import('../tests/support/firefox');
  const ff = await puppeteer.launch({
    browser: 'firefox',
    executablePath: b.path,
    headless,
    defaultViewport: headless ? { width: 1280, height: 720 } : null,
    args: ['-remote-allow-system-access'],
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }), 'intl.accept_languages': 'ru-RU, ru' },
  });
  await ff.installExtension(join(import.meta.dirname, '../.output/firefox-mv2'));
  const page = await ff.newPage();
  // goto of a moz-extension:// page never settles over BiDi: wait for the content instead.
  void page.goto(`${EXTENSION_ORIGIN}/demo.html`).catch(() => undefined);
  await page.waitForSelector('[data-track]');
  if (flag('presenter')) await page.click('[data-action="presenter"]');
  console.log(`Проводник: демонстрация на страницах-копиях в ${b.name} — ${EXTENSION_ORIGIN}/demo.html`);
  if (track) {
    await page.click(`[data-track="${track}"]`);
    console.log(`Сценарий «${track}». «Дальше» (или PageDown) нажимает подсвеченное.`);
  }
  if (shot) {
    await page.waitForSelector(`[data-step^="${scenario}/"][data-state="found"]`);
    await page.screenshot({ path: shot as `${string}.png` });
    console.log(`Снимок экрана: ${shot}`);
  }
  if (closeAfter) await ff.close();
  else {
    console.log('Закройте окно браузера, чтобы выйти.');
    ff.on('disconnected', () => process.exit(0));
  }
}
