/**
 * `npm run demo`: a browser with the extension, guiding on the bundled replica pages.
 * No account, no network: every page is answered from tests/fixtures.
 *
 *   npm run demo                              # parent-diary-sferum, in a window
 *   npm run demo -- --scenario=<id>           # another scenario of the catalogue
 *   npm run demo -- --headless --screenshot=demo.png   # check it without a display
 */
import { launch } from '../tests/support/browser';
import { loadWalks } from '../tests/support/walks';

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const scenario = arg('scenario') ?? 'parent-diary-sferum';
const headless = process.argv.includes('--headless');
const walk = loadWalks().find((w) => w.scenario === scenario);
if (!walk) {
  console.error(`No replica walk for scenario "${scenario}". Known: ${[...new Set(loadWalks().map((w) => w.scenario))].join(', ')}`);
  process.exit(2);
}

const session = await launch({ headless, viewport: headless ? { width: 1280, height: 800 } : undefined });
const popup = await session.popup();
await popup.locator(`[data-scenario="${scenario}"]`).click();
const page = await session.context.newPage();
await page.goto(walk.start);
console.log(`Проводник: сценарий «${scenario}» на страницах-копиях. Начало: ${walk.start}`);
console.log(`Чек-лист (всплывающее окно) открыт во вкладке: chrome-extension://${session.extensionId}/popup.html`);
const shot = arg('screenshot');
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
