// The engine as the content script runs it, bundled for the scale bench: recognise the
// step of parent-diary-sferum on this page and locate its target, timed in the page.
import { parentDiarySferum } from '../../src/catalogue/scenarios/parent-diary-sferum';
import { PageScan } from '../../src/engine/locate';
import { recognise } from '../../src/engine/resolve';

export function run(): { ms: number; found: boolean } {
  const t0 = performance.now();
  const r = recognise(parentDiarySferum, new URL('https://esia.gosuslugi.ru/login/'), new PageScan(document, true));
  const ms = performance.now() - t0;
  return { ms, found: r?.step.id === 'esia-login' && r.located?.kind === 'found' };
}
