import { afterEach, describe, expect, test } from 'vitest';
import { launch, type Session } from '../support/browser';
import { GuidePage } from '../support/guide-page';
import { fixtureFor } from '../support/replicas';
import { readFileSync } from 'node:fs';

const SCENARIO = 'parent-diary-sferum';
const VK_AUTH =
  'https://id.vk.com/auth?app_id=51464477&response_type=silent_token&v=1.55.1&redirect_uri=https%3A%2F%2Fone.43edu.ru%2Fvkm%2Flink-finish';

async function start(session: Session) {
  const popup = await session.popup();
  await popup.locator(`[data-scenario="${SCENARIO}"]`).click();
  await popup.locator(`[data-scenario="${SCENARIO}"][aria-pressed="true"]`).waitFor();
  return popup;
}

async function badge(session: Session): Promise<string> {
  const worker = session.context.serviceWorkers()[0]!;
  return worker.evaluate(() => (globalThis as unknown as { chrome: { action: { getBadgeText(o: object): Promise<string> } } }).chrome.action.getBadgeText({}));
}

describe(SCENARIO, () => {
  let session: Session | undefined;
  afterEach(async () => {
    await session?.close();
    session = undefined;
  });

  test('opening a middle step directly shows that step', async () => {
    session = await launch();
    await start(session);
    const page = await session.context.newPage();
    const guide = new GuidePage(page);
    await page.goto(VK_AUTH);
    await guide.waitFor(`${SCENARIO}/vkid-account`, 'found');
    expect(await guide.targetName()).toBe('продолжить');
    // The page was opened directly: the steps before it count as behind the person.
    await page.goto('https://one.43edu.ru/?replica-state=signed-in#chat');
    await guide.waitFor(`${SCENARIO}/link-vkid`, 'found');
  });

  test('nothing to press found: the written instruction, and «Я сделал(а) это» moves on', async () => {
    // A variant of the ESIA page whose button says something else.
    const esia = readFileSync(fixtureFor(new URL('https://esia.gosuslugi.ru/login/'))!, 'utf8').replace(
      '<span class="plain-button__content">Войти</span>',
      '<span class="plain-button__content">Продолжить вход</span>',
    );
    session = await launch({ override: (url) => (url.host === 'esia.gosuslugi.ru' ? esia : undefined) });
    const popup = await start(session);
    const page = await session.context.newPage();
    const guide = new GuidePage(page);
    await page.goto('https://esia.gosuslugi.ru/login/?redirect_uri=https%3A%2F%2Fone.43edu.ru%2Fauth%2Ffinish');
    await guide.waitFor(`${SCENARIO}/esia-login`, 'searching');
    await guide.waitFor(`${SCENARIO}/esia-login`, 'not-found');
    expect(await guide.target.count()).toBe(0);
    await expect.poll(() => page.locator('provodnik-guide').getByText('Не нашёл на странице').count()).toBe(1);
    await expect.poll(() => page.locator('provodnik-guide').getByText('«Телефон / Email / СНИЛС»', { exact: false }).count()).toBe(1);
    await page.screenshot({ path: 'tests/e2e/screenshots/not-found.png', animations: 'disabled' });
    await guide.bubbleButton('Я сделал(а) это').click();
    await guide.waitFor(`${SCENARIO}/esia-login`, 'done');
    // The checklist shows it done, and the next step as current.
    await popup.reload();
    await expect.poll(() => popup.locator('[data-step-id="esia-login"].done').count()).toBe(1);
    await expect.poll(() => popup.locator('[data-step-id="esia-grant"].current').count()).toBe(1);
  });

  test('«Пропустить» and «Скрыть» by keyboard; Escape hides the hint', async () => {
    session = await launch();
    await start(session);
    const page = await session.context.newPage();
    const guide = new GuidePage(page);
    await page.goto('https://one.43edu.ru/auth/login');
    await guide.waitFor(`${SCENARIO}/open-diary`, 'found');
    await page.keyboard.press('Escape');
    await guide.bubbleButton('Проводник: показать подсказку').waitFor();
    await guide.bubbleButton('Проводник: показать подсказку').focus();
    await page.keyboard.press('Enter');
    await guide.bubbleButton('Пропустить').focus();
    await page.keyboard.press('Enter');
    await guide.waitFor(`${SCENARIO}/open-diary`, 'done');
  });

  test('progress is kept after the browser is closed and opened again', async () => {
    session = await launch();
    await start(session);
    const page = await session.context.newPage();
    const guide = new GuidePage(page);
    await page.goto('https://one.43edu.ru/?replica-state=signed-in');
    await guide.waitFor(`${SCENARIO}/open-chats`, 'found');
    await expect.poll(() => badge(session!)).toBe('4');
    const profile = session.profile;
    await session.close({ keepProfile: true });

    session = await launch({ profile });
    const popup = await session.popup();
    await popup.locator(`[data-scenario="${SCENARIO}"][aria-pressed="true"]`).waitFor();
    await expect.poll(() => popup.locator('.step.done').count()).toBe(2);
    await expect.poll(() => popup.locator('[data-step-id="esia-grant"].skipped').count()).toBe(1);
    await expect.poll(() => popup.locator('[data-step-id="open-chats"].current').count()).toBe(1);
    expect(await popup.locator('[data-step-code]').innerText()).toBe('П1-4');
    await expect.poll(() => badge(session!)).toBe('4');
    await popup.screenshot({ path: 'tests/e2e/screenshots/popup.png' });
    // «Открыть сайт» opens where the current step happens.
    const [tab] = await Promise.all([session.context.waitForEvent('page'), popup.locator('[data-action="open-site"]').click()]);
    await new GuidePage(tab).waitFor(`${SCENARIO}/open-chats`, 'found');
  });

  test('a target inside a modal <dialog>: spotlighted, and the hint stays usable above it', async () => {
    const page = `<!doctype html><html lang="ru"><body><h1>Электронные услуги</h1>
      <a href="#" role="button">Вход через портал госуслуг</a>
      <dialog id="d"><h2>Выберите способ входа</h2>
        <a id="gos" role="button" tabindex="0" onclick="location.href='https://esia.gosuslugi.ru/login/'">Вход через портал госуслуг</a>
        <button>Отмена</button></dialog>
      <script>setTimeout(() => document.getElementById('d').showModal(), 400)</script></body></html>`;
    session = await launch({ override: (url) => (url.pathname.startsWith('/auth/login') ? page : undefined) });
    await start(session);
    const tab = await session.context.newPage();
    const guide = new GuidePage(tab);
    await tab.goto('https://one.43edu.ru/auth/login');
    await expect.poll(() => tab.evaluate(() => document.querySelector('[data-provodnik-target]')?.id ?? '')).toBe('gos');
    await tab.screenshot({ path: 'tests/e2e/screenshots/modal-dialog.png', animations: 'disabled' });
    // The bubble is not made inert by the modal dialog: its buttons still work.
    await guide.bubbleButton('Пропустить').click();
    await guide.waitFor(`${SCENARIO}/open-diary`, 'done');
  });

  test('no scenario chosen: nothing in the page', async () => {
    session = await launch();
    const page = await session.context.newPage();
    await page.goto('https://one.43edu.ru/auth/login');
    await page.locator('#button-1025').waitFor();
    // Give the content script its chance: the popup's own load proves the extension runs.
    await session.popup();
    await page.reload();
    await page.locator('#button-1025').waitFor();
    expect(await page.locator('[data-step]').count()).toBe(0);
    expect(await page.locator('[data-provodnik-target]').count()).toBe(0);
  });
});
