import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { launch, type Session } from '../support/browser';
import { axeCheck, OVERLAY } from '../support/axe';
import { GuidePage } from '../support/guide-page';
import { SCREENSHOTS } from '../support/walks';

// The `away` note (an official page where no step of the active scenario happens) and a
// reveal path (the step's control hidden in a closed menu: the control that opens it first).

// (The README's pictures, docs/img/, are copies of these.)
const SHOTS = join(SCREENSHOTS, 'away');

async function start(session: Session, scenario: string) {
  const popup = await session.popup();
  await popup.locator(`[data-scenario="${scenario}"]`).click();
  await popup.locator(`[data-scenario="${scenario}"][aria-pressed="true"]`).waitFor();
  await popup.close();
}

/** A profile page of Gosuslugi with nothing of the scenario on it, and a page whose «Уведомления» is in a closed user menu. */
const PAGES: Record<string, string> = {
  '/profile/personal': `<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>Госуслуги</title>
    <style>body{font:16px/1.5 Arial,sans-serif;margin:0;color:#0b1f33}header{padding:16px 24px;border-bottom:1px solid #e1e7f0;font-weight:700;color:#0d4cd3}
    main{padding:24px;max-width:760px}.card{border:1px solid #e1e7f0;border-radius:12px;padding:16px;margin:12px 0}</style></head>
    <body><header>ГОСУСЛУГИ</header><main><h1>Личные документы</h1>
    <div class="card"><b>Паспорт РФ</b><p>Данные подтверждены</p></div>
    <div class="card"><b>СНИЛС</b><p>Данные подтверждены</p></div>
    <div class="card"><b>ИНН</b><p>Данных нет</p></div></main></body></html>`,
  '/': `<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>Госуслуги</title>
    <style>body{font:16px/1.5 Arial,sans-serif;margin:0;color:#0b1f33}header{display:flex;justify-content:space-between;padding:12px 24px;border-bottom:1px solid #e1e7f0}
    .logo{font-weight:700;color:#0d4cd3}.user{position:relative}.user button{font:inherit;border:1px solid #c9d6e8;border-radius:20px;background:#fff;padding:6px 14px;cursor:pointer}
    .menu{position:absolute;right:0;top:44px;list-style:none;margin:0;padding:8px 0;background:#fff;border:1px solid #e1e7f0;border-radius:8px;width:220px;box-shadow:0 4px 16px #0002}
    .menu a{display:block;padding:8px 16px;color:#0b1f33;text-decoration:none}main{padding:24px}</style></head>
    <body><header><span class="logo">ГОСУСЛУГИ</span><div class="user">
    <button id="u" type="button" aria-haspopup="true" aria-expanded="false" aria-controls="m">ИА ▾</button>
    <ul class="menu" id="m" hidden><li><a href="/profile">Профиль</a></li><li><a href="/notifications" id="n">Уведомления</a></li><li><a href="#">Выйти</a></li></ul>
    </div></header><main><h1>Здравствуйте!</h1><p>Популярные услуги</p></main>
    <script>const b=document.getElementById('u'),m=document.getElementById('m');b.addEventListener('click',()=>{const o=m.hidden;m.hidden=!o;b.setAttribute('aria-expanded',String(o));});</script>
    </body></html>`,
};

describe('away note and reveal paths', () => {
  let session: Session | undefined;
  afterEach(async () => {
    await session?.close();
    session = undefined;
  });

  test('an official page with no step of the scenario: the note with the current step, where and how to go; no spotlight', async () => {
    session = await launch({ override: (url) => (url.host === 'lk.gosuslugi.ru' ? PAGES[url.pathname] : undefined) });
    await start(session, 'teacher-messenger');
    const page = await session.context.newPage();
    const guide = new GuidePage(page);
    await page.goto('https://lk.gosuslugi.ru/profile/personal');
    // The current step is the scenario's first (nothing done): on another site.
    await guide.waitFor('teacher-messenger/profile', 'away');
    expect(await guide.target.count()).toBe(0);
    const note = page.locator('provodnik-guide').getByRole('region');
    const toggle = note.getByRole('button', { expanded: true });
    await expect.poll(() => toggle.count()).toBe(1);
    const link = note.getByRole('link');
    expect(await link.getAttribute('href')).toBe('https://web.vk.me/');
    expect(await note.textContent()).toContain('VK Мессенджер');
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: join(SHOTS, 'away-note.png'), animations: 'disabled' });
    // WCAG 2.2 AA inside the overlay, open and (below) folded.
    const open = await axeCheck(page, { include: OVERLAY });
    expect(open.violations).toEqual([]);
    expect(open.checked).toBeGreaterThan(0);
    // Collapsible from the keyboard: one line then, the link gone from view.
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => note.getByRole('button', { expanded: false }).count()).toBe(1);
    expect(await link.isVisible()).toBe(false);
    // The field-fix control (SCENARIOS.md «Field fixes») stays reachable, folded too.
    expect(await note.locator('[data-action="fix"]').isVisible()).toBe(true);
    expect((await axeCheck(page, { include: OVERLAY })).violations).toEqual([]);
    expect(await guide.host.getAttribute('data-state')).toBe('away');
  });

  test('the control in a closed menu: the button that opens it is spotlighted first, then the control', async () => {
    session = await launch({ override: (url) => (url.host === 'lk.gosuslugi.ru' ? PAGES[url.pathname] : undefined) });
    await start(session, 'parent-consent');
    const page = await session.context.newPage();
    const guide = new GuidePage(page);
    await page.goto('https://lk.gosuslugi.ru/');
    await guide.waitFor('parent-consent/open-notifications', 'found');
    await expect.poll(() => page.evaluate(() => document.querySelector('[data-provodnik-target]')?.id)).toBe('u');
    expect(await page.locator('provodnik-guide [data-reveal]').textContent()).toContain('Уведомления');
    await page.screenshot({ path: join(SHOTS, 'reveal-path.png'), animations: 'disabled' });
    await page.locator('#u').click();
    await expect.poll(() => page.evaluate(() => document.querySelector('[data-provodnik-target]')?.id)).toBe('n');
    expect(await guide.host.getAttribute('data-step')).toBe('parent-consent/open-notifications');
  });
});
