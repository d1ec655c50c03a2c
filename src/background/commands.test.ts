import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadSettings } from '../storage/settings';
import { handleCommand } from './commands';

describe('presenter commands', () => {
  beforeEach(() => {
    vi.restoreAllMocks();
    fakeBrowser.reset();
  });

  test('toggle: presenter mode on, then off', async () => {
    await handleCommand('presenter-toggle', 1);
    expect((await loadSettings()).presenter).toBe(true);
    await handleCommand('presenter-toggle', 1);
    expect((await loadSettings()).presenter).toBe(false);
  });

  test('next, previous, restart: to the tab the presenter is on, both to its page script and the sandbox page', async () => {
    const toTab = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
    const toPages = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
    await handleCommand('presenter-next', 7);
    await handleCommand('presenter-restart', 7);
    expect(toTab).toHaveBeenCalledWith(7, { type: 'provodnik:command', command: 'next', tabId: 7 });
    expect(toPages).toHaveBeenCalledWith({ type: 'provodnik:command', command: 'restart', tabId: 7 });
  });

  test('an unknown command does nothing', async () => {
    const toTab = vi.spyOn(fakeBrowser.tabs, 'sendMessage');
    await handleCommand('something-else', 7);
    expect(toTab).not.toHaveBeenCalled();
    expect((await loadSettings()).presenter).toBe(false);
  });
});
