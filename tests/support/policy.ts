import { createHash } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Chromium's id of an unpacked extension: SHA-256 of its absolute path, first 32 hex digits mapped 0-f → a-p. */
export function unpackedExtensionId(path: string): string {
  const hex = createHash('sha256').update(path).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode('a'.charCodeAt(0) + parseInt(c, 16))).join('');
}

export const POLICY_DIR = '/etc/chromium/policies/managed';

/**
 * Writes a real Chromium enterprise policy (what a school's administrator deploys) with
 * managed storage values for one extension; returns a function that removes it.
 * Needs root (CI runs as root).
 */
export function writeExtensionPolicy(extensionId: string, values: Record<string, unknown>): () => void {
  mkdirSync(POLICY_DIR, { recursive: true });
  const file = join(POLICY_DIR, `provodnik-test-${extensionId}.json`);
  writeFileSync(file, JSON.stringify({ '3rdparty': { extensions: { [extensionId]: values } } }));
  return () => rmSync(file, { force: true });
}
