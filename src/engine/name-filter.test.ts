// @vitest-environment happy-dom
import { computeAccessibleName } from 'dom-accessibility-api';
import { describe, expect, test } from 'vitest';
import { canSpell, lettersOf, mayBeNamed, nameTexts } from './name-filter';
import { nameScore, normalize, normalizedTexts } from './text';

const el = (html: string) => {
  document.body.innerHTML = html;
  return document.getElementById('t')!;
};
const passes = (html: string, ...names: string[]) => mayBeNamed(nameTexts(el(html)), names.map(lettersOf));
/** The pre-filter and the real comparison agree wherever the real name matches. */
const matches = (html: string, ...names: string[]) => nameScore(normalize(computeAccessibleName(el(html))), normalizedTexts(names)) > 0;

describe('name pre-filter', () => {
  test('letters only: case, ё/е, spaces, nbsp, soft hyphens, digits and symbols', () => {
    expect(lettersOf('Учётная\u00a0запись  РЕБЁНКА')).toBe('учетнаязаписьребенка');
    expect(lettersOf('«Вой\u00adти» › 3')).toBe('войти');
    expect(lettersOf('★ 12 →')).toBe('');
    // the same letters as the whole-string comparison (text.ts) would see
    for (const t of ['Straße İstanbul', 'ÀÉÎ øÿ µ', 'ΟΔΟΣ σας', 'Ѐђ Ў ў', 'x\u0301y', '𝐀b']) {
      expect(lettersOf(t), t).toBe(normalize(t).replace(/[^\p{L}]+/gu, '').replace(/ς/g, 'σ'));
    }
  });

  test('never excludes an element whose accessible name matches', () => {
    const cases: [string, string][] = [
      ['<button id="t">Войти</button>', 'Войти'],
      ['<button id="t">  ВОЙТИ&nbsp;</button>', 'войти'],
      ['<a id="t" href="#">Учётная запись <b>ребёнка</b></a>', 'Учетная запись ребенка'],
      ['<a id="t" href="#"><span>Привязать учебный профиль</span><div>VK ID</div></a>', 'Привязать учебный профиль VK ID'],
      ['<a id="t" href="#chat"><i aria-hidden="true">★</i> Чаты <span>3</span></a>', 'Чаты'],
      ['<button id="t">Войти<span hidden>другим способом</span></button>', 'Войти'],
      ['<button id="t"><span style="display:none">Скрыто</span>Войти</button>', 'Войти'],
      ['<span id="l">Войти</span><button id="t" aria-labelledby="l">→</button>', 'Войти'],
      ['<button id="t" aria-label="Войти"><svg></svg></button>', 'Войти'],
      ['<button id="t"><img src="x.png" alt="Войти"></button>', 'Войти'],
      ['<button id="t" title="Войти"></button>', 'Войти'],
      ['<label for="t">Войти</label><button id="t"></button>', 'Войти'],
      ['<label>Войти <button id="t"></button></label>', 'Войти'],
      ['<input id="t" type="submit" value="Войти">', 'Войти'],
      ['<a id="t" href="#"><span aria-label="Войти">→</span></a>', 'Войти'],
    ];
    for (const [html, name] of cases) {
      expect(matches(html, name), `the name of ${html} matches`).toBe(true);
      expect(passes(html, name), html).toBe(true);
    }
  });

  test('a word split across inline elements (one word in a browser) passes', () => {
    expect(passes('<a id="t" href="#"><span>Вой</span><span>ти</span></a>', 'Войти')).toBe(true);
    expect(passes('<a id="t" href="#">Вой<b>ти</b></a>', 'Войти')).toBe(true);
  });

  test('excludes what certainly cannot match, without computing the name', () => {
    expect(passes('<button id="t">Войти другим способом</button>', 'Войти')).toBe(false);
    expect(passes('<a id="t" href="#">Войти 5 раз</a>', 'Войти')).toBe(false);
    expect(passes('<button id="t"><span>Выйти</span></button>', 'Войти')).toBe(false);
    expect(passes('<button id="t"></button>', 'Войти')).toBe(false);
  });

  test('names that may come from elsewhere are left to the full computation', () => {
    expect(nameTexts(el('<a id="t" href="#" aria-labelledby="x">→</a>'))).toBeNull();
    expect(nameTexts(el('<label for="t">Войти</label><button id="t">→</button>'))).toBeNull();
    expect(nameTexts(el('<a id="t" href="#">Открыть <input value="Войти"></a>'))).toBeNull();
    expect(nameTexts(el('<a id="t" href="#" aria-owns="o">Открыть</a><span id="o">Войти</span>'))).toBeNull();
    expect(nameTexts(el('<a id="t" href="#">Открыть <b>вход</b></a>'))).toEqual(['Открыть ', 'вход']);
  });

  test('texts in naming attributes are texts the name can be made of, in their place', () => {
    expect(nameTexts(el('<button id="t" class="x" title="Войти"><span aria-label="Меню">☰</span><img alt="значок"> ok</button>'))).toEqual([
      'Войти',
      'Меню',
      '☰',
      'значок',
      ' ok',
    ]);
    expect(passes('<button id="t" title="Подсказка 12">Войти другим способом</button>', 'Войти')).toBe(false);
    expect(passes('<button id="t" title="Войти">→</button>', 'Войти')).toBe(true);
  });

  test('chunks are whole and in order', () => {
    expect(canSpell(['Вой', 'ти'], ['войти'])).toBe(true);
    expect(canSpell(['ти', 'Вой'], ['войти'])).toBe(false);
    expect(canSpell(['Войти', ' другим'], ['войти'])).toBe(true);
    expect(canSpell(['Войти другим'], ['войти'])).toBe(false);
    expect(canSpell(['скрыто', ' вой', '\u00a0', 'лишнее', 'ти 3 '], ['войти'])).toBe(true);
    expect(canSpell(['ВЫЙТИ'], ['войти'])).toBe(false);
    expect(canSpell(['★ 12'], [''])).toBe(true);
    expect(canSpell(['Ёлка', 'ΣΟΦΟΣ'], ['елкасοφοσ'.replace('с', 'σ')])).toBe(true);
  });
});
