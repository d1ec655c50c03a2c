import { afterEach, describe, expect, test } from 'vitest';
import { launch, type Session } from '../support/browser';
import { GuidePage } from '../support/guide-page';

// child-gosuslugi-account in real Chromium: recognition by what is visible (every wizard
// screen shares one address) and the right «Добавить» among look-alikes.
const SCENARIO = 'child-gosuslugi-account';
const WIZARD = 'https://lk.gosuslugi.ru/profile/family/create-child-account?kidId=70000001';

async function start(session: Session, scenario = SCENARIO) {
  const popup = await session.popup();
  await popup.locator(`[data-scenario="${scenario}"]`).click();
  await popup.locator(`[data-scenario="${scenario}"][aria-pressed="true"]`).waitFor();
  return popup;
}

describe(SCENARIO, () => {
  let session: Session | undefined;
  afterEach(async () => {
    await session?.close();
    session = undefined;
  });

  test('a middle wizard screen opened directly is that step, not the first screen', async () => {
    session = await launch();
    await start(session);
    const page = await session.context.newPage();
    const guide = new GuidePage(page);

    await page.goto(`${WIZARD}&replica-state=fresh,child-checked,wizard-phone`);
    await guide.waitFor(`${SCENARIO}/phone`, 'found');
    expect(await guide.targetName()).toBe('получить код');
    // The other screens are in the DOM, hidden: the address screen's «Продолжить» is not it.
    expect(await page.locator('[data-screen="address"] button').first().isHidden()).toBe(true);
    expect(await guide.host.count()).toBe(1);

    // The address does not change from screen to screen: the step follows what is shown.
    await guide.target.click();
    await guide.waitFor(`${SCENARIO}/phone-code`, 'found');
    expect(await guide.targetName()).toBe('подтвердить');

    // The confirmation letter's link opens the password screen.
    await page.goto(`${WIZARD}&replica-state=email-confirmed`);
    await guide.waitFor(`${SCENARIO}/password`, 'found');
    expect(await guide.targetName()).toBe('сохранить');

    // The e-mail question: the Mail.ru child mailbox is the one suggested.
    await page.goto(`${WIZARD}&replica-state=fresh,child-checked,wizard-email-choice`);
    await guide.waitFor(`${SCENARIO}/email`, 'found');
    expect(await guide.targetName()).toBe('да');
  });

  test('«Семья и дети»: the «Добавить» of block «Дети», never a look-alike', async () => {
    session = await launch();
    await start(session);
    const page = await session.context.newPage();
    const guide = new GuidePage(page);
    await page.goto('https://lk.gosuslugi.ru/profile/family?replica-state=fresh');
    await guide.waitFor(`${SCENARIO}/add-child`, 'found');
    expect(await guide.targetName()).toBe('добавить');
    // The one in «Дети», not those under «Брак и развод» or «Родители».
    const spotlit = () =>
      page.evaluate(() => {
        const all = document.querySelectorAll('[data-provodnik-target]');
        const t = all[0];
        if (all.length !== 1 || !t) return `${all.length} targets`;
        const block = t.closest('section')?.querySelector('h3')?.textContent?.trim();
        return `${block} ${t.hasAttribute('data-add-child') ? 'add-child' : 'decoy'}`;
      });
    await expect.poll(spotlit).toBe('Дети add-child');
    await page.screenshot({ path: 'tests/e2e/screenshots/gosuslugi-add-child.png', animations: 'disabled' });

    // With a child in the block, «Добавьте ребёнка» is still the step until it is behind
    // (this may be a second child): «Добавить ещё ребёнка» in «Дети», never the first card.
    await page.goto('https://lk.gosuslugi.ru/profile/family?replica-state=child-checked');
    await guide.waitFor(`${SCENARIO}/add-child`, 'found');
    expect(await guide.targetName()).toBe('добавить еще ребенка');
    await expect.poll(spotlit).toBe('Дети add-child');
    // Skipped (the child is already there): the child's card is next.
    await guide.host.locator('[data-action="skip"]').click();
    await guide.waitFor(`${SCENARIO}/open-child-card`, 'found');
    await expect
      .poll(() => page.evaluate(() => document.querySelector('[data-provodnik-target]')?.getAttribute('href') ?? ''))
      .toContain('/profile/family/child/');
  });

  test('the ЗАГС check: «Запросить» of the certificate, autoupdate unticked, then a wait', async () => {
    session = await launch();
    const popup = await start(session);
    const page = await session.context.newPage();
    const guide = new GuidePage(page);
    await page.goto('https://lk.gosuslugi.ru/profile/family/child/70000001?replica-state=fresh,child-manual');
    await guide.waitFor(`${SCENARIO}/request-check`, 'found');
    // Not the «Запросить» of card «ИНН».
    const attr = (name: string) =>
      page.evaluate((n) => document.querySelector('[data-provodnik-target]')?.getAttribute(n) ?? null, name);
    await expect.poll(() => attr('data-zags-open')).not.toBeNull();
    await guide.target.click();
    await expect.poll(() => guide.targetName()).toBe('автообновление для сохранения актуальности документов');
    await guide.target.click();
    await expect.poll(() => guide.targetName()).toBe('отправить');
    await guide.target.click();
    await guide.waitFor(`${SCENARIO}/request-check`, 'done');
    // The checklist shows the wait and keeps the progress.
    await popup.reload();
    await expect.poll(() => popup.locator('[data-step-id="request-check"].done').count()).toBe(1);
    await expect.poll(() => popup.locator('[data-step-id="request-check"] .wait').count()).toBe(1);
    // Still being checked: the card is the wait, not «Создать».
    await page.goto('https://lk.gosuslugi.ru/profile/family/child/70000001?replica-state=child-checking');
    await guide.waitFor(`${SCENARIO}/request-check`, 'done');
  });
});

describe('parent-consent', () => {
  let session: Session | undefined;
  afterEach(async () => {
    await session?.close();
    session = undefined;
  });

  test('the user menu opens first, then «Уведомления» inside it', async () => {
    session = await launch();
    await start(session, 'parent-consent');
    const page = await session.context.newPage();
    const guide = new GuidePage(page);
    await page.goto('https://lk.gosuslugi.ru/?replica-state=fresh,child-account,consent-pending');
    await guide.waitFor('parent-consent/open-notifications', 'found');
    expect(await guide.target.getAttribute('aria-haspopup')).toBe('true');
    await guide.target.click();
    await expect.poll(() => guide.targetName()).toBe('уведомления');
    expect(await guide.target.getAttribute('href')).toBe('https://lk.gosuslugi.ru/notifications');
  });
});
