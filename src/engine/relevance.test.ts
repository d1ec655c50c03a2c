// @vitest-environment happy-dom
import { describe, expect, test, vi } from 'vitest';
import { parentDiarySferum } from '../catalogue/scenarios/parent-diary-sferum';
import { parentConsent } from '../catalogue/scenarios/parent-consent';
import { observedFor, relevanceFor } from './relevance';

/** Records of real mutations, from a MutationObserver in happy-dom. */
async function recordsOf(change: () => void): Promise<MutationRecord[]> {
  const got: MutationRecord[] = [];
  const o = new MutationObserver((r) => got.push(...r));
  o.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true, characterDataOldValue: true });
  change();
  await new Promise((r) => setTimeout(r, 0));
  got.push(...o.takeRecords());
  o.disconnect();
  return got;
}

describe('relevance of page changes', () => {
  const relevant = relevanceFor(parentDiarySferum);

  test('unrelated churn does not matter', async () => {
    document.body.innerHTML = '<aside id="feed"></aside><form><button id="t">Войти</button></form>';
    const feed = document.getElementById('feed')!;
    const t = document.getElementById('t');
    expect(relevant(await recordsOf(() => feed.insertAdjacentHTML('beforeend', '<p>Новость 17: погода</p>')), t)).toBe(false);
    expect(relevant(await recordsOf(() => feed.firstElementChild!.remove()), t)).toBe(false);
    expect(relevant(await recordsOf(() => feed.setAttribute('class', 'x')), t)).toBe(false);
  });

  test('the scenario’s own words, selectors and the target matter', async () => {
    document.body.innerHTML = '<aside id="feed"></aside><form id="f"><button id="t">Войти</button></form>';
    const feed = document.getElementById('feed')!;
    const t = document.getElementById('t')!;
    expect(relevant(await recordsOf(() => feed.insertAdjacentHTML('beforeend', '<h1>Предоставление прав доступа</h1>')), t)).toBe(true);
    expect(relevant(await recordsOf(() => feed.insertAdjacentHTML('beforeend', '<button data-test-id="submit_btn"></button>')), t)).toBe(true);
    expect(relevant(await recordsOf(() => feed.insertAdjacentHTML('beforeend', '<button aria-label="Войти"></button>')), t)).toBe(true);
    expect(relevant(await recordsOf(() => feed.insertAdjacentHTML('beforeend', '<input type="submit" value="Войти">')), t)).toBe(true);
    expect(relevant(await recordsOf(() => feed.insertAdjacentHTML('beforeend', '<div><img alt="Продолжить"></div>')), t)).toBe(true);
    expect(relevant(await recordsOf(() => t.setAttribute('class', 'hidden')), t)).toBe(true);
    expect(relevant(await recordsOf(() => document.getElementById('f')!.setAttribute('style', 'display:none')), t)).toBe(true);
    expect(relevant(await recordsOf(() => t.remove()), t)).toBe(true);
  });

  test('our own host is not the page: putting it in and its attributes do not matter', async () => {
    document.body.innerHTML = '<form><button id="t">Войти</button></form>';
    const host = document.createElement('provodnik-guide');
    host.setAttribute('aria-label', 'Проводник: нажмите «Войти»');
    const t = document.getElementById('t');
    const added = await recordsOf(() => document.body.append(host));
    expect(relevant(added, t)).toBe(true);
    expect(relevant(added, t, host)).toBe(false);
    expect(relevant(await recordsOf(() => host.setAttribute('class', 'Войти')), t, host)).toBe(false);
  });

  test('words compare by letters: case, ё/е, spaces and symbols inside do not hide them', async () => {
    document.body.innerHTML = '<aside id="feed"></aside>';
    const feed = document.getElementById('feed')!;
    expect(relevant(await recordsOf(() => feed.insertAdjacentHTML('beforeend', '<p>ПРЕДОСТАВЛЕНИЕ\u00a0 прав — доступа</p>')), null)).toBe(true);
    expect(relevant(await recordsOf(() => feed.insertAdjacentHTML('beforeend', '<p>Учётная запись</p>')), null)).toBe(false);
  });

  test('text that gains or loses a word matters', async () => {
    document.body.innerHTML = '<p id="p">Загрузка…</p>';
    const text = document.getElementById('p')!.firstChild!;
    expect(relevant(await recordsOf(() => (text.textContent = 'Электронный дневник и учебный аккаунт Сферума связаны')), null)).toBe(true);
    expect(relevant(await recordsOf(() => (text.textContent = 'Готово')), null)).toBe(true);
    expect(relevant(await recordsOf(() => (text.textContent = 'Ещё немного')), null)).toBe(false);
  });

  test('only attributes some query reads make records: the visible ones, names, and what the scenario’s selectors name', () => {
    const plain = observedFor(parentDiarySferum).attributeFilter!;
    expect(plain).toEqual(expect.arrayContaining(['class', 'style', 'hidden', 'aria-hidden', 'aria-label', 'role', 'href', 'data-test-id']));
    expect(plain).not.toContain('disabled');
    expect(plain).not.toContain('aria-expanded');
    // parent-consent finds the account menu by `[aria-haspopup="true"][aria-expanded="false"]`.
    expect(observedFor(parentConsent).attributeFilter).toEqual(expect.arrayContaining(['aria-haspopup', 'aria-expanded']));
  });

  test('a text of the target’s name (its own, its label’s) matters; the same text elsewhere does not', async () => {
    // (Words no query of the scenario names: «Код» is a sign of the ESIA code screen.)
    document.body.innerHTML = '<label id="l">Пин <input id="t"></label><p id="p">Пин</p><button id="b"><span>Далее <b id="n">3</b></span></button>';
    const t = document.getElementById('t');
    const near = document.getElementById('l')!.firstChild!;
    const counter = document.getElementById('n')!.firstChild!;
    expect(relevant(await recordsOf(() => (counter.textContent = '4')), document.getElementById('b'))).toBe(true);
    expect(relevant(await recordsOf(() => (counter.textContent = '5')), t)).toBe(false);
    const far = document.getElementById('p')!.firstChild!;
    expect(relevant(await recordsOf(() => (near.textContent = 'Пин из письма')), t)).toBe(true);
    expect(relevant(await recordsOf(() => (far.textContent = 'Пин из письма')), t)).toBe(false);
  });

  test('a node seen carrying nothing when it was put in is not looked into again when it goes; a sign it gains still matters', async () => {
    document.body.innerHTML = '<aside id="feed"></aside><form><button id="t">Войти</button></form>';
    const feed = document.getElementById('feed')!;
    const t = document.getElementById('t');
    expect(relevant(await recordsOf(() => feed.insertAdjacentHTML('beforeend', '<p><b>Новость</b> 1</p><button id="b">Ещё</button>')), t)).toBe(false);
    const p = feed.firstElementChild!;
    const text = vi.spyOn(p, 'textContent', 'get');
    const query = vi.spyOn(p, 'querySelector');
    expect(relevant(await recordsOf(() => p.setAttribute('class', 'read')), t)).toBe(false);
    expect(relevant(await recordsOf(() => p.remove()), t)).toBe(false);
    expect(text).not.toHaveBeenCalled();
    expect(query).not.toHaveBeenCalled();
    // The button seen before becomes the scenario's own (a selector of it).
    expect(relevant(await recordsOf(() => document.getElementById('b')!.setAttribute('data-test-id', 'submit_btn')), t)).toBe(true);
  });
});
