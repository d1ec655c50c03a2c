// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { parentDiarySferum as s } from '../catalogue/scenarios/parent-diary-sferum';
import { createGuide, TARGET_ATTR, type GuideView } from './guide';
import type { Scenario } from '../catalogue/types';

// happy-dom's own way to move the page to another origin.
const go = (url: string) => (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(url);
const frames = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));

describe('guide', () => {
  let abort: AbortController;
  let views: (GuideView | null)[];
  let reached: string[];
  const last = () => views[views.length - 1];

  const start = () =>
    createGuide({
      window,
      layout: false,
      notFoundAfterMs: 1000,
      signal: abort.signal,
      render: (v) => views.push(v),
      reached: (_s, id, done) => reached.push(`${id}${done ? ':done' : ''}`),
    });

  beforeEach(() => {
    abort = new AbortController();
    views = [];
    reached = [];
    go('https://one.43edu.ru/auth/login');
    document.body.innerHTML = '';
  });
  afterEach(() => {
    abort.abort();
    vi.useRealTimers();
  });

  test('recognises the step from URL and content, spotlights the target', () => {
    document.body.innerHTML = '<a href="#" role="button" id="t">Вход через портал госуслуг</a><a href="#">Зарегистрироваться</a>';
    start().setScenario(s);
    expect(last()?.step.id).toBe('open-diary');
    expect(last()?.state).toBe('found');
    expect(document.getElementById('t')?.hasAttribute(TARGET_ATTR)).toBe(true);
    expect(reached).toEqual(['open-diary']);
  });

  test('a ticked box moves the spotlight on (no attribute changes, only the change event)', async () => {
    const tick: Scenario = {
      id: 'tick',
      number: 99,
      title: 'Тест',
      audience: 'тест',
      roles: ['parent'],
      needs: ['тест'],
      sources: [],
      steps: [
        {
          id: 'send',
          title: 'Отправьте',
          hint: 'Снимите галочку и нажмите «Отправить».',
          instruction: 'Снимите галочку и нажмите «Отправить».',
          page: [{ url: ['lkChildCard'] }],
          target: [{ kind: 'check', name: ['Автообновление'], checked: true }, { name: ['Отправить'] }],
        },
      ],
    };
    go('https://lk.gosuslugi.ru/profile/family/child/1');
    document.body.innerHTML = '<label><input id="c" type="checkbox" checked> Автообновление</label><button id="b">Отправить</button>';
    start().setScenario(tick);
    expect(last()?.target?.id).toBe('c');
    (document.getElementById('c') as HTMLInputElement).click();
    await frames();
    expect(last()?.target?.id).toBe('b');
  });

  test('follows the page: a target that appears later is found without a reload', async () => {
    go('https://one.43edu.ru/');
    document.body.innerHTML = '<a href="#chat">Чаты</a>';
    start().setScenario(s);
    expect(last()?.step.id).toBe('open-chats');
    go('https://one.43edu.ru/#chat');
    document.body.insertAdjacentHTML('beforeend', '<div role="dialog"><a id="l" href="https://id.vk.com/auth">Привязать учебный профиль VK ID</a></div>');
    await frames();
    expect(last()?.step.id).toBe('link-vkid');
    expect(document.getElementById('l')?.hasAttribute(TARGET_ATTR)).toBe(true);
    // The old target lost the attribute.
    expect(document.querySelectorAll(`[${TARGET_ATTR}]`)).toHaveLength(1);
  });

  test('unrelated churn is not read at all; a change that matters is read at the next frame', async () => {
    go('https://esia.gosuslugi.ru/login/');
    document.body.innerHTML = '<aside id="feed"></aside><form id="f"></form>';
    start().setScenario(s);
    expect(last()?.state).toBe('searching');
    const before = views.length;
    const feed = document.getElementById('feed')!;
    for (let i = 0; i < 20; i++) feed.insertAdjacentHTML('beforeend', `<p>Новость ${i}</p>`);
    await frames();
    expect(views.length).toBe(before);
    document.getElementById('f')!.insertAdjacentHTML('beforeend', '<button id="t">Войти</button>');
    await frames();
    expect(last()?.state).toBe('found');
    expect(last()?.target?.id).toBe('t');
  });

  test('a target the step waits for is drawn as soon as it is put in, before the next frame', async () => {
    go('https://esia.gosuslugi.ru/login/');
    document.body.innerHTML = '<form id="f"></form>';
    start().setScenario(s);
    expect(last()?.state).toBe('searching');
    let frameRan = false;
    requestAnimationFrame(() => (frameRan = true));
    document.getElementById('f')!.insertAdjacentHTML('beforeend', '<button id="t">Войти</button>');
    // The observer's callback runs as a microtask after the page's change.
    await new Promise<void>((r) => queueMicrotask(r));
    await Promise.resolve();
    expect(frameRan).toBe(false);
    expect(last()?.state).toBe('found');
    expect(document.getElementById('t')?.hasAttribute(TARGET_ATTR)).toBe(true);
    // The full reading at the frame agrees: nothing drawn again.
    const n = views.length;
    await frames();
    expect(views.length).toBe(n);
  });

  test('not drawn at once when the page is another step by then: the frame reads it', async () => {
    go('https://esia.gosuslugi.ru/login/');
    document.body.innerHTML = '<form id="f"></form>';
    start().setScenario(s);
    expect(last()?.step.id).toBe('esia-login');
    // «Войти» comes with the consent screen: that page is the next step, not the sign-in.
    document.getElementById('f')!.insertAdjacentHTML('beforeend', '<h1>Предоставление прав доступа</h1><button id="t">Войти</button>');
    await new Promise<void>((r) => queueMicrotask(r));
    await Promise.resolve();
    expect(last()?.step.id).toBe('esia-login');
    expect(document.getElementById('t')?.hasAttribute(TARGET_ATTR)).toBe(false);
    await frames();
    expect(last()?.step.id).toBe('esia-grant');
  });

  test('our own progress write coming back is no reason to read the page again; a change the reading relied on is', async () => {
    // Two steps on one page: the second counts once the first is behind (`after`).
    const two: Scenario = {
      id: 'two',
      number: 98,
      title: 'Тест',
      audience: 'тест',
      roles: ['parent'],
      needs: ['тест'],
      sources: [],
      steps: [
        { id: 'a', title: 'А', hint: 'Нажмите «Далее».', instruction: 'Нажмите «Далее».', page: [{ url: ['lkChildCard'] }], target: [{ name: ['Далее'] }] },
        { id: 'b', title: 'Б', hint: 'Нажмите «Готово».', instruction: 'Нажмите «Готово».', page: [{ url: ['lkChildCard'], after: 'a' }], target: [{ name: ['Готово'] }] },
        { id: 'c', title: 'В', hint: 'Нажмите «Отправить».', instruction: 'Нажмите «Отправить».', page: [{ url: ['lkChildCard'], after: 'b' }], target: [{ name: ['Отправить'] }] },
      ],
    };
    go('https://lk.gosuslugi.ru/profile/family/child/1');
    document.body.innerHTML = '<button>Далее</button><button>Готово</button><button>Отправить</button>';
    const stored = new Set<string>();
    let reads = 0;
    const g = createGuide({
      window,
      layout: false,
      notFoundAfterMs: 1000,
      signal: abort.signal,
      render: (v) => views.push(v),
      url: () => (reads++, new URL(location.href)),
      stored: (_s, id) => stored.has(id),
      // As the content script stores it: every step before the one reached is behind.
      reached: (_s, id) => {
        reached.push(id);
        for (const step of two.steps.slice(0, two.steps.findIndex((x) => x.id === id))) stored.add(step.id);
      },
    });
    g.setScenario(two);
    expect(last()?.step.id).toBe('a');
    g.markedByPerson('a');
    // «a» done: the page is «b» at once (not after the storage round trip).
    expect(last()?.step.id).toBe('b');
    expect(reached).toEqual(['a', 'b']);
    const before = reads;
    g.progressChanged();
    await frames();
    expect(reads).toBe(before);
    // «b» marked done elsewhere (the popup): the page is read again, and is «c».
    stored.add('b');
    g.progressChanged();
    await frames();
    expect(reads).toBe(before + 1);
    expect(last()?.step.id).toBe('c');
  });

  test('a re-rendered target: the attribute moves to the new node', async () => {
    go('https://esia.gosuslugi.ru/login/');
    document.body.innerHTML = '<form><button id="a">Войти</button></form>';
    start().setScenario(s);
    expect(document.getElementById('a')?.hasAttribute(TARGET_ATTR)).toBe(true);
    document.body.innerHTML = '<form><button id="b">Войти</button></form>';
    await frames();
    expect(document.getElementById('b')?.hasAttribute(TARGET_ATTR)).toBe(true);
    expect(last()?.state).toBe('found');
  });

  test('searching, then not-found with the written instruction after the wait', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    go('https://esia.gosuslugi.ru/login/');
    document.body.innerHTML = '<form><button>Далее</button></form>';
    start().setScenario(s);
    expect(last()?.state).toBe('searching');
    vi.advanceTimersByTime(1000);
    vi.useRealTimers();
    await frames();
    expect(last()?.state).toBe('not-found');
    expect(last()?.reason).toBe('missing');
  });

  test('done from the page: the success text', () => {
    go('https://one.43edu.ru/#chat');
    document.body.innerHTML = '<div role="dialog"><p>Электронный дневник и учебный аккаунт Сферума связаны.</p></div>';
    start().setScenario(s);
    expect(last()?.step.id).toBe('linked');
    expect(last()?.state).toBe('done');
    expect(reached).toEqual(['linked:done']);
  });

  test('the person says it is done: shown done on this page', () => {
    go('https://esia.gosuslugi.ru/login/');
    document.body.innerHTML = '<button>Войти</button>';
    const g = start();
    g.setScenario(s);
    g.markedByPerson('esia-login');
    expect(last()?.state).toBe('done');
    expect(document.querySelectorAll(`[${TARGET_ATTR}]`)).toHaveLength(0);
  });

  test('started again after «done»: the step is shown to do again', () => {
    go('https://esia.gosuslugi.ru/login/');
    document.body.innerHTML = '<button>Войти</button>';
    const g = start();
    g.setScenario(s);
    g.markedByPerson('esia-login');
    expect(last()?.state).toBe('done');
    g.forget();
    expect(last()?.state).toBe('found');
    expect(document.querySelectorAll(`[${TARGET_ATTR}]`)).toHaveLength(1);
  });

  test('an unknown page shows nothing; no scenario: no observer, no work', async () => {
    go('https://lk.gosuslugi.ru/settings');
    const g = start();
    g.setScenario(s);
    expect(views.filter(Boolean)).toHaveLength(0);
    g.setScenario(null);
    const n = views.length;
    go('https://one.43edu.ru/auth/login');
    document.body.innerHTML = '<button>Вход через портал госуслуг</button>';
    await frames();
    expect(views.length).toBe(n);
  });

  test('nothing after the signal aborts', async () => {
    go('https://esia.gosuslugi.ru/login/');
    document.body.innerHTML = '<button id="a">Войти</button>';
    start().setScenario(s);
    abort.abort();
    expect(document.getElementById('a')?.hasAttribute(TARGET_ATTR)).toBe(false);
    const n = views.length;
    document.body.innerHTML = '<button>Предоставить</button><h1>Предоставление прав доступа</h1>';
    await frames();
    expect(views.length).toBe(n);
  });
});

describe('away', () => {
  afterEach(() => vi.useRealTimers());

  test('an official page with no step of the active scenario: the first step not done, `away`, no target, after a moment', () => {
    vi.useFakeTimers();
    const abort = new AbortController();
    const views: (GuideView | null)[] = [];
    go('https://esia.gosuslugi.ru/profile/user/personal');
    document.body.innerHTML = '<p>Новости школы</p>';
    const guide = createGuide({
      window,
      layout: false,
      notFoundAfterMs: 5000,
      signal: abort.signal,
      render: (v) => views.push(v),
      reached: () => undefined,
      stored: (_s, id) => id === 'open-diary' || id === 'esia-login',
    });
    guide.setScenario(s);
    // While the page may still be drawing itself: nothing yet.
    expect(views.at(-1) ?? null).toBeNull();
    vi.advanceTimersByTime(1000);
    vi.runOnlyPendingTimers();
    const v = views.at(-1);
    expect(v?.state).toBe('away');
    expect(v?.step.id).toBe('esia-grant');
    expect(v?.target).toBeNull();
    expect(document.querySelector(`[${TARGET_ATTR}]`)).toBeNull();
    abort.abort();
  });
});
