import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

// Every content script (one per site, and the regional one) is defined the same safe way.
const ENTRYPOINTS = resolve(__dirname, '../../entrypoints');
const scripts = readdirSync(ENTRYPOINTS, { withFileTypes: true })
  .filter((d) => /(^|\.)content(\.tsx?)?$/.test(d.name))
  .map((d) => (d.isDirectory() ? join(ENTRYPOINTS, d.name, 'index.ts') : join(ENTRYPOINTS, d.name)));

describe('content scripts', () => {
  test('there is at least one', () => {
    expect(scripts.length).toBeGreaterThan(0);
  });

  for (const file of scripts) {
    test(`${file.slice(ENTRYPOINTS.length + 1)}: https only, isolated world, says nothing to the page`, async () => {
      const { default: def } = (await import(file)) as {
        default: { matches?: string[]; registration?: string; noScriptStartedPostMessage?: boolean; world?: string };
      };
      // In the manifest with its official hosts, or registered at run time for a granted host.
      if (def.registration === 'runtime') expect(def.matches ?? []).toEqual([]);
      else expect(def.matches?.length).toBeGreaterThan(0);
      expect((def.matches ?? []).every((m) => m.startsWith('https://'))).toBe(true);
      // The isolated world: the page's scripts cannot reach the guide's code.
      expect(def.world ?? 'ISOLATED').toBe('ISOLATED');
      // WXT would otherwise window.postMessage the extension's id to the page at every start
      // (any page could tell the extension is installed).
      expect(def.noScriptStartedPostMessage).toBe(true);
    });
  }
});
