import { afterEach, describe, test } from 'vitest';
import { firefoxDriver, launchFirefox, type FirefoxSession } from '../support/firefox';
import { loadWalks, walkWith } from '../support/walks';

// The same walk files and the same walk code as in Chromium (tests/e2e/walks.e2e.ts).
const FIREFOX_WALKS = ['parent-diary-sferum.json', 'child-gosuslugi-account.json', 'max-family-chat.json'];

describe('Firefox: walks over the replica pages', () => {
  let session: FirefoxSession | undefined;
  afterEach(async () => {
    await session?.close();
    session = undefined;
  });

  for (const walk of loadWalks().filter((w) => FIREFOX_WALKS.includes(w.file))) {
    test(`${walk.file}: every step by clicking the spotlight`, async () => {
      session = await launchFirefox();
      await walkWith(firefoxDriver(session), walk);
    });
  }
});
