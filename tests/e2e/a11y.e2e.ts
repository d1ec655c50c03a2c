import { join } from 'node:path';
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, test } from 'vitest';
import { checkOverlay } from '../support/a11y';
import { axeCheck, axeViolations, OVERLAY } from '../support/axe';
import { launch, type Session } from '../support/browser';
import { GuidePage } from '../support/guide-page';
import { SCREENSHOTS } from '../support/walks';

// Accessibility of our own UI in the real browser: axe on the popup, the overlay's
// keyboard use, its live region, and the spotlight under the system's display settings.
// (The overlay at every step of every scenario, in 1280×800, 360 px and at 200 % zoom, is
// checked by the walks: tests/e2e/walks.e2e.ts with tests/support/a11y.ts.)

const SCENARIO = 'parent-diary-sferum';
const ESIA = 'https://esia.gosuslugi.ru/login/?redirect_uri=https%3A%2F%2Fone.43edu.ru%2Fauth%2Ffinish';
const SHOTS = join(SCREENSHOTS, 'a11y');
mkdirSync(SHOTS, { recursive: true });

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

async function start(s: Session, scenario = SCENARIO): Promise<Page> {
  const popup = await s.popup();
  await popup.locator(`[data-scenario="${scenario}"]`).click();
  await popup.locator(`[data-scenario="${scenario}"][aria-pressed="true"]`).waitFor();
  return popup;
}

