import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, test } from 'vitest';
import { launch, type Session } from '../support/browser';
import { GuidePage } from '../support/guide-page';
import { fixtureFor } from '../support/replicas';

const VK_AUTH =
  'https://id.vk.com/auth?app_id=51464477&response_type=silent_token&v=1.55.1&redirect_uri=https%3A%2F%2Fone.43edu.ru%2Fvkm%2Flink-finish';

async function start(session: Session, scenario: string) {
  const popup = await session.popup();
  await popup.locator(`[data-scenario="${scenario}"]`).click();
  await popup.locator(`[data-scenario="${scenario}"][aria-pressed="true"]`).waitFor();
  const page = await session.context.newPage();
  return { popup, page, guide: new GuidePage(page) };
}

describe('child-diary-sferum and diary-login-gosuslugi: the pages where people get stuck', () => {
  let session: Session | undefined;
  afterEach(async () => {
    await session?.close();
    session = undefined;
  });

  test('VK ID «Ваш профиль для связи»: the child switches account, not «Продолжить»', async () => {
    session = await launch();
    const { page, guide } = await start(session, 'child-diary-sferum');
    await page.goto(VK_AUTH);
    await guide.waitFor('child-diary-sferum/vkid-switch-account', 'found');
    expect(await guide.targetName()).toBe('войти в другой аккаунт');
    expect(await guide.target.getAttribute('data-testid')).toBe('enter-another-way');
    // The warning names the pitfall: the parent's account remembered by the browser.
    await page.locator('provodnik-guide').getByText('аккаунт родителя', { exact: false }).first().waitFor();
    await guide.target.click();
    await guide.waitFor('child-diary-sferum/vkid-phone', 'found');
    expect(await guide.targetName()).toBe('продолжить');
  });

  test('VK ID as public code shows it: «Войти другим способом» is spotlit the same way', async () => {
    const vkid = readFileSync(fixtureFor(new URL(VK_AUTH))!, 'utf8').replace(
      '<span class="vkuiButton__content">Войти в другой аккаунт</span>',
      '<span class="vkuiButton__content">Войти другим способом</span>',
    );
    expect(vkid).toContain('Войти другим способом');
    session = await launch({ override: (url) => (url.host === 'id.vk.com' && url.pathname.startsWith('/auth') ? vkid : undefined) });
    const { page, guide } = await start(session, 'child-diary-sferum');
    await page.goto(VK_AUTH);
    await guide.waitFor('child-diary-sferum/vkid-switch-account', 'found');
    expect(await guide.targetName()).toBe('войти другим способом');
  });

  test('«Сетевой город» «Запись не найдена»: step not-found, «Обратиться в организацию», then the form', async () => {
    session = await launch({ granted: ['https://school.sgo41.ru/*'] });
    const { page, guide } = await start(session, 'diary-login-gosuslugi');
    await page.goto('https://school.sgo41.ru/authorize/login?replica-state=not-found');
    await guide.waitFor('diary-login-gosuslugi/not-found', 'found');
    expect(await guide.targetName()).toBe('обратиться в организацию');
    await page.screenshot({ path: 'tests/e2e/screenshots/sgo-not-found.png', animations: 'disabled' });
    await guide.target.click();
    await guide.waitFor('diary-login-gosuslugi/not-found', 'found');
    await expect.poll(() => guide.targetName()).toBe('отправить');
    await guide.target.click();
    await guide.waitFor('diary-login-gosuslugi/not-found', 'done');
  });

  test('«Сетевой город» login page opened directly: choose the school first, then «Через» Gosuslugi', async () => {
    session = await launch({ granted: ['https://school.sgo41.ru/*'] });
    const { page, guide } = await start(session, 'diary-login-gosuslugi');
    await page.goto('https://school.sgo41.ru/authorize/login?replica-org=1002');
    // The school is remembered from an earlier visit: straight to the Gosuslugi button (an image, no text).
    await guide.waitFor('diary-login-gosuslugi/via-gosuslugi', 'found');
    expect(await guide.target.evaluate((el) => el.matches('div.gosbutton'))).toBe(true);
  });
});
