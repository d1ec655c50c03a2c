import { describe, expect, test } from 'vitest';
import { launch } from '../support/browser';
import { GuidePage } from '../support/guide-page';
import { headedBrowsers } from '../support/xvfb';

// The regional «Сетевой город» of Томская область: not guided until the person allows it.
const DIARY = 'https://sgo.tomedu.ru/authorize/login';
const SCENARIO = 'diary-login-gosuslugi';

describe('regional diary hosts: granted at run time', () => {
  const headed = headedBrowsers();

  test('the popup asks for one host; after «Разрешить» the diary is guided, after «Убрать» not', async () => {
    const { session, display } = await headed();
    const popup = await session.popup();
    await popup.locator(`[data-scenario="${SCENARIO}"]`).click();

    const page = await session.context.newPage();
    const guide = new GuidePage(page);
    await page.goto(DIARY);
    await page.getByText('Вход в систему').first().waitFor();
    expect(await page.locator('provodnik-guide').count()).toBe(0);

    await popup.bringToFront();
    await popup.locator('details.region summary').click();
    await popup.locator('[data-input="region"]').selectOption('sgo.tomedu.ru');
    await popup.locator('[data-action="grant-region"]').click();
    // Chromium's own prompt: a person presses Tab to «Разрешить» and Enter. The prompt is
    // browser UI that no automation API reports, so the keys go on the second poll, once
    // it has had its interval to open; then the popup's answer is awaited.
    let polls = 0;
    await expect
      .poll(
        async () => {
          if (++polls === 2) display.keys('Tab', 'Return');
          return (await popup.locator('.message').count()) ? popup.locator('.message').textContent() : '';
        },
        { timeout: 20_000, interval: 1000 },
      )
      .toContain('Готово');
    await expect.poll(() => popup.locator('.granted li').count()).toBe(1);

    await page.bringToFront();
    await page.reload();
    await guide.waitFor(`${SCENARIO}/choose-school`, ['found', 'searching', 'not-found']);

    await popup.bringToFront();
    await popup.locator('.granted li button').click();
    await expect.poll(() => popup.locator('.granted li').count()).toBe(0);
    await page.bringToFront();
    await page.reload();
    await page.getByText('Вход в систему').first().waitFor();
    expect(await page.locator('provodnik-guide').count()).toBe(0);
  });

  test('granted outside our popup (browser menu, policy): guided from the next page load', async () => {
    const session = await launch({ granted: ['https://sgo.tomedu.ru/*'] });
    try {
      const popup = await session.popup();
      await popup.locator(`[data-scenario="${SCENARIO}"]`).click();
      const page = await session.context.newPage();
      await page.goto(DIARY);
      await new GuidePage(page).waitFor(`${SCENARIO}/choose-school`, ['found', 'searching', 'not-found']);
    } finally {
      await session.close();
    }
  });

  test('a region that left «Сетевой город» says where its diary went when it is picked', async () => {
    const session = await launch();
    try {
      const popup = await session.popup();
      await popup.locator('details.region summary').click();
      const moved = popup.locator('[data-region-moved]');
      await popup.locator('[data-input="region"]').selectOption('sgo.rso23.ru');
      await expect.poll(() => moved.textContent()).toMatch(/Краснодарский край.*«Госуслуги Моя школа»/);
      await popup.locator('[data-input="region"]').selectOption('sgo.monrk.ru');
      await expect.poll(() => moved.textContent()).toMatch(/«Дневник\.ру»/);
      await popup.locator('[data-input="region"]').selectOption('sgo.tomedu.ru');
      await expect.poll(() => moved.count()).toBe(0);
    } finally {
      await session.close();
    }
  });
});