/** What has focus, looking into the overlay's shadow root. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const a = document.activeElement;
    const inner = a?.shadowRoot?.activeElement;
    if (inner) {
      const style = getComputedStyle(inner);
      return { where: 'overlay', action: inner.getAttribute('data-action') ?? inner.className, outline: `${style.outlineStyle} ${style.outlineWidth}` };
    }
    return { where: a?.hasAttribute('data-provodnik-target') ? 'target' : (a?.id || a?.tagName || ''), action: '', outline: '' };
  });

describe('axe, WCAG 2.2 AA', () => {
  test('the helper looks inside the overlay’s shadow root (an unnamed button there is found)', async () => {
    session = await launch();
    await start(session);
    const page = await session.context.newPage();
    await page.goto(ESIA);
    await new GuidePage(page).waitFor(`${SCENARIO}/esia-login`, 'found');
    expect(await axeViolations(page, { include: OVERLAY })).toEqual([]);
    await page.evaluate(() => document.querySelector('[data-step]')!.shadowRoot!.querySelector('.actions')!.append(document.createElement('button')));
    const { violations } = await axeCheck(page, { include: OVERLAY });
    expect(violations.some((v) => v.startsWith('button-name'))).toBe(true);
  });

  test('the options page’s text size and reduced motion reach the hint on the page', async () => {
    session = await launch();
    await start(session);
    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    await options.locator('[data-input="text-size"]').selectOption('larger');
    await options.locator('[data-input="reduced-motion"]').check();
    const page = await session.context.newPage();
    await page.goto(ESIA);
    await new GuidePage(page).waitFor(`${SCENARIO}/esia-login`, 'found');
    await expect
      .poll(() =>
        page.evaluate(() => {
          const root = document.querySelector('provodnik-guide')?.shadowRoot;
          const title = root?.querySelector('.title');
          const spot = root?.querySelector('.spot');
          return `${title ? getComputedStyle(title).fontSize : '-'} ${spot ? getComputedStyle(spot).animationName : '-'}`;
        }),
      )
      .toBe('25px none');
  });

  test('the options page, the help page and the demo sandbox (its start page, its bar over a replica page)', async () => {
    session = await launch();
    const page = await session.context.newPage();
    for (const path of ['options.html', 'help.html', 'demo.html']) {
      await page.goto(`chrome-extension://${session.extensionId}/${path}`);
      // Rendered: its heading is there.
      await page.locator('h1').first().waitFor();
      expect(await axeViolations(page), path).toEqual([]);
      await page.screenshot({ path: join(SHOTS, `${path.replace('.html', '')}.png`), fullPage: true });
    }
    // The sandbox playing a scenario: the bar and the overlay (the replica page is not ours).
    const popup = await session.popup();
    const [demo] = await Promise.all([session.context.waitForEvent('page'), popup.locator('[data-action="demo"]').click()]);
    await demo.waitForLoadState();
    await demo.locator('[data-scenario="parent-diary-sferum"][data-track="parent-diary-sferum"]').click();
    await demo.locator('[data-step][data-state="found"]').waitFor({ state: 'attached' });
    expect(await axeViolations(demo, { include: { include: [['provodnik-demo-bar'], ['provodnik-guide']] } })).toEqual([]);
  });

  for (const locale of ['ru-RU', 'en-US']) {
    test(`the popup (${locale}): the list, then a scenario with its checklist, at 360 px too`, async () => {
      session = await launch({ locale });
      const popup = await session.popup();
      expect(await axeViolations(popup)).toEqual([]);
      await popup.locator(`[data-scenario="${SCENARIO}"]`).click();
      await popup.locator('[data-step-code]').waitFor();
      expect(await axeViolations(popup)).toEqual([]);
      await popup.setViewportSize({ width: 360, height: 640 });
      expect(await axeViolations(popup)).toEqual([]);
      await popup.screenshot({ path: join(SHOTS, `popup-${locale}.png`), fullPage: true });
      // One language per screen: the scenario's texts are Russian, so the popup's own words
      // are too, in an English browser as well (tests/e2e/language.e2e.ts).
      expect(await popup.locator('main').getAttribute('lang')).toBe('ru');
      await expect.poll(() => popup.locator('[data-action="reset"]').textContent()).toBe('Начать заново');
      expect(await popup.locator('#active-title').getAttribute('lang')).toBe('ru');
    });
  }
});

describe('keyboard and screen reader', () => {
  test('typing in a field: the hint never takes focus; Tab reaches the target, then the hint’s buttons, with visible focus', async () => {
    session = await launch();
    await start(session);
    const page = await session.context.newPage();
    const guide = new GuidePage(page);
    await page.goto(ESIA);
    await guide.waitFor(`${SCENARIO}/esia-login`, 'found');
    // Typing while the overlay follows the page (every key changes the page).
    await page.locator('#login').click();
    await page.keyboard.type('+7 900 000-00-00', { delay: 20 });
    await page.keyboard.press('Tab');
    expect((await focused(page)).where).toBe('password');
    await page.keyboard.type('secret');
    expect(await page.locator('#password').inputValue()).toBe('secret');
    expect(await page.locator('#login').inputValue()).toBe('+7 900 000-00-00');
    // Tab from the password: the spotlighted «Войти» is the page's own next stop.
    await page.keyboard.press('Tab');
    expect((await focused(page)).where).toBe('target');
    // Onward, the hint's buttons come in the natural order (the host is the document's last element).
    const reached: { action: string; outline: string }[] = [];
    for (let i = 0; i < 60 && reached.length < 3; i++) {
      await page.keyboard.press('Tab');
      const f = await focused(page);
      if (f.where === 'overlay') reached.push(f);
    }
    expect(reached.map((r) => r.action)).toEqual(['done', 'skip', 'hide']);
    for (const r of reached) expect(r.outline, `${r.action}: visible focus`).toMatch(/^solid [3-9]/);
    await page.screenshot({ path: join(SHOTS, 'focus-hide.png') });
    // «Скрыть» by keyboard: focus goes to «показать подсказку», not lost.
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focused(page)).action).toBe('pill');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focused(page)).where).toBe('overlay');
    expect(await page.evaluate(() => !!document.querySelector('[data-step]')!.shadowRoot!.querySelector('.bubble'))).toBe(true);
  });

  test('Escape hides the hint; hidden, it leaves Escape to the page; in a page dialog, Escape is the page’s', async () => {
    session = await launch();
    await start(session);
    const page = await session.context.newPage();
    const guide = new GuidePage(page);
    await page.goto(ESIA);
    await guide.waitFor(`${SCENARIO}/esia-login`, 'found');
    const bubbleShown = () => page.evaluate(() => !!document.querySelector('[data-step]')!.shadowRoot!.querySelector('.bubble'));
    // A page dialog of the page's own, with focus in it: Escape closes it, the hint stays.
    await page.evaluate(() => {
      const d = document.createElement('dialog');
      d.id = 'page-dialog';
      d.innerHTML = '<p>Диалог страницы</p><button id="in-dialog">OK</button>';
      document.body.append(d);
      d.showModal();
      (d.querySelector('#in-dialog') as HTMLButtonElement).focus();
    });
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => (document.getElementById('page-dialog') as HTMLDialogElement).open)).toBe(false);
    expect(await bubbleShown()).toBe(true);
    // Elsewhere, Escape hides the hint; focus stays where it was.
    await page.locator('#login').focus();
    await page.keyboard.press('Escape');
    await expect.poll(bubbleShown).toBe(false);
    expect((await focused(page)).where).toBe('login');
    // Hidden: the page's own Escape handling sees the key untouched.
    await page.evaluate(() => {
      (window as unknown as { seen: string[] }).seen = [];
      document.addEventListener('keydown', (e) => (window as unknown as { seen: string[] }).seen.push(`${e.key} ${e.defaultPrevented}`));
    });
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => (window as unknown as { seen: string[] }).seen)).toEqual(['Escape false']);
    expect(await bubbleShown()).toBe(false);
  });

  test('the live region says each step once, politely, and not again on re-renders', async () => {
    session = await launch();
    await start(session);
    const page = await session.context.newPage();
    const guide = new GuidePage(page);
    // Record every text the region ever holds, from the start of the page.
    await page.addInitScript(() => {
      const said: string[] = [];
      (window as unknown as { said: string[] }).said = said;
      const watch = (root: ShadowRoot) => {
        const region = root.querySelector('[data-live]');
        if (!region) return false;
        const note = () => {
          const text = region.textContent ?? '';
          if (text && said[said.length - 1] !== text) said.push(text);
          else if (text && said[said.length - 1] === text) said.push(`(again) ${text}`);
        };
        new MutationObserver(note).observe(region, { childList: true, characterData: true, subtree: true });
        note();
        return true;
      };
      const poll = new MutationObserver(() => {
        const root = document.querySelector('provodnik-guide')?.shadowRoot;
        if (root && watch(root)) poll.disconnect();
      });
      poll.observe(document, { childList: true, subtree: true });
    });
    await page.goto(ESIA);
    await guide.waitFor(`${SCENARIO}/esia-login`, 'found');
    await page.locator('#login').fill('+7 900 000-00-00');
    await page.locator('#password').fill('secret');
    await guide.target.click();
    await guide.waitFor(`${SCENARIO}/esia-grant`, 'found');
    const said = () => page.evaluate(() => (window as unknown as { said: string[] }).said);
    await expect.poll(async () => (await said()).length).toBe(2);
    const [first, second] = await said();
    expect(first).toMatch(/Шаг 2 из \d+ · П1-2\. Войдите на Госуслуги как родитель\.$/);
    expect(second).toMatch(/Шаг 3 из \d+ · П1-3\./);
    expect(await page.evaluate(() => document.querySelector('[data-step]')!.shadowRoot!.querySelector('[data-live]')!.getAttribute('aria-live'))).toBe('polite');
  });
});

describe('display settings', () => {
  const spotStyle = (page: Page) =>
    page.evaluate(() => {
      const s = getComputedStyle(document.querySelector('[data-step]')!.shadowRoot!.querySelector('.spot')!);
      return { animation: s.animationName, border: `${s.borderTopStyle} ${s.borderTopWidth}`, color: s.borderTopColor, outline: `${s.outlineStyle} ${s.outlineWidth}` };
    });

  test('reduced motion: no animation; more contrast and forced colours: the spotlight ring stays, thicker', async () => {
    session = await launch();
    await start(session);
    const page = await session.context.newPage();
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(ESIA);
    await new GuidePage(page).waitFor(`${SCENARIO}/esia-login`, 'found');
    expect((await spotStyle(page)).animation).toBe('none');
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    expect((await spotStyle(page)).animation).toBe('appear');

    await page.emulateMedia({ contrast: 'more' });
    const more = await spotStyle(page);
    expect(more.border).toBe('solid 6px');
    expect(more.outline).toBe('solid 3px');
    await checkOverlay(page, 'prefers-contrast: more');
    await page.screenshot({ path: join(SHOTS, 'contrast-more.png'), animations: 'disabled' });

    await page.emulateMedia({ contrast: 'no-preference', forcedColors: 'active' });
    const forced = await spotStyle(page);
    expect(forced.border).toBe('solid 6px');
    expect(forced.outline).toBe('solid 3px');
    expect(forced.color).not.toMatch(/rgba\(0, 0, 0, 0\)|transparent/);
    await checkOverlay(page, 'forced-colors: active');
    await page.screenshot({ path: join(SHOTS, 'forced-colors.png'), animations: 'disabled' });
  });
});
