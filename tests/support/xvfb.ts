import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { afterEach, expect } from 'vitest';
import { launch, type Session } from './browser';

/**
 * A virtual X display for the few tests that need a real browser window: Chromium's
 * extension permission prompt is browser UI that automation cannot click, but the
 * keyboard can answer it (xdotool), as a person would.
 */
export class VirtualDisplay {
  private constructor(
    readonly display: string,
    private readonly proc: ChildProcess,
  ) {}

  static async start(): Promise<VirtualDisplay> {
    const n = 90 + Math.floor(Math.random() * 400);
    const proc = spawn('Xvfb', [`:${n}`, '-screen', '0', '1280x900x24', '-nolisten', 'tcp'], { stdio: 'ignore' });
    await expect.poll(() => existsSync(`/tmp/.X11-unix/X${n}`), { timeout: 10_000 }).toBe(true);
    return new VirtualDisplay(`:${n}`, proc);
  }

  /** Presses keys in the focused window (the browser's prompt). */
  keys(...keys: string[]): void {
    execFileSync('xdotool', ['key', '--delay', '150', ...keys], { env: { ...process.env, DISPLAY: this.display } });
  }

  /**
   * Gives the keyboard to the browser window and presses keys there, as a presenter's
   * keyboard or clicker does (browser shortcuts are heard only from the OS keyboard).
   */
  keysToBrowser(title: string, ...keys: string[]): void {
    const env = { ...process.env, DISPLAY: this.display };
    // The window showing the tab: its name is the page's title (Chromium has other,
    // unseen windows of the same class).
    const window = execFileSync('xdotool', ['search', '--sync', '--onlyvisible', '--name', escapeRegExp(title)], { env, timeout: 10_000 })
      .toString()
      .trim()
      .split(/\s+/)[0]!;
    execFileSync('xdotool', ['windowfocus', '--sync', window], { env, timeout: 10_000 });
    execFileSync('xdotool', ['key', '--clearmodifiers', '--delay', '100', ...keys], { env });
  }

  stop(): void {
    this.proc.kill();
  }
}

/**
 * For a describe block whose tests each need a headed browser on its own virtual display:
 * returns the starter; each test's browser and display are closed after it.
 */
export function headedBrowsers(): (opts?: Parameters<typeof launch>[0]) => Promise<{ session: Session; display: VirtualDisplay }> {
  let session: Session | undefined;
  let display: VirtualDisplay | undefined;
  afterEach(async () => {
    await session?.close();
    display?.stop();
    session = display = undefined;
  });
  return async (opts = {}) => {
    display = await VirtualDisplay.start();
    session = await launch({ ...opts, headless: false, display: display.display });
    return { session, display };
  };
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
