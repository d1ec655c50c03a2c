/** The presenter's keyboard commands (manifest `commands`), as the pages receive them. */
export type PresenterCommand = 'next' | 'prev' | 'restart';

export interface CommandMessage {
  readonly type: 'provodnik:command';
  readonly command: PresenterCommand;
  /** the tab the command is for (extension pages receive every runtime message) */
  readonly tabId: number;
}

export const COMMAND_IDS: Readonly<Record<string, PresenterCommand | 'toggle-presenter'>> = {
  'presenter-next': 'next',
  'presenter-prev': 'prev',
  'presenter-restart': 'restart',
  'presenter-toggle': 'toggle-presenter',
};

export function isCommandMessage(m: unknown): m is CommandMessage {
  if (typeof m !== 'object' || m === null) return false;
  const r = m as Record<string, unknown>;
  return r.type === 'provodnik:command' && (r.command === 'next' || r.command === 'prev' || r.command === 'restart') && typeof r.tabId === 'number';
}
