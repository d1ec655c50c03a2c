// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { personalFields } from './personal';

describe('personal fields (presenter mode blurs them)', () => {
  test('known by label, name, type or autocomplete — never by value', () => {
    document.body.innerHTML = `
      <label for="a">Телефон / Email / СНИЛС</label><input id="a">
      <label>Серия и номер паспорта <input id="b"></label>
      <input id="c" type="email">
      <input id="d" autocomplete="family-name">
      <input id="e" aria-label="Отчество">
      <input id="f" name="search" placeholder="Поиск по услугам" value="Иванов 000-000-000 00">
      <input id="g" type="password" aria-label="Пароль">
      <input id="h" type="checkbox" aria-label="Даю согласие на обработку персональных данных">
      <label for="i">Название чата</label><input id="i">
      <input id="k" placeholder="Введите запрос, например: загранпаспорт">
      <textarea id="j" aria-label="Фамилия, имя, отчество"></textarea>`;
    expect(personalFields(document).map((e) => e.id)).toEqual(['a', 'b', 'c', 'd', 'e', 'j']);
  });
});
