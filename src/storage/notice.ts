import { storedItem } from './item';

/**
 * Something the person should be told once, in the popup: saved progress that could not be
 * read was started again. Only the kind and the time: nothing from the lost data.
 */
export type NoticeKind = 'progress-reset';

const NOTICES: readonly NoticeKind[] = ['progress-reset'];

export const noticeItem = storedItem<unknown>('notice', null);

export async function loadNotice(): Promise<NoticeKind | null> {
  try {
    const raw = (await noticeItem.getValue()) as { kind?: unknown } | null;
    return NOTICES.find((k) => k === raw?.kind) ?? null;
  } catch {
    return null;
  }
}

export async function setNotice(kind: NoticeKind, now: number): Promise<void> {
  await noticeItem.setValue({ kind, at: now });
}

export async function clearNotice(): Promise<void> {
  await noticeItem.removeValue();
}

export function watchNotice(callback: (kind: NoticeKind | null) => void): () => void {
  return noticeItem.watch((raw) => callback(NOTICES.find((k) => k === (raw as { kind?: unknown } | null)?.kind) ?? null));
}
