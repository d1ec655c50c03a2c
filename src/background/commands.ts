import { browser } from 'wxt/browser';
import { COMMAND_IDS, type CommandMessage } from '../content/commands';
import { loadSettings, setPresenter } from '../storage/settings';

/**
 * The presenter's keyboard commands (manifest `commands`). Presenter mode is a setting
 * every page watches; the others go to the tab the presenter is on: its content script
 * (a real site) or the demo sandbox page (an extension page, reached by runtime message).
 */
export async function handleCommand(name: string, tabId: number | undefined): Promise<void> {
  const command = COMMAND_IDS[name];
  if (!command) return;
  if (command === 'toggle-presenter') {
    await setPresenter(!(await loadSettings()).presenter);
    return;
  }
  const id = tabId ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (id === undefined) return;
  const message: CommandMessage = { type: 'provodnik:command', command, tabId: id };
  await browser.tabs.sendMessage(id, message).catch(() => undefined);
  await browser.runtime.sendMessage(message).catch(() => undefined);
}

export function keepPresenterCommands(): void {
  browser.commands?.onCommand.addListener((name: string, tab?: { id?: number }) => void handleCommand(name, tab?.id));
}
