import type { PageKey } from './pages';

/**
 * The catalogue is plain, serialisable data (a field fix is a patch in the same format,
 * checked by the same schema, schema.ts): no functions inside steps, pages named by key
 * (pages.ts), every many-valued field an array.
 */

/** Accepted spellings of a text (the documents and the live sites differ). */
export type Texts = readonly string[];

/** What a page element must be for a query to match it. */
export type ElementKind =
  /** something to press: button, link, `role="button"`, a clickable tile */
  | 'press'
  /** a field to type into */
  | 'field'
  /** a checkbox or switch */
  | 'check'
  /** a heading (`h1`–`h6`, `role="heading"`) */
  | 'heading'
  /** any element showing the text (for signals, never for targets) */
  | 'text';

/**
 * Describes one element by what a person sees, never by generated class names or ids.
 * Matching is on the accessible name or visible text, normalised (case, spaces, ё/е).
 */
export interface ElementQuery {
  readonly kind?: ElementKind;
  /** accepted names; exact match after normalisation (counters and arrows around are ignored) */
  readonly name?: Texts;
  /** the text may be part of a longer text (a control: of a longer name, e.g. one with a person's name in it) */
  readonly partial?: boolean;
  /** a stable attribute selector known from public code (SITES.md), tried besides the name */
  readonly selector?: string;
  /** only inside the block, dialog or section titled so (its heading, legend or label) */
  readonly within?: Texts;
  /** `kind: 'check'` only: matches only while ticked (true) or unticked (false) */
  readonly checked?: boolean;
}

export interface PageSpec {
  /** which addresses the step can happen on: keys of pages.ts (any of them) */
  readonly url: readonly PageKey[];
  /**
   * Field fixes: addresses the catalogue has no key for, as `host/path` patterns, a `*`
   * standing for one path segment (`lk.gosuslugi.ru/profile/family/*`); official hosts and
   * granted regional ones only (fixes.ts).
   */
  readonly at?: readonly string[];
  /** all of these must be visible */
  readonly shows?: readonly ElementQuery[];
  /** none of these may be visible */
  readonly hides?: readonly ElementQuery[];
  /**
   * The same page as an earlier step's (a chat page where the link is copied, the call
   * started, the chat left): it counts only once step `after` is behind the person.
   */
  readonly after?: string;
}

export type Who = 'parent' | 'child' | 'teacher' | 'pupil';

/** Who a scenario is for, as the settings' role and the popup's groups name it. */
export type Role = 'parent' | 'pupil' | 'teacher';
export const ROLES: readonly Role[] = ['parent', 'pupil', 'teacher'];

export interface Step {
  /** public contract: never rename */
  readonly id: string;
  /** what to do, as a short imperative */
  readonly title: string;
  /** one or two short sentences, the site's own words in «» */
  readonly hint: string;
  /** the pitfall of the documents where it bites */
  readonly warning?: string;
  /** the written instruction shown when the thing to press cannot be found */
  readonly instruction: string;
  /** whose account this step happens in */
  readonly who?: Who;
  /** may not appear at all (skipped when the page does not show it) */
  readonly optional?: boolean;
  /** a long wait after this step: the checklist shows it as a wait */
  readonly wait?: string;
  /** which page this step is (alternatives: any of them) */
  readonly page: readonly PageSpec[];
  /** what to spotlight, in order of preference; none: the step is informational */
  readonly target?: readonly ElementQuery[];
  /** never spotlight these (a field fix's «это не то») */
  readonly not?: readonly ElementQuery[];
  /** the page shows that the step is complete */
  readonly done?: readonly ElementQuery[];
  /** where the person goes to do this step (the popup's «Открыть сайт») */
  readonly opens?: string;
  /** another scenario to go to when the documents branch here */
  readonly branch?: { readonly scenario: string; readonly when: string };
  /**
   * How to get to this step from elsewhere (the `away` note): never written in the
   * catalogue, derived from its pages and `opens` (split.ts `reachOf`); the per-site
   * content scripts carry it in place of the pages of other sites.
   */
  readonly reach?: Reach;
}

/** Where a step happens and where to start to get there. */
export interface Reach {
  /** a host the step happens on (a regional diary: any granted one) */
  readonly host: string;
  /** the step's own `opens`, else an earlier step's (where the way to it starts), else the site's start page */
  readonly opens?: string;
}

export interface Scenario {
  /** public contract: never rename */
  readonly id: string;
  /** number in step codes (П1-3) */
  readonly number: number;
  readonly title: string;
  /** for whom, in a few words */
  readonly audience: string;
  /** who does it (the popup groups and orders by this; the person's own role first) */
  readonly roles: readonly Role[];
  /** what to have at hand */
  readonly needs: readonly string[];
  /** which source documents it comes from */
  readonly sources: readonly string[];
  readonly steps: readonly Step[];
}

/**
 * A field fix (SCENARIOS.md «Field fixes»): a small patch to one step, in the catalogue's
 * own format. Merged into the step before the page is read: `target` first in its targets,
 * `page` as further pages of the step, `not` as elements never to spotlight.
 */
export interface Fix {
  readonly scenario: string;
  readonly step: string;
  readonly page?: readonly PageSpec[];
  readonly target?: readonly ElementQuery[];
  readonly not?: readonly ElementQuery[];
}
