import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { SCENARIOS } from '../../src/catalogue';
import { launchFirefox, type FirefoxSession } from '../support/firefox';

describe('Firefox: the popup', () => {
  let session: FirefoxSession;
  beforeAll(async () => {
    session = await launchFirefox();
  });
  afterAll(() => session.close());

  test('lists every scenario; starting one marks it chosen and shows its checklist, kept across reopening', async () => {
    const popup = await session.popup();
    const ids = await popup.$$eval('[data-scenario]', (els) => els.map((e) => e.getAttribute('data-scenario')));
    // Grouped by who does them (parent, pupil, teacher), each once.
    expect([...ids].sort()).toEqual(SCENARIOS.map((s) => s.id).sort());
    expect(await popup.$$eval('[data-group]', (els) => els.map((e) => e.getAttribute('data-group')))).toEqual(['parent', 'pupil', 'teacher']);
    await popup.click('[data-scenario="child-gosuslugi-account"]');
    await popup.waitForSelector('[data-scenario="child-gosuslugi-account"][aria-pressed="true"]');
    await popup.waitForSelector('[data-step-id].current');
    await popup.close();
    const again = await session.popup();
    await again.waitForSelector('[data-scenario="child-gosuslugi-account"][aria-pressed="true"]');
    expect(await again.$$eval('[aria-pressed="true"]', (els) => els.length)).toBe(1);
    await again.close();
    expect(session.unexpected).toEqual([]);
  });
});
