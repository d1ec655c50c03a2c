import { afterEach, describe, expect, test } from 'vitest';
import { findScenario } from '../../src/catalogue';
import { checkOverlay } from '../support/a11y';
import { launch, type Session } from '../support/browser';
import { loadWalks, walkScenario } from '../support/walks';

// Every walk file of a scenario in the catalogue is walked end to end.
const walks = loadWalks().filter((w) => findScenario(w.scenario));

describe('walks over the replica pages', () => {
  let session: Session | undefined;
  afterEach(async () => {
    await session?.close();
    session = undefined;
  });

  test('there is a walk for every scenario in the catalogue', () => {
    expect(walks.length).toBeGreaterThan(0);
  });

  for (const walk of walks) {
    test(`${walk.file}: every step by clicking the spotlight`, async () => {
      session = await launch({ granted: walk.granted });
      // At every step: axe on the overlay in the page, the bubble beside the target.
      await walkScenario(session, walk, { onStep: checkOverlay });
    });
  }
});
