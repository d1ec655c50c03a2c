import { describe, expect, test } from 'vitest';
import { launch } from '../support/browser';

// The VK-based scenarios say at their start that school chats moved into MAX, and their first
// step's link in the popup starts the MAX scenario (SCENARIOS.md «Changes to the scenarios above»).
describe('from a VK-based scenario to MAX', () => {
  test.each([
    ['parent-diary-sferum', 'max-family-chat'],
    ['teacher-messenger', 'max-teacher-chat'],
  ])('%s: the popup says so at the start and its link starts %s', async (from, to) => {
    const session = await launch();
    try {
      const popup = await session.popup();
      await popup.locator(`[data-scenario="${from}"]`).first().click();
      await popup.locator(`[data-scenario="${from}"][aria-pressed="true"]`).waitFor();
      await expect.poll(() => popup.locator('body').innerText()).toMatch(/переехали в мессенджер MAX/);
      await popup.locator(`[data-branch="${to}"]`).click();
      await popup.locator(`[data-scenario="${to}"][aria-pressed="true"]`).waitFor();
    } finally {
      await session.close();
    }
  });
});
