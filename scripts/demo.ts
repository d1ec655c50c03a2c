/**
 * `npm run demo`: a browser with the extension, showing its demo sandbox — every scenario
 * on the bundled replica pages, inside the extension. No account, no network.
 *
 *   npm run demo                              # the sandbox's start page, in a window
 *   npm run demo -- --scenario=<id>           # start one scenario (or --track=<walk file name>)
 *   npm run demo -- --presenter               # with presenter mode on
 *   npm run demo -- --headless --screenshot=demo.png   # check it without a display
 */
import { launch } from '../tests/support/browser';
import { loadWalks } from '../tests/support/walks';

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const headless = process.argv.includes('--headless');
const shot = arg('screenshot');
const scenario = arg('scenario') ?? (shot ? 'parent-diary-sferum' : undefined);
const track = arg('track') ?? (scenario ? loadWalks().find((w) => w.scenario === scenario && w.file === `${scenario}.json`)?.file.replace(/\.json$/, '') ?? loadWalks().find((w) => w.scenario === scenario)?.file.replace(/\.json$/, '') : undefined);
if (scenario && !track) {
  console.error(`No demo track for scenario "${scenario}". Known: ${[...new Set(loadWalks().map((w) => w.scenario))].join(', ')}`);
  process.exit(2);
}

const session = await launch({ headless, viewport: headless ? { width: 1280, height: 720 } : undefined });
const popup = await session.popup();
const [page] = await Promise.all([session.context.waitForEvent('page'), popup.locator('[data-action="demo"]').click()]);
await page.waitForLoadState();
await popup.close();
if (process.argv.includes('--presenter')) await page.locator('[data-action="presenter"]').check();
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
if (headless) await session.close();
else {
  console.log('Закройте окно браузера, чтобы выйти.');
  session.context.on('close', () => process.exit(0));
}
