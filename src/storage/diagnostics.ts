import { storedItem } from './item';
import { EMPTY_DIAGNOSTICS, notePage, sanitizeDiagnostics, type Diagnostics, type PageFacts } from '../support/diagnostics';

/**
 * The support diagnostics (see src/support/diagnostics.ts): one page record and the last
 * few not-found events, in `storage.local` so the popup can read them; small and capped,
 * sanitised on every read and write.
 */
export const diagnosticsItem = storedItem<unknown>('diagnostics', EMPTY_DIAGNOSTICS);

export async function loadDiagnostics(): Promise<Diagnostics> {
  try {
    return sanitizeDiagnostics(await diagnosticsItem.getValue());
  } catch {
    return EMPTY_DIAGNOSTICS;
  }
}

export async function notePageFacts(page: PageFacts): Promise<void> {
  try {
    await diagnosticsItem.setValue(sanitizeDiagnostics(notePage(await loadDiagnostics(), page)));
  } catch {
    // Diagnostics are a help, never a reason to break the guide.
  }
}
