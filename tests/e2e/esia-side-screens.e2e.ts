import { afterEach, describe, expect, test } from 'vitest';
import { launch, type Session } from '../support/browser';
import { GuidePage } from '../support/guide-page';

// ESIA's own screens after the password (docs/SCENARIOS.md «ESIA side screens») in real
// Chromium, on the ESIA replica's variants (?replica-side=… after «Войти», ?replica-state=… directly):
// reported as <scenario>/<side screen>, with the control spotlighted, in two scenarios.

const ESIA = 'https://esia.gosuslugi.ru/login/';

async function start(session: Session, scenario: string) {
  const popup = await session.popup();
  await popup.locator(`[data-scenario="${scenario}"]`).click();
  await popup.locator(`[data-scenario="${scenario}"][aria-pressed="true"]`).waitFor();
  return popup;
}

/** The hint's own texts (the shadow root is open to tests). */
const bubble = (page: GuidePage) => page.page.locator('provodnik-guide .bubble');

describe('ESIA side screens', () => {
  let session: Session | undefined;
  afterEach(async () => {
    await session?.close();
    session = undefined;
  });

  test('parent-diary-sferum: code, MAX offer and «Войти как» after the password, then the consent; the step number stays', async () => {
    session = await launch();
    const popup = await start(session, 'parent-diary-sferum');
    const page = await session.context.newPage();
    const guide = new GuidePage(page);
    const back = encodeURIComponent('https://one.43edu.ru/auth/finish');
    await page.goto(`${ESIA}?client_id=ERSO43&redirect_uri=${back}&replica-side=code,max-offer,role`);
    await guide.waitFor('parent-diary-sferum/esia-login', 'found');
    await guide.target.click();

    await guide.waitFor('parent-diary-sferum/esia-code', 'found');
    expect(await guide.target.evaluate((el) => (el as HTMLInputElement).type)).toBe('tel');
    expect(await guide.target.evaluate((el) => el.closest('esia-enter-mfa') !== null)).toBe(true);
    // The sign-in step's number; no «Я сделал(а) это» for a screen that is no checklist step.
    await expect.poll(() => bubble(guide).textContent()).toContain('Шаг 2 из 8 · П1-2');
    await expect.poll(() => bubble(guide).textContent()).toContain('Госуслуги просят код');
    expect(await guide.bubbleButton('Я сделал(а) это').count()).toBe(0);
    expect(await guide.host.count()).toBe(1);
    await page.screenshot({ path: 'tests/e2e/screenshots/esia-side-code.png', animations: 'disabled' });
    // The popup: still the sign-in step, nothing stored for the side screen.
    await popup.reload();
    await expect.poll(() => popup.locator('[data-step-code]').textContent()).toBe('П1-2');

    await guide.target.fill('123456');
    await guide.waitFor('parent-diary-sferum/esia-max-offer', 'found');
    expect(await guide.targetName()).toBe('пропустить');
    await guide.target.click();

    await guide.waitFor('parent-diary-sferum/esia-role', 'found');
    expect(await guide.targetName()).toMatch(/^войти как частное лицо/);
    await expect.poll(() => bubble(guide).textContent()).toContain('Не выбирайте организацию');
    await page.screenshot({ path: 'tests/e2e/screenshots/esia-side-role.png', animations: 'disabled' });
    await guide.target.click();

    await guide.waitFor('parent-diary-sferum/esia-grant', 'found');
    expect(await guide.targetName()).toBe('предоставить');
    await popup.reload();
    await expect.poll(() => popup.locator('[data-step-code]').textContent()).toBe('П1-3');
  });

  test('myschool-diary: each side screen opened directly, the non-skippable MAX notice said plainly', async () => {
    session = await launch();
    await start(session, 'myschool-diary');
    const page = await session.context.newPage();
    const guide = new GuidePage(page);
    const cases: [string, string, string | RegExp][] = [
      ['max-notice', 'esia-max-offer', 'подключить мах'],
      ['check', 'esia-check', 'введите символы с картинки'],
      ['password-change', 'esia-password-change', 'новый пароль'],
      ['code-max', 'esia-code', 'код подтверждения'],
      ['role', 'esia-role', /^войти как частное лицо/],
    ];
    for (const [screen, side, target] of cases) {
      await page.goto(`${ESIA}?replica-state=${screen}`);
      await guide.waitFor(`myschool-diary/${side}`, 'found');
      const name = await guide.targetName();
      if (typeof target === 'string') expect(name, screen).toBe(target);
      else expect(name, screen).toMatch(target);
      await expect.poll(() => bubble(guide).textContent(), { message: screen }).toContain('П12-2');
      if (screen === 'max-notice') {
        await expect.poll(() => bubble(guide).textContent()).toContain('пропустить нельзя');
        await page.screenshot({ path: 'tests/e2e/screenshots/esia-side-max-notice.png', animations: 'disabled' });
      }
    }
    // The login form itself is the sign-in step again.
    await page.goto(ESIA);
    await guide.waitFor('myschool-diary/esia-login', 'found');
    expect(await guide.targetName()).toBe('войти');
  });
});
