// @vitest-environment happy-dom
import { beforeEach, describe, expect, test } from 'vitest';
import type { ElementQuery } from '../catalogue/types';
import { isShown, locate, PageScan } from './locate';

const scan = () => new PageScan(document, false);
const page = (html: string) => {
  document.body.innerHTML = html;
};
const found = (html: string, query: ElementQuery | readonly ElementQuery[]) => {
  page(html);
  const r = locate(scan(), Array.isArray(query) ? query : [query as ElementQuery]);
  return r.kind === 'found' ? r.element : r.kind;
};

describe('locate', () => {
  beforeEach(() => page(''));

  test('by accessible name, whatever the element', () => {
    for (const html of [
      '<button id="t">Войти</button>',
      '<a id="t" href="/x">Войти</a>',
      '<div id="t" role="button" tabindex="0">Войти</div>',
      '<input id="t" type="submit" value="Войти">',
      '<button id="t" aria-label="Войти"><svg></svg></button>',
    ]) {
      expect((found(html, { name: ['Войти'] }) as Element).id, html).toBe('t');
    }
  });

  test('text split across nested elements, icons and counters, ё/е, case and nbsp', () => {
    expect((found('<a id="t" href="#"><span>Привязать</span> <b>учебный</b> профиль VK&nbsp;ID</a>', { name: ['Привязать учебный профиль VK ID'] }) as Element).id).toBe('t');
    expect((found('<a id="t" href="#chat"><i aria-hidden="true">★</i> Чаты <span>3</span></a>', { name: ['Чаты'] }) as Element).id).toBe('t');
    expect((found('<button id="t">УЧЕТНАЯ ЗАПИСЬ РЕБЕНКА</button>', { name: ['Учётная запись ребёнка'] }) as Element).id).toBe('t');
  });

  test('names from anywhere but the text are found too (candidates come from text and from naming attributes)', () => {
    for (const html of [
      '<span id="l">Войти</span><button id="t" aria-labelledby="l">→</button>',
      '<label for="t">Войти</label><button id="t"></button>',
      '<button id="t"><img src="x.png" alt="Войти"></button>',
      '<button id="t" title="Войти"></button>',
      '<a id="t" href="#"><span aria-label="Войти">→</span></a>',
      '<div role="button" id="t" tabindex="0"><b>ВОЙ\u00adТИ</b></div>',
      '<p>Войти другим способом</p><a href="#">Войти другим способом</a><a id="t" href="#"><span>Войти</span> <i>3</i></a>',
    ]) {
      expect((found(html, { name: ['Войти'] }) as Element).id, html).toBe('t');
    }
  });

  test('never a partial name: a longer button is not the one', () => {
    expect(found('<button>Войти другим способом</button>', { name: ['Войти'] })).toBe('missing');
  });

  test('hidden copies never count', () => {
    const html = `
      <button hidden>Предоставить</button>
      <div style="display:none"><button>Предоставить</button></div>
      <div aria-hidden="true"><button>Предоставить</button></div>
      <div inert><button>Предоставить</button></div>
      <button id="t">Предоставить</button>`;
    expect((found(html, { name: ['Предоставить'] }) as Element).id).toBe('t');
  });

  test('two equally good candidates: ambiguous, not a guess', () => {
    expect(found('<button>Добавить</button><button>Добавить</button>', { name: ['Добавить'] })).toBe('ambiguous');
  });

  test('equal candidates leading to the same place are one choice', () => {
    expect(found('<a href="#chat">Чаты</a><a href="#chat">Чаты</a>', { name: ['Чаты'] })).toBeInstanceOf(Element);
  });

  test('a counter makes no other name: «Чаты» and «Чаты 2» to different places are a real choice', () => {
    expect(found('<button id="t">Чаты</button><button>Чаты 2</button>', { name: ['Чаты'] })).toBe('ambiguous');
    expect(found('<a href="#chat">Чаты</a><button>ЧАТЫ 6</button>', { name: ['Чаты'] })).toBe('ambiguous');
  });

  test('a counter does not split one destination: the largest of the links to it', () => {
    const html = '<nav><a href="#chat">Чаты</a></nav><main><a id="t" href="#chat"><span>Чаты</span> <span>3</span></a></main>';
    // Without layout the first one stands for all; the browser test measures them.
    expect(found(html, { name: ['Чаты'] })).toBeInstanceOf(Element);
    expect(found('<a href="#chat">Чаты</a><a href="#chat">Чаты 3</a>', { name: ['Чаты'] })).toBeInstanceOf(Element);
  });

  test('the footer never holds a step target, even when nothing else matches', () => {
    expect(found('<footer><a href="/docs">Документы</a></footer>', { name: ['Документы'] })).toBe('missing');
    expect(found('<div role="contentinfo"><button>Документы</button></div>', { name: ['Документы'] })).toBe('missing');
  });

  test('menus and footers rank below the content', () => {
    const html = '<footer><a href="/help">Помощь</a></footer><main><a id="t" href="/h">Помощь</a></main>';
    expect((found(html, { name: ['Помощь'] }) as Element).id).toBe('t');
  });

  test('scoped to its block: «Добавить» under «Дети», not under «Брак и развод»', () => {
    const flat = `
      <h2>Семья и дети</h2>
      <h3>Брак и развод</h3><button>Добавить</button>
      <h3>Дети</h3><button id="t">Добавить</button>
      <h3>Родители</h3><button>Добавить</button>`;
    expect((found(flat, { name: ['Добавить'], within: ['Дети'] }) as Element).id).toBe('t');
    const cards = `
      <lk-doc-card><div class="title">Брак и развод</div><button>Добавить</button></lk-doc-card>
      <lk-doc-card><div class="title">Дети</div><div><button id="t">Добавить</button></div></lk-doc-card>`;
    expect((found(cards, { name: ['Добавить'], within: ['Дети'] }) as Element).id).toBe('t');
    const dialog = `<button>Создать</button><div role="dialog" aria-label="Новый чат"><button id="t">Создать</button></div>`;
    expect((found(dialog, { name: ['Создать'], within: ['Новый чат'] }) as Element).id).toBe('t');
    expect(found('<h3>Брак и развод</h3><button>Добавить</button>', { name: ['Добавить'], within: ['Дети'] })).toBe('missing');
  });

  test('a dialog in front wins over the same button behind it', () => {
    const html = '<button>Продолжить</button><div role="dialog" aria-modal="true"><button id="t">Продолжить</button></div>';
    expect((found(html, { name: ['Продолжить'] }) as Element).id).toBe('t');
  });

  test('nested matches: the innermost control', () => {
    expect((found('<div role="button" tabindex="0"><button id="t">Да</button></div>', { name: ['Да'] }) as Element).id).toBe('t');
  });

  test('fields by label or placeholder', () => {
    expect((found('<label for="t">Пароль</label><input id="t" type="password">', { kind: 'field', name: ['Пароль'] }) as Element).id).toBe('t');
    expect((found('<input id="t" type="tel" placeholder="+7 000 000 00 00">', { kind: 'field', name: ['+7 000 000 00 00'] }) as Element).id).toBe('t');
  });

  test('checkboxes by their ticked state', () => {
    const html = '<label><input id="t" type="checkbox" checked> Автообновление</label>';
    expect((found(html, { kind: 'check', name: ['Автообновление'], checked: true }) as Element).id).toBe('t');
    expect(found(html, { kind: 'check', name: ['Автообновление'], checked: false })).toBe('missing');
  });

  test('a stable selector counts besides the name', () => {
    const html = '<button>Продолжить</button><button id="t" data-test-id="submit_btn">Продолжить</button>';
    expect((found(html, { name: ['Продолжить'], selector: 'button[data-test-id="submit_btn"]' }) as Element).id).toBe('t');
  });

  test('a selector without a name: only what the selector picks', () => {
    const card = '<section aria-label="Дети"><a id="t" href="/profile/family/child/7">Анна</a><button>Добавить</button></section>';
    const query = { selector: 'a[href*="/profile/family/child/"]', within: ['Дети'] };
    expect((found(card, query) as Element).id).toBe('t');
    expect(found('<section aria-label="Дети"><button>Добавить</button></section>', query)).toBe('missing');
    page('<section aria-label="Дети"><button>Добавить</button></section>');
    expect(isShown(scan(), query)).toBe(false);
  });

  test('alternatives in order of preference', () => {
    const html = '<button id="t">Войти другим способом</button>';
    expect((found(html, [{ name: ['Войти в другой аккаунт'] }, { name: ['Войти другим способом'] }]) as Element).id).toBe('t');
  });
});

describe('isShown', () => {
  test('texts anywhere, visible only, partial when asked', () => {
    page('<div hidden><p>Электронный дневник и учебный аккаунт Сферума связаны</p></div>');
    expect(isShown(scan(), { kind: 'text', name: ['Электронный дневник и учебный аккаунт Сферума связаны'], partial: true })).toBe(false);
    page('<p><b>Электронный дневник и учебный аккаунт Сферума связаны.</b> Теперь вы можете…</p>');
    expect(isShown(scan(), { kind: 'text', name: ['Электронный дневник и учебный аккаунт Сферума связаны'], partial: true })).toBe(true);
    expect(isShown(scan(), { kind: 'text', name: ['Электронный дневник'], partial: false })).toBe(false);
  });
  test('headings by role', () => {
    page('<div role="heading" aria-level="1">Предоставление прав доступа</div>');
    expect(isShown(scan(), { kind: 'heading', name: ['Предоставление прав доступа'] })).toBe(true);
    page('<p>Предоставление прав доступа</p>');
    expect(isShown(scan(), { kind: 'heading', name: ['Предоставление прав доступа'] })).toBe(false);
  });
});
