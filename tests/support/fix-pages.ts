import { SENTINEL } from './sentinels';

// A page for the field-fix tests (tests/e2e/fixes.e2e.ts, tests/e2e-firefox/fixes.e2e.ts).

export const SCENARIO = 'child-gosuslugi-account';
export const STEP = 'open-family';
export const STEP_HOOK = `${SCENARIO}/${STEP}`;
export const DOCS = 'https://lk.gosuslugi.ru/profile/personal';

/**
 * «Документы и данные» after a redesign the catalogue does not know: «Семья и дети» is now
 * «Моя семья». The person's own data is on the page, their name a link. `shuffle`: the same
 * page rendered again with other classes, ids and order. `decoy`: a help link «Семья и дети» in
 * the header, which the catalogue's words find (and which is not it). Every click the page itself hears
 * on its own elements is counted in `window.pageClicks`.
 */
export function variant(shuffle = false, decoy = false): string {
  const c = (name: string) => (shuffle ? `x${name.length}-q7` : `css-${name}-a1`);
  const nav = [
    `<li><a class="${c('item')}" href="/profile/personal/data">Личные данные</a></li>`,
    `<li><a class="${c('item')}" id="${shuffle ? 'n9' : 'n1'}" href="/profile/personal/kin">Моя семья</a></li>`,
    `<li><a class="${c('item')}" href="/profile/personal/cars">Транспорт</a></li>`,
  ];
  if (shuffle) nav.reverse();
  const person = `<section class="${c('card')}" aria-labelledby="me"><h2 id="me">Мои данные</h2>
    <p><a href="/profile/me" class="${c('name')}">${SENTINEL.name}</a></p>
    <dl><dt>СНИЛС</dt><dd>${SENTINEL.snils}</dd><dt>Телефон</dt><dd>${SENTINEL.phone}</dd><dt>Почта</dt><dd>${SENTINEL.email}</dd></dl></section>`;
  const aside = `<aside class="${c('aside')}"><nav aria-label="Разделы документов"><ul>${nav.join('')}</ul></nav></aside>`;
  return `<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>Документы и данные</title>
  <style>body{font:16px sans-serif;margin:0} header{padding:12px;background:#eef} main{display:flex;gap:24px;padding:16px} a{display:inline-block;padding:6px}</style></head>
  <body><header><a href="/">Госуслуги</a> <a href="/profile/personal">Документы</a> <a href="/notifications">Уведомления</a>${decoy ? ' <a href="/help/family">Семья и дети</a>' : ''}</header>
  <main>${shuffle ? person + aside : aside + person}<h1>Документы и данные</h1></main>
  <script>window.pageClicks = 0; document.addEventListener('click', (e) => { if (e.target.localName === 'provodnik-guide') return; window.pageClicks++; e.preventDefault(); });</script>
  </body></html>`;
}

/** The fix a person makes on that page for «Откройте «Семья и дети»», as the options page exports it. */
export const FIX = {
  scenario: SCENARIO,
  step: STEP,
  page: [{ url: [], at: ['lk.gosuslugi.ru/profile/personal'], shows: [{ kind: 'press', name: ['Моя семья'], within: ['Разделы документов'] }] }],
  target: [{ kind: 'press', name: ['Моя семья'], within: ['Разделы документов'] }],
};
