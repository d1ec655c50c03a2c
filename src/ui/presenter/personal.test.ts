// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { personalFields, personalTexts, personalValue } from './personal';

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

  test('personal things shown as text: by their label or their card, never by their value', () => {
    document.body.innerHTML = `
      <div class="doc-card"><div class="doc-card__head"><a class="doc-card__title" href="/p">СНИЛС</a></div>
        <lk-doc-card-row><span class="label">Номер</span><span id="snils">000-000-000 99</span></lk-doc-card-row></div>
      <section aria-labelledby="h-pass"><h3 id="h-pass">Паспорт РФ</h3>
        <dl><dt>Серия и номер</dt><dd id="pass">00 00 000000</dd><dt>Кем выдан</dt><dd id="issuer">ОВД</dd></dl></section>
      <div class="doc-card"><h3 class="doc-card__title">Уведомления</h3>
        <span class="label">Номер</span><span id="not-personal">12</span></div>
      <p>Дата рождения <span id="birth">01.09.2016</span></p>
      <div class="doc-card"><h3 class="doc-card__title">ИНН</h3><span class="label">Номер</span><span id="inn">000000000000</span></div>
      <p>Имя <b id="name">Анна</b></p>
      <p>Всего услуг <span id="count">5</span></p>
      <table><tr><th>Телефон</th><td id="phone">+7 900 000-00-00</td></tr><tr><th>Статус</th><td id="status">Подтверждена</td></tr></table>
      <a id="mail" href="mailto:someone@example.com">someone@example.com</a>
      <div class="field__label">Электронная почта</div><div id="email-row"><button>Изменить</button></div>`;
    expect(personalTexts(document).map((e) => e.id).sort()).toEqual(['birth', 'inn', 'issuer', 'mail', 'name', 'pass', 'phone', 'snils']);
    // The label's own words decide, whatever the value looks like.
    document.getElementById('count')!.textContent = '000-000-000 99';
    expect(personalTexts(document).map((e) => e.id)).not.toContain('count');
  });
});

describe('personalValue', () => {
  test('document and phone digits, dates, e-mail, names', () => {
    for (const [text, kind] of [
      ['123-456-789 01', 'digits'],
      ['+7 999 123-45-67', 'digits'],
      ['01.09.2016', 'digits'],
      ['Свидетельство 924613', 'digits'],
      ['sentinel.zoya@example.org', 'email'],
      ['Сентинелова Зоя Петровна', 'name'],
      ['Сентинелова Зоя', 'name'],
      ['Иванов И. И.', 'name'],
      ['Мария Ивановна', 'name'],
    ] as const)
      expect(personalValue(text), text).toBe(kind);
    for (const text of ['Войти', 'Семья и дети', 'Чаты 3', 'Войти через Госуслуги', 'Добавить ребёнка', 'Документы', 'Шаг 1 из 8', 'VK ID', 'Привязать учебный профиль'])
      expect(personalValue(text), text).toBeNull();
  });
});
