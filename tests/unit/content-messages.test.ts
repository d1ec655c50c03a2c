import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import ru from '../../public/_locales/ru/messages.json';
import { messageKeysFrom } from '../../scripts/content-messages';

const ENTRYPOINTS = resolve(__dirname, '../../entrypoints');
const KEYS = new Set(Object.keys(ru));
const OVERLAY = ['overlayLabel', 'stepOf', 'doneMark', 'searching', 'ambiguous', 'notFound', 'doThis', 'nextStep', 'allDone', 'iDidIt', 'skip', 'hide', 'showHint'];

describe('the Russian words a content script carries', () => {
  for (const file of readdirSync(ENTRYPOINTS).filter((f) => f.endsWith('.content.ts'))) {
    test(`${file}: the overlay's, not the popup's or the options'`, () => {
      const keys = messageKeysFrom(join(ENTRYPOINTS, file), KEYS);
      expect([...keys]).toEqual(expect.arrayContaining(OVERLAY));
      for (const k of ['reportCopy', 'optionsTitle', 'helpLead', 'sandboxLead', 'groupParent']) expect(keys.has(k), k).toBe(false);
    });
  }
});
