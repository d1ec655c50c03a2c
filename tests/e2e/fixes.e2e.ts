import { afterEach, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { CHROME_BUILD, launch, type Session } from '../support/browser';
import { reportText } from '../support/extension';
import { unpackedExtensionId, writeExtensionPolicy } from '../support/policy';
import { GuidePage } from '../support/guide-page';
import { leaked, SENTINEL } from '../support/sentinels';
import { DOCS, FIX, SCENARIO, STEP, STEP_HOOK, variant } from '../support/fix-pages';

// Field fixes (SCENARIOS.md «Field fixes»), in real Chromium: on a page where the
// catalogue's signs fail, a person shows the guide the right place; the fix holds after a
// reload and on a re-rendered page, goes out as JSON with nothing personal in it, comes in
// again in a new profile, and a bad file changes nothing.

const fixButton = (page: Page, action: string) => page.locator(`provodnik-guide [data-action="${action}"]`);
const pageClicks = (page: Page) => page.evaluate(() => (window as unknown as { pageClicks: number }).pageClicks);

async function start(session: Session): Promise<void> {
  const popup = await session.popup();
  await popup.locator(`[data-scenario="${SCENARIO}"]`).click();
  await popup.locator(`[data-scenario="${SCENARIO}"][aria-pressed="true"]`).waitFor();
  await popup.close();
}

async function options(session: Session): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/options.html`);
  await page.locator('[data-action="fixes-export"]').waitFor();
  return page;
}

async function exportFixes(session: Session): Promise<string> {
  const opts = await options(session);
  await opts.locator('[data-action="fixes-export"]').click();
  const text = await opts.locator('[data-fixes]').innerText();
  await opts.close();
  return text;
}

describe('field fixes', () => {
  let sessions: Session[] = [];
  let removePolicy: (() => void) | undefined;
  afterEach(async () => {
    removePolicy?.();
    removePolicy = undefined;
    for (const s of sessions) await s.close();
    sessions = [];
  });

  test('a person shows the right place; it holds after reload, on a re-rendered page, and in a new profile', async () => {
    let shuffled = false;
    const session = await launch({ override: (url) => (url.href === DOCS ? variant(shuffled) : undefined) });
    sessions.push(session);
    await start(session);
    const page = await session.context.newPage();
    const guide = new GuidePage(page);
    await page.goto(DOCS);
    // The catalogue's «Семья и дети» is not there: no spotlight.
    await guide.waitFor(STEP_HOOK, ['searching', 'not-found']);
    expect((await guide.hooks()).targets).toBe(0);

    // Pick mode: the next click picks, and never reaches the page.
    await fixButton(page, 'fix').click();
    await page.locator('provodnik-guide [data-fix="picking"]').waitFor();
    await page.getByRole('link', { name: 'Моя семья' }).click();
    expect(await pageClicks(page)).toBe(0);
    expect(page.url()).toBe(DOCS);
    await expect.poll(() => page.locator('provodnik-guide [data-fix-pick]').innerText()).toContain('ссылка «Моя семья» в блоке «Разделы документов»');
    expect(await page.locator('provodnik-guide [data-fix-step]').inputValue()).toBe(STEP);
    await fixButton(page, 'fix-save').click();

    // At once: the picked element is the target.
    await guide.waitFor(STEP_HOOK, 'found');
    expect(await guide.targetName()).toBe('моя семья');
    expect(await guide.hooks()).toMatchObject({ hosts: 1, targets: 1 });
    // Out of pick mode: the page hears clicks again.
    await page.getByRole('link', { name: 'Госуслуги' }).click();
    expect(await pageClicks(page)).toBe(1);

    // After a reload, and on the page rendered again (other classes, ids, order).
    await page.reload();
    await guide.waitFor(STEP_HOOK, 'found');
    expect(await guide.targetName()).toBe('моя семья');
    shuffled = true;
    await page.reload();
    await page.locator('.x4-q7').first().waitFor();
    await guide.waitFor(STEP_HOOK, 'found');
    expect(await guide.targetName()).toBe('моя семья');

    // A pick whose name is a person's name is refused, and nothing is saved.
    await fixButton(page, 'fix').click();
    await page.getByRole('link', { name: SENTINEL.name }).click();
    await expect.poll(() => page.locator('provodnik-guide [data-fix="picking"] [role="alert"]').innerText()).toContain('личные данные');
    await fixButton(page, 'fix-cancel').click();
    await page.locator('provodnik-guide [data-fix]').waitFor({ state: 'detached' });

    // Exported: one fix, in the catalogue's words, nothing personal.
    const exported = await exportFixes(session);
    const fixes = JSON.parse(exported) as unknown[];
    expect(fixes).toEqual([FIX]);
    expect(leaked(exported)).toEqual([]);

    // A new profile: imported, it works there too.
    const other = await launch({ override: (url) => (url.href === DOCS ? variant(true) : undefined) });
    sessions.push(other);
    await start(other);
    const opts = await options(other);
    await opts.locator('[data-fixes-input]').fill(exported);
    await opts.locator('[data-action="fixes-import"]').click();
    await expect.poll(() => opts.locator('[data-fixes-message]').innerText()).toContain('Загружено');
    expect(await opts.locator('[data-fixes-own] li').innerText()).toContain('П2-3');

    // Bad JSON, an unknown scenario, an unknown step, a foreign host: refused, nothing lost.
    const bad = [
      ['{ not json', 'не JSON'],
      [JSON.stringify([{ scenario: 'no-such-task', step: STEP, target: [{ name: ['Да'] }] }]), 'нет задачи'],
      [JSON.stringify([{ scenario: SCENARIO, step: 'no-such-step', target: [{ name: ['Да'] }] }]), 'нет шага'],
      [JSON.stringify([{ scenario: SCENARIO, step: STEP, page: [{ url: [], at: ['evil.example.com/profile'] }] }]), 'evil.example.com'],
      [JSON.stringify([{ scenario: SCENARIO, step: STEP, target: [{ name: [SENTINEL.phone] }] }]), 'личные данные'],
    ];
    for (const [text, why] of bad) {
      await opts.locator('[data-fixes-input]').fill(text!);
      await opts.locator('[data-action="fixes-import"]').click();
      const message = opts.locator('[data-fixes-message][role="alert"]');
      await expect.poll(() => message.innerText()).toContain(why);
    }
    expect(await exportFixes(other)).toBe(exported);

    const there = await other.context.newPage();
    await there.goto(DOCS);
    const guideThere = new GuidePage(there);
    await guideThere.waitFor(STEP_HOOK, 'found');
    expect(await guideThere.targetName()).toBe('моя семья');
  });

  test('«Это не то» for a wrong spotlight, and a page marked as a step', async () => {
    const session = await launch({ override: (url) => (url.href === DOCS ? variant(false, true) : undefined) });
    sessions.push(session);
    await start(session);
    const page = await session.context.newPage();
    const guide = new GuidePage(page);
    await page.goto(DOCS);
    // The catalogue's words find the header's help link: the wrong place.
    await guide.waitFor(STEP_HOOK, 'found');
    expect(await guide.targetName()).toBe('семья и дети');
    await fixButton(page, 'fix').click();
    await fixButton(page, 'fix-wrong').click();
    await page.locator('provodnik-guide [data-fix="picking"]').waitFor();
    // Never that one again, at once: no spotlight while the person shows the right one.
    await expect.poll(async () => (await guide.hooks()).targets).toBe(0);
    await page.getByRole('link', { name: 'Моя семья' }).click();
    await fixButton(page, 'fix-save').click();
    await guide.waitFor(STEP_HOOK, 'found');
    expect(await guide.targetName()).toBe('моя семья');
    await page.reload();
    await guide.waitFor(STEP_HOOK, 'found');
    expect(await guide.targetName()).toBe('моя семья');

    // The whole page marked as a later step («Добавьте ребёнка», П2-4): it is that step now.
    await fixButton(page, 'fix').click();
    await fixButton(page, 'fix-page').click();
    await page.locator('provodnik-guide [data-fix-step]').selectOption('add-child');
    await fixButton(page, 'fix-save').click();
    await guide.waitFor(`${SCENARIO}/add-child`, ['searching', 'not-found']);

    const fixes = JSON.parse(await exportFixes(session)) as unknown[];
    expect(fixes).toEqual([
      { scenario: SCENARIO, step: STEP, not: [{ kind: 'press', name: ['Семья и дети'] }] },
      FIX,
      { scenario: SCENARIO, step: 'add-child', page: [{ url: [], at: ['lk.gosuslugi.ru/profile/personal'], shows: [{ kind: 'heading', name: ['Документы и данные'] }] }] },
    ]);
  });

  test('school IT: fixes by the browser policy guide on every computer, read-only in the options, listed in the report', async () => {
    const id = unpackedExtensionId(CHROME_BUILD);
    removePolicy = writeExtensionPolicy(id, { fixes: [FIX, { scenario: 'no-such-task', step: STEP, target: [{ name: ['Да'] }] }] });
    const session = await launch({ override: (url) => (url.href === DOCS ? variant(true) : undefined) });
    sessions.push(session);
    expect(session.extensionId).toBe(id);
    await start(session);
    const page = await session.context.newPage();
    const guide = new GuidePage(page);
    await page.goto(DOCS);
    await guide.waitFor(STEP_HOOK, 'found');
    expect(await guide.targetName()).toBe('моя семья');
    const opts = await options(session);
    await expect.poll(() => opts.locator('[data-fixes-managed]').innerText()).toContain('П2-3');
    expect(await opts.locator('[data-fixes-managed] li').count()).toBe(1);
    expect(await opts.locator('[data-fixes-own]').count()).toBe(0);
    const report = await reportText(session);
    expect(report).toContain('Исправления с мест: 1');
    expect(report).toContain('П2-3 (open-family, администратор): нажать: кнопка «Моя семья» в блоке «Разделы документов»');
  });
});
