// @vitest-environment happy-dom
import { beforeEach, describe, expect, test } from 'vitest';
import { isShown, PageScan } from './locate';
import { reveal } from './reveal';

const scan = () => new PageScan(document, false);
const page = (html: string) => {
  document.body.innerHTML = html;
};
const opener = (html: string, name = 'Уведомления') => {
  page(html);
  return reveal(scan(), [{ kind: 'press', name: [name] }])?.control.id ?? null;
};

describe('reveal paths', () => {
  beforeEach(() => page(''));

  test('the page says which control opens what: aria-controls, a tab, details, a popup after its button', () => {
    expect(opener('<button id="c" aria-expanded="false" aria-controls="m">ИА 27</button><ul id="m" hidden><li><a href="/n">Уведомления 27</a></li></ul>')).toBe('c');
    expect(
      opener(
        '<div role="tablist"><button role="tab" id="t1" aria-selected="true" aria-controls="p1">QR</button><button role="tab" id="t2" aria-selected="false" aria-controls="p2">Пароль</button></div>' +
          '<div role="tabpanel" id="p1">QR-код</div><div role="tabpanel" id="p2" hidden><button>Войти</button></div>',
        'Войти',
      ),
    ).toBe('t2');
    expect(opener('<details id="d"><summary id="s">Ещё</summary><a href="/n">Уведомления</a></details>')).toBe('s');
    expect(opener('<div><button id="b" aria-haspopup="listbox">Все ▾</button><ul role="listbox" hidden><li role="option"><span>Уведомления</span></li></ul></div>')).toBe('b');
  });

  test('nothing is guessed: no control that says so, two controls, or the target in sight', () => {
    expect(opener('<button id="c">Меню</button><ul hidden><li><a href="/n">Уведомления</a></li></ul>')).toBeNull();
    expect(
      opener(
        '<button id="a" aria-controls="m1">1</button><ul id="m1" hidden><li><a href="/n">Уведомления</a></li></ul>' +
          '<button id="b" aria-controls="m2">2</button><ul id="m2" hidden><li><a href="/n">Уведомления</a></li></ul>',
      ),
    ).toBeNull();
    // An aria-hidden copy controlled by nothing is not a way in.
    expect(opener('<a href="/n" aria-hidden="true">Уведомления</a>')).toBeNull();
    // A control already open: nothing to reveal.
    expect(opener('<button id="c" aria-expanded="true" aria-controls="m">ИА</button><ul id="m" hidden><li><a href="/n">Уведомления</a></li></ul>')).toBeNull();
  });
});

describe('titles that are not headings', () => {
  const shows = (html: string, name: string) => {
    page(html);
    return isShown(scan(), { kind: 'heading', name: [name] });
  };

  test('bold text, a dialog label or its first text, split by nbsp, br and b, «е» for «ё»', () => {
    expect(shows('<div class="card"><b>Выйти из чата?</b><p>Текст</p></div>', 'Выйти из чата?')).toBe(true);
    expect(shows('<div role="dialog" aria-labelledby="t"><div id="t">Привязка&nbsp;к<br>учетной записи</div><p>Введите код</p></div>', 'Привязка к учётной записи')).toBe(true);
    expect(shows('<div role="dialog"><div>Запрос на <b>предоставление</b> разрешения</div><button>Да</button></div>', 'Запрос на предоставление разрешения')).toBe(true);
    expect(shows('<div role="dialog" aria-label="Информация о чате"><p>5Б класс</p></div>', 'Информация о чате')).toBe(true);
  });

  test('not a title: plain text in a paragraph, or a control', () => {
    expect(shows('<p>Нажмите Выйти из чата? и подтвердите</p>', 'Выйти из чата?')).toBe(false);
    expect(shows('<main><p>Текст</p><span>Выйти из чата?</span></main>', 'Выйти из чата?')).toBe(false);
    expect(shows('<button><b>Выйти из чата?</b></button>', 'Выйти из чата?')).toBe(false);
  });
});

describe('what is open decides', () => {
  test('a visible aria-modal dialog: the page behind it does not count', () => {
    page('<button>Позвонить</button><div role="dialog" aria-modal="true"><b>Выйти из чата?</b><button>Выйти из чата</button></div>');
    expect(isShown(scan(), { kind: 'press', name: ['Позвонить'] })).toBe(false);
    expect(isShown(scan(), { kind: 'press', name: ['Выйти из чата'] })).toBe(true);
    page('<button>Позвонить</button><div role="dialog" aria-modal="true" hidden><button>Выйти из чата</button></div>');
    expect(isShown(scan(), { kind: 'press', name: ['Позвонить'] })).toBe(true);
  });
});
