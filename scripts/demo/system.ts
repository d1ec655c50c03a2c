import { accessSync, constants, readdirSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { chromeForTestingPaths, parseOsRelease, type Look } from './find-browser';

/** This machine, for the finder: the environment, executable files, the home folder. */
export const systemLook = (): Look => ({
  env: process.env,
  exists: (p) => {
    try {
      accessSync(p, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  },
  home: homedir(),
  platform: process.platform,
});

/** Chrome for Testing builds on this machine (under ./chrome and Puppeteer's cache). */
export const chromeForTestingHere = (): string[] =>
  chromeForTestingPaths(homedir(), process.cwd(), (d) => {
    try {
      return readdirSync(d);
    } catch {
      return [];
    }
  });

/** /etc/os-release, read (nothing off Linux). */
export function osRelease(): Record<string, string> {
  try {
    return parseOsRelease(readFileSync('/etc/os-release', 'utf8'));
  } catch {
    return {};
  }
}

export const isRoot = (): boolean => process.getuid?.() === 0;
