// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Scenario } from '../catalogue/types';
import { createGuide, type GuideView } from './guide';
import { PageScan } from './locate';
import { recognise } from './resolve';

// Three steps on one and the same chat page: the later ones say `after`.
const chat = ['vkMeGroupChat'] as const;
const scenario: Scenario = {
  id: 'test-same-page',
  number: 99,
  title: 'Один экран, три шага',
  audience: 'тест',
  roles: ['teacher'],
  needs: ['тест'],
  sources: [],
  steps: [
    {
      id: 'copy',
      title: 'Скопируйте ссылку',
      hint: 'Нажмите «Копировать».',
      instruction: 'Нажмите кнопку «Копировать» в чате.',
      page: [{ url: chat }],
      target: [{ name: ['Копировать'] }],
      done: [{ kind: 'text', name: ['Ссылка скопирована'] }],
    },
    {
      id: 'call',
      title: 'Позвоните',
      hint: 'Нажмите «Позвонить».',
      instruction: 'Нажмите кнопку «Позвонить» в чате.',
      page: [{ url: chat, after: 'copy' }, { url: chat, shows: [{ kind: 'heading', name: ['Звонок'] }] }],
      target: [{ name: ['Позвонить'] }],
    },
  ],
};

const go = (url: string) => (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(url);
const frames = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
const CHAT = '<button>Копировать</button><button>Позвонить</button>';

describe('steps sharing one page (`after`)', () => {
  let abort: AbortController;
  beforeEach(() => {
    abort = new AbortController();
    go('https://web.vk.me/convo/2000000001');
  });
  afterEach(() => abort.abort());

  test('recognise: the later page counts only once the earlier step is behind', () => {
    document.body.innerHTML = CHAT;
    const url = new URL(location.href);
    const scan = () => new PageScan(document, false);
    expect(recognise(scenario, url, scan())?.step.id).toBe('copy');
    expect(recognise(scenario, url, scan(), (id) => id === 'copy')?.step.id).toBe('call');
    // A page of its own (no `after`) is recognised directly.
    document.body.innerHTML = `<h2>Звонок</h2>${CHAT}`;
    expect(recognise(scenario, url, scan())?.step.id).toBe('call');
  });

  test('guide: once the page shows the step complete, the next one on the same page takes over, and stays', async () => {
    const views: (GuideView | null)[] = [];
    document.body.innerHTML = CHAT;
    createGuide({
      window,
      layout: false,
      notFoundAfterMs: 1000,
      signal: abort.signal,
      render: (v) => views.push(v),
      reached: () => {},
    }).setScenario(scenario);
    expect(views.at(-1)?.step.id).toBe('copy');
    document.body.insertAdjacentHTML('beforeend', '<div role="status">Ссылка скопирована</div>');
    await frames();
    expect(views.at(-1)?.step.id).toBe('call');
    expect(views.at(-1)?.state).toBe('found');
    // The toast goes away: the page is the same, the step stays where the person is.
    document.querySelector('[role="status"]')!.remove();
    await frames();
    expect(views.at(-1)?.step.id).toBe('call');
  });

  test('guide: «Я сделал(а) это» on the earlier step opens the later one', () => {
    const views: (GuideView | null)[] = [];
    document.body.innerHTML = CHAT;
    const guide = createGuide({
      window,
      layout: false,
      notFoundAfterMs: 1000,
      signal: abort.signal,
      render: (v) => views.push(v),
      reached: () => {},
    });
    guide.setScenario(scenario);
    expect(views.at(-1)?.step.id).toBe('copy');
    guide.markedByPerson('copy');
    expect(views.at(-1)?.step.id).toBe('call');
  });
});

describe('the step the person is on', () => {
  // Step 1 matches any page with its button; step 2 only by its own control, which sits
  // behind a closed menu.
  const two: Scenario = {
    ...scenario,
    id: 'test-current',
    steps: [
      { id: 'one', title: 'Первый', hint: '', instruction: '', page: [{ url: chat, shows: [{ name: ['Создать чат'] }] }], target: [{ name: ['Создать чат'] }] },
      { id: 'two', title: 'Второй', hint: '', instruction: '', page: [{ url: chat, shows: [{ kind: 'heading', name: ['Нет такого'] }] }], target: [{ name: ['Выйти из чата'] }] },
    ],
  };
  const url = new URL('https://web.vk.me/convo/2000000001');
  const html =
    '<button>Создать чат</button><button id="more" aria-haspopup="menu" aria-controls="m">…</button><div role="menu" id="m" hidden><div role="menuitem" id="leave">Выйти из чата</div></div>';

  test('an earlier step behind the person whose signs the page shows yields to the current one, its control in sight or behind its opener', () => {
    document.body.innerHTML = html;
    const behind = (id: string) => id === 'one';
    let r = recognise(two, url, new PageScan(document, false), behind);
    expect(r?.step.id).toBe('two');
    expect(r?.located?.kind === 'found' && r.located.element.id).toBe('more');
    expect(r?.reveals).toBe('Выйти из чата');
    document.getElementById('m')!.hidden = false;
    r = recognise(two, url, new PageScan(document, false), behind);
    expect(r?.located?.kind === 'found' && r.located.element.id).toBe('leave');
    expect(r?.reveals).toBeNull();
  });

  test('with nothing behind, the page decides', () => {
    document.body.innerHTML = html;
    expect(recognise(two, url, new PageScan(document, false))?.step.id).toBe('one');
  });
});

test('the current step is not taken from a one-word control alone («Продолжить» is on every screen of the address)', () => {
  const generic: Scenario = {
    ...scenario,
    id: 'test-generic',
    steps: [
      { id: 'one', title: 'Первый', hint: '', instruction: '', page: [{ url: ['vkMeGroupChat'], shows: [{ kind: 'heading', name: ['Первый экран'] }] }], target: [{ name: ['Продолжить'] }] },
      { id: 'two', title: 'Второй', hint: '', instruction: '', page: [{ url: ['vkMeGroupChat'], shows: [{ kind: 'heading', name: ['Второй экран'] }] }], target: [{ name: ['Продолжить'] }] },
    ],
  };
  document.body.innerHTML = '<h1>Незнакомый экран</h1><button>Продолжить</button>';
  expect(recognise(generic, new URL('https://web.vk.me/convo/2000000001'), new PageScan(document, false), (id) => id === 'one')).toBeNull();
});
