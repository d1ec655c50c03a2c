import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { AxeResults, Result } from 'axe-core';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.0, 2.1 and 2.2, levels A and AA: what «0 violations at WCAG 2.2 AA» means here. */
export const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'] as const;

/** A JSON selector context for axe (`{ include: [["provodnik-guide"]] }`); axe enters open shadow roots. */
export type AxeContext = { readonly include: readonly (readonly string[])[]; readonly exclude?: readonly (readonly string[])[] };

export interface AxeOptions {
  /**
   * What to check. Default: the whole document. For the overlay on a replica page pass
   * `OVERLAY`: the replicas are copies of other people's sites, not ours to fix, but our
   * overlay is checked in the page, inside its open shadow root, with the page's colours
   * and layout around it.
   */
  readonly include?: AxeContext;
}

/** The overlay's host element; axe walks into its open shadow root by itself. */
export const OVERLAY: AxeContext = { include: [['provodnik-guide']] };

interface Outcome {
  readonly violations: readonly string[];
  /** how many elements the rules looked at (a check that saw nothing proves nothing) */
  readonly checked: number;
}

/**
 * Runs axe-core (from npm, injected into the page's main world) at WCAG 2.2 AA and
 * returns the violations, each as a line a person can act on.
 */
export async function axeCheck(page: Page, opts: AxeOptions = {}): Promise<Outcome> {
  const injected = await page.evaluate(() => 'axe' in window);
  if (!injected) await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate(
    async ([context, tags]) => {
      type Run = (ctx: unknown, o: unknown) => Promise<AxeResults>;
      const axe = (window as unknown as { axe: { run: Run } }).axe;
      const r = await axe.run(context ?? document, { runOnly: { type: 'tag', values: tags } });
      return { violations: r.violations, checked: [...r.passes, ...r.violations].reduce((n, x) => n + x.nodes.length, 0) };
    },
    [opts.include ?? null, [...WCAG_22_AA]] as const,
  );
  return { violations: results.violations.map(describe), checked: results.checked };
}

/** The violations alone, after checking that axe looked at something. */
export async function axeViolations(page: Page, opts: AxeOptions = {}): Promise<readonly string[]> {
  const { violations, checked } = await axeCheck(page, opts);
  if (checked === 0) throw new Error('axe checked no element: wrong context?');
  return violations;
}

function describe(v: Result): string {
  const nodes = v.nodes
    .slice(0, 3)
    .map((n) => `${JSON.stringify(n.target)} ${n.failureSummary?.replace(/\s+/g, ' ') ?? ''}`)
    .join('; ');
  return `${v.id} (${v.impact}): ${v.help} — ${nodes}`;
}
