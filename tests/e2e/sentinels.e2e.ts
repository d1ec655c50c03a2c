import { afterEach, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { findScenario } from '../../src/catalogue';
import { launch, type Session } from '../support/browser';
import { leaked, SENTINEL, sentinelUrl, typeSentinels } from '../support/sentinels';
import { loadWalks, walkScenario } from '../support/walks';
import { extensionStorage, reportText } from '../support/extension';

// Every scenario walked with invented personal values typed into every field and put into
// every address; then nothing of them may be in the report, the storage or the console.
const walks = loadWalks().filter((w) => findScenario(w.scenario));

describe('nothing personal gets out', () => {
  let session: Session | undefined;
  afterEach(async () => {
    await session?.close();
    session = undefined;
  });

  for (const walk of walks) {
    test(`${walk.file}: sentinels in every field and address appear nowhere`, async () => {
      session = await launch({ granted: walk.granted });
      const consoleText: string[] = [];
      const listen = (p: Page) => {
        p.on('console', (m) => consoleText.push(m.text()));
        p.on('pageerror', (e) => consoleText.push(String(e)));
      };
      session.context.on('page', listen);
      for (const w of session.context.serviceWorkers()) w.on('console', (m) => consoleText.push(m.text()));
      let typed = 0;
      await walkScenario(session, walk, {
        url: sentinelUrl,
        anyTargetName: true,
        beforePress: async (page) => {
          typed += await typeSentinels(page);
        },
        atEnd: async (page) => {
          // An id in the path, as on a child's card: masked in what the extension keeps.
          await page.goto(sentinelUrl(`https://lk.gosuslugi.ru/profile/family/child/${SENTINEL.id}`));
          await page.locator('body').waitFor();
          await page.goto(sentinelUrl(`https://web.vk.me/convo/2${SENTINEL.id}01`));
          await page.locator('body').waitFor();
        },
      });
      const report = await reportText(session);
      expect(report).toContain('Проводник: отчёт для поддержки');
      expect(report).toContain(`Задача: П${findScenario(walk.scenario)!.number}`);
      const storage = await extensionStorage(session);
      expect(storage).toContain('diagnostics');
      expect(leaked(report), 'report').toEqual([]);
      expect(leaked(storage), 'extension storage').toEqual([]);
      expect(leaked(consoleText.join('\n')), 'console').toEqual([]);
      // The test did what it says: there were fields to type into in the whole catalogue.
      if (walk.file === 'parent-diary-sferum.json' || walk.file === 'child-gosuslugi-account.json') expect(typed).toBeGreaterThan(0);
    });
  }
});
