import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { SCENARIOS } from '../../src/catalogue';
import { CHROME_BUILD, launch, type Session } from '../support/browser';
import { extensionStorage, reportText } from '../support/extension';
import { GuidePage } from '../support/guide-page';
import { unpackedExtensionId, writeExtensionPolicy } from '../support/policy';

const SCENARIO = 'parent-diary-sferum';
const SHOTS = 'tests/e2e/screenshots';

async function options(session: Session) {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/options.html`);
  await page.locator('[data-input="support-view"]').waitFor();
  return page;
}

describe('support', () => {
  let session: Session | undefined;
  let removePolicy: (() => void) | undefined;
  afterEach(async () => {
    removePolicy?.();
    removePolicy = undefined;
    await session?.close();
    session = undefined;
  });

  test('step code of the step the person is on, and a report shown before it is copied', async () => {
    session = await launch();
    const popup = await session.popup();
    await popup.locator(`[data-scenario="${SCENARIO}"]`).click();
    const page = await session.context.newPage();
    const guide = new GuidePage(page);
    await page.goto('https://one.43edu.ru/?replica-state=signed-in&snils=123-456-789%2001');
    await guide.waitFor(`${SCENARIO}/open-chats`, 'found');
    await popup.reload();
    await expect.poll(() => popup.locator('[data-step-code]').innerText()).toBe('П1-4');
    await popup.locator('[data-action="report"]').click();
    const report = await popup.locator('[data-report]').innerText();
    expect(report).toContain('Шаг сейчас: П1-4');
    expect(report).toContain('Страница');
    expect(report).toMatch(/one\.43edu\.ru\/\n/);
    expect(report).toContain('узнана как: П1-4 (open-chats)');
    expect(report).toMatch(/✓ адрес страницы подходит/);
    expect(report).not.toContain('123-456-789');
    await popup.setViewportSize({ width: 480, height: 1400 });
    await popup.locator('[data-report]').scrollIntoViewIfNeeded();
    await popup.screenshot({ path: `${SHOTS}/popup-report.png`, fullPage: true });
    await popup.locator('[data-report]').screenshot({ path: `${SHOTS}/report.png` });
    // Copy: the clipboard gets exactly what is shown.
    await session.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await popup.locator('[data-action="report-copy"]').click();
    await popup.getByText('Скопировано').waitFor();
    expect(await popup.evaluate(() => navigator.clipboard.readText())).toBe(report.replace(/\n$/, '') + '\n');
    // Save: a plain-text file with the same text.
    const [download] = await Promise.all([popup.waitForEvent('download'), popup.locator('[data-action="report-save"]').click()]);
    const saved = readFileSync((await download.path())!, 'utf8');
    expect(saved.trim()).toBe(report.trim());
  });

  test('not-found events are in the report', async () => {
    const esia = readFileSync(join(process.cwd(), 'tests/fixtures/esia.gosuslugi.ru/login/index.html'), 'utf8').replace(
      '<span class="plain-button__content">Войти</span>',
      '<span class="plain-button__content">Продолжить вход</span>',
    );
    session = await launch({ override: (url) => (url.host === 'esia.gosuslugi.ru' ? esia : undefined) });
    const popup = await session.popup();
    await popup.locator(`[data-scenario="${SCENARIO}"]`).click();
    const page = await session.context.newPage();
    await page.goto('https://esia.gosuslugi.ru/login/?redirect_uri=https%3A%2F%2Fone.43edu.ru%2Fauth%2Ffinish');
    await new GuidePage(page).waitFor(`${SCENARIO}/esia-login`, 'not-found');
    await expect.poll(async () => (await reportText(session!)).includes('П1-2 (esia-login) на esia.gosuslugi.ru/login — нет на странице')).toBe(true);
    const report = await reportText(session);
    expect(report).toMatch(/✗ что нажать: кнопка «Войти»/);
    expect(report).not.toContain('redirect_uri');
  });

  test('support view: step ids, «Перейти к шагу…», «Начать заново»; options change the popup', async () => {
    session = await launch();
    const opts = await options(session);
    await opts.locator('[data-input="support-view"]').check();
    await opts.locator('[data-input="role-teacher"]').check();
    await opts.locator('[data-input="text-size"]').selectOption('large');
    await opts.screenshot({ path: `${SHOTS}/options.png`, fullPage: true });
    const popup = await session.popup();
    // Teacher: the teacher's scenario first.
    expect(await popup.locator('[data-scenario]').first().getAttribute('data-scenario')).toBe('teacher-messenger');
    await popup.locator(`[data-scenario="${SCENARIO}"]`).click();
    await popup.locator('[data-support-id]').first().waitFor();
    expect(await popup.locator('[data-support-id]').count()).toBeGreaterThan(3);
    expect(await popup.locator('[data-support-id]').first().innerText()).toBe('П1-1 open-diary');
    await popup.locator('[data-input="goto-step"]').selectOption('open-chats');
    await popup.locator('[data-action="goto"]').click();
    await expect.poll(() => popup.locator('[data-step-code]').innerText()).toBe('П1-4');
    await expect.poll(() => popup.locator('.step.done').count()).toBe(3);
    await popup.screenshot({ path: `${SHOTS}/popup-support.png`, fullPage: true });
    // The page follows: the moved-to step is shown there.
    const page = await session.context.newPage();
    await page.goto('https://one.43edu.ru/?replica-state=signed-in');
    await new GuidePage(page).waitFor(`${SCENARIO}/open-chats`, 'found');
    // …and in the support view its hint names the step by code and id.
    await expect
      .poll(() => page.evaluate(() => document.querySelector('provodnik-guide')?.shadowRoot?.querySelector('[data-support-id]')?.textContent ?? ''))
      .toContain(`${SCENARIO}/open-chats`);
    await popup.locator('[data-action="reset"]').click();
    await expect.poll(() => popup.locator('[data-step-code]').innerText()).toBe('П1-1');
    expect(await popup.locator('.step.done').count()).toBe(0);
  });

  test('progress to a file and back; a bad file changes nothing and says why', async () => {
    session = await launch();
    const popup = await session.popup();
    await popup.locator(`[data-scenario="${SCENARIO}"]`).click();
    const page = await session.context.newPage();
    await page.goto('https://one.43edu.ru/?replica-state=signed-in');
    await new GuidePage(page).waitFor(`${SCENARIO}/open-chats`, 'found');
    const opts = await options(session);
    const [download] = await Promise.all([opts.waitForEvent('download'), opts.locator('[data-action="export"]').click()]);
    const exported = readFileSync((await download.path())!, 'utf8');
    expect(JSON.parse(exported)).toMatchObject({ format: 'provodnik-progress', progress: { active: SCENARIO } });
    const before = await extensionStorage(session);
    const dir = mkdtempSync(join(tmpdir(), 'provodnik-file-'));
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, exported.replace('"done"', '"maybe"'));
    await opts.locator('[data-input="import"]').setInputFiles(bad);
    await expect.poll(() => opts.locator('[data-message]').innerText()).toMatch(/^Не загружено: .*Ничего не изменено/);
    expect(JSON.parse(await extensionStorage(session)).local.progress).toEqual(JSON.parse(before).local.progress);
    await opts.screenshot({ path: `${SHOTS}/options-bad-file.png` });
    // Reset, then load the good file back.
    await popup.locator('[data-action="reset"]').click();
    await expect.poll(() => popup.locator('.step.done').count()).toBe(0);
    const good = join(dir, 'good.json');
    writeFileSync(good, exported);
    await opts.locator('[data-input="import"]').setInputFiles(good);
    await expect.poll(() => opts.locator('[data-message]').innerText()).toBe('Прогресс загружен из файла.');
    await popup.reload();
    await expect.poll(() => popup.locator('[data-step-code]').innerText()).toBe('П1-4');
  });

  test('help page lists every step code', async () => {
    session = await launch();
    const popup = await session.popup();
    const [help] = await Promise.all([session.context.waitForEvent('page'), popup.locator('[data-action="help"]').click()]);
    await help.locator('[data-help-scenario]').first().waitFor();
    expect(await help.locator('[data-help-scenario]').count()).toBe(SCENARIOS.length);
    expect(await help.getByText('П2-5', { exact: true }).count()).toBe(1);
  });

  test('school IT presets by the browser enterprise policy win over the person and the options page says so', async () => {
    // The id Chromium gives the unpacked build at its path; checked against the running one below.
    const id = unpackedExtensionId(CHROME_BUILD);
    removePolicy = writeExtensionPolicy(id, {
      region: 'Томская область',
      diaryHost: 'sgo.tomedu.ru',
      role: 'teacher',
      hiddenScenarios: ['parent-consent'],
    });
    session = await launch();
    expect(session.extensionId).toBe(id);
    const opts = await options(session);
    await opts.locator('[data-managed]').waitFor();
    expect(await opts.locator('[data-locked]').count()).toBe(3);
    expect(await opts.locator('[data-input="diary"]').inputValue()).toBe('sgo.tomedu.ru');
    expect(await opts.locator('[data-input="diary"]').isDisabled()).toBe(true);
    expect(await opts.locator('[data-input="role-teacher"]').isChecked()).toBe(true);
    expect(await opts.locator('[data-input="role-parent"]').isDisabled()).toBe(true);
    expect(await opts.locator('[data-value="region"]').innerText()).toBe('Томская область');
    await opts.screenshot({ path: `${SHOTS}/options-managed.png`, fullPage: true });
    const popup = await session.popup();
    expect(await popup.locator('[data-scenario="parent-consent"]').count()).toBe(0);
    expect(await popup.locator('[data-scenario]').first().getAttribute('data-scenario')).toBe('teacher-messenger');
  });
});
