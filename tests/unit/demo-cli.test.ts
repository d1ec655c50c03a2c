import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

// `npm run demo` on a machine without a browser or without a screen: one readable
// paragraph and exit code 1, never a stack trace (no browser is started here).
const ROOT = resolve(__dirname, '../..');
const EMPTY_PATH = mkdtempSync(join(tmpdir(), 'provodnik-path-'));

function demo(env: Record<string, string>, ...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/demo.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { HOME: process.env.HOME ?? '/root', PATH: EMPTY_PATH, ...env },
    timeout: 60_000,
  });
  return { code: r.status, out: `${r.stdout}${r.stderr}` };
}
const noStack = (out: string) => expect(out).not.toMatch(/^\s+at \S|Error:|node:internal/m);

describe('npm run demo, said plainly', () => {
  test('no browser: what to install, in one paragraph', () => {
    const { code, out } = demo({ PROVODNIK_IGNORE_INSTALLED: '1' });
    expect(code).toBe(1);
    expect(out).toMatch(/не нашёл браузера/);
    expect(out).toMatch(/install|brew|snap|CHROMIUM_PATH/);
    expect(out.trim().split('\n')).toHaveLength(1);
    noStack(out);
  }, 60_000);

  test('CHROMIUM_PATH naming no file: said so', () => {
    const { code, out } = demo({ CHROMIUM_PATH: '/nonexistent/chromium', PROVODNIK_IGNORE_INSTALLED: '1' });
    expect(code).toBe(1);
    expect(out).toContain('/nonexistent/chromium');
    noStack(out);
  }, 60_000);

  test('a browser but no screen and no xvfb-run: how to run it', () => {
    const { code, out } = demo({ CHROMIUM_PATH: process.execPath });
    expect(code).toBe(1);
    expect(out).toMatch(/нет экрана/);
    expect(out).toContain('--headless --screenshot=');
    noStack(out);
  }, 60_000);
});
