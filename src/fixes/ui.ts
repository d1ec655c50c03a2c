import type { Refusal } from './describe';

/** What the overlay shows of a field fix in progress (SCENARIOS.md «Field fixes»). */
export type FixUi =
  /** pick mode: the next trusted click on the page picks; a refused pick says why */
  | { readonly phase: 'picking'; readonly refused?: Refusal; readonly wrongNoted?: boolean }
  /** the pick, in plain words, and the step it is for */
  | { readonly phase: 'picked'; readonly words: string; readonly step: string }
  | { readonly phase: 'saved'; readonly page?: string };

export type FixCommand =
  | { readonly type: 'start' }
  | { readonly type: 'wrong' }
  | { readonly type: 'page' }
  | { readonly type: 'cancel' }
  | { readonly type: 'save'; readonly step: string };
