import type { Locator, Page } from 'playwright-core';

/** Page object for the overlay's public hooks (SCENARIOS.md, «Test hooks»). */
export class GuidePage {
  constructor(readonly page: Page) {}

  /** The extension's single host element (the one carrying `data-step`). */
  get host(): Locator {
    return this.page.locator('[data-step]');
  }

  get target(): Locator {
    return this.page.locator('[data-provodnik-target]');
  }

  /** The hooks as they are now: host step and state, number of targets. */
  async hooks(): Promise<{ hosts: number; step: string | null; state: string | null; targets: number }> {
    return this.page.evaluate(() => {
      const hosts = document.querySelectorAll('[data-step]');
      return {
        hosts: hosts.length,
        step: hosts[0]?.getAttribute('data-step') ?? null,
        state: hosts[0]?.getAttribute('data-state') ?? null,
        targets: document.querySelectorAll('[data-provodnik-target]').length,
      };
    });
  }

  /** Waits until the page shows `scenario/step` in `state` (any of them). */
  async waitFor(step: string, state: string | readonly string[] = ['found', 'done'], timeout = 15_000): Promise<void> {
    const states = typeof state === 'string' ? [state] : state;
    const selector = states.map((s) => `[data-step="${step}"][data-state="${s}"]`).join(',');
    await this.page.locator(selector).waitFor({ state: 'attached', timeout });
  }

  /**
   * The accessible name of the spotlighted element as Playwright's own aria snapshot
   * computes it (independent of the product's code), normalised, icons at the edges dropped.
   */
  async targetName(): Promise<string> {
    const first = (await this.target.ariaSnapshot()).split('\n')[0] ?? '';
    const m = /^- [\w-]+ "(.*)"/.exec(first) ?? /^- [\w-]+: (.*)$/.exec(first) ?? /^- text: (.*)$/.exec(first);
    return (m?.[1] ?? '')
      .toLowerCase()
      .replace(/ё/g, 'е')
      .replace(/[\s\u00a0]+/g, ' ')
      .replace(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu, '')
      .trim();
  }

  /** A button of the hint bubble, by its text (the shadow root is open to tests). */
  bubbleButton(name: string): Locator {
    return this.page.locator('provodnik-guide').getByRole('button', { name, exact: true });
  }
}
