/**
 * The bench's page: an ESIA-like sign-in whose «Войти» button is inserted at a random
 * moment; the same page for Проводник, driver.js and Shepherd. Each library waits for
 * the element in its own way; the page measures, in its own clock, from the insertion
 * to the first animation frame in which the highlight is painted around the target.
 */
export type Mode = 'provodnik' | 'driver' | 'shepherd' | 'none';

export function spotlightPage(mode: Mode): string {
  const libs =
    mode === 'driver'
      ? '<link rel="stylesheet" href="/__bench/driver.css"><script src="/__bench/driver.js"></script>'
      : mode === 'shepherd'
        ? '<link rel="stylesheet" href="/__bench/shepherd.css">'
        : '';
  return `<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>Вход</title>${libs}</head>
<body><esia-root><h1>Вход</h1><form id="f" onsubmit="return false">
<label>Телефон / Email / СНИЛС <input id="login"></label>
<label>Пароль <input id="password" type="password"></label>
</form></esia-root>
<script type="module">
const mode = ${JSON.stringify(mode)};
window.__bench = { done: false };
function painted(t) {
  const r = t.getBoundingClientRect();
  if (mode === 'provodnik') {
    const spot = document.querySelector('provodnik-guide')?.shadowRoot?.querySelector('.spot');
    if (!spot) return false;
    const s = spot.getBoundingClientRect();
    return s.left <= r.left && s.top <= r.top && s.right >= r.right && s.bottom >= r.bottom && s.width > 0;
  }
  if (mode === 'driver') return t.classList.contains('driver-active-element') && !!document.querySelector('.driver-overlay');
  if (mode === 'shepherd') return t.classList.contains('shepherd-target') && !!document.querySelector('.shepherd-element');
  return true;
}
if (mode === 'driver') {
  const d = window.driver.js.driver({ animate: false, smoothScroll: false, waitForElement: 10000,
    steps: [{ element: '#t', popover: { title: 'Войдите', description: 'Нажмите «Войти».' } }] });
  d.drive();
}
if (mode === 'shepherd') {
  const { default: Shepherd } = await import('/__bench/shepherd.mjs');
  const tour = new Shepherd.Tour({ useModalOverlay: true });
  tour.addStep({ id: 's', text: 'Нажмите «Войти».', attachTo: { element: '#t', on: 'bottom' }, waitForElement: 10000 });
  tour.start();
}
// Проводник starts with the page (document_idle) and reads its progress first: the
// target comes at a random moment once it is following the page, as the peers are once
// their script ran.
const ready = () => mode !== 'provodnik' || document.querySelector('[data-step][data-state="searching"]');
await new Promise((resolve) => {
  if (ready()) return resolve();
  const o = new MutationObserver(() => ready() && (o.disconnect(), resolve()));
  o.observe(document.documentElement, { subtree: true, childList: true, attributes: true });
});
const delay = 150 + Math.random() * 350;
setTimeout(() => {
  const b = document.createElement('button');
  b.id = 't';
  b.type = 'submit';
  b.innerHTML = '<span>Войти</span>';
  // The time to spotlight is the time to the frame in which the highlight is first painted
  // (the issue's measure), the same rule for every library: a change made while a frame's
  // animation callbacks run (ours) is painted in that frame; a change made between frames
  // (the peers', from their observers or timers) in the next one. The frame counts as
  // painted when its rendering is over: at the first task after it (a message posted from
  // the frame's callbacks), so whatever work a library does inside the frame counts too.
  // The page's own callback runs first in each frame: it is asked for before any library
  // can ask. The highlight is noticed the moment the library changes the DOM for it (an
  // observer on the document, the target and our open shadow root); that moment is kept
  // too (\`writeMs\`), to show where the time goes. (A library's task that runs after the
  // paint but before the message would be counted in the frame already painted: an error
  // only ever in the peers' favour — ours draws in the frame's callbacks.)
  let frames = 0;
  let t0 = 0;
  let inFrame = false;
  let wroteMs = NaN;
  let paintsThisFrame = false;
  const endOfFrame = new MessageChannel();
  endOfFrame.port1.onmessage = () => {
    inFrame = false;
    if (paintsThisFrame && !window.__bench.done) {
      window.__bench = { done: true, ms: performance.now() - t0, writeMs: wroteMs, frames: Math.max(1, frames) };
    }
  };
  const seen = () => {
    if (window.__bench.done || !Number.isNaN(wroteMs) || !painted(b)) return;
    wroteMs = performance.now() - t0;
    if (inFrame) paintsThisFrame = true;
  };
  const mo = new MutationObserver(seen);
  mo.observe(document.documentElement, { subtree: true, childList: true, attributes: true });
  const watchShadow = () => {
    const root = document.querySelector('provodnik-guide')?.shadowRoot;
    if (root && !root.__watched) { root.__watched = true; mo.observe(root, { subtree: true, childList: true, attributes: true }); }
  };
  const tick = () => {
    frames++;
    inFrame = true;
    endOfFrame.port2.postMessage(0);
    // Changed between frames: painted in this one.
    if (!Number.isNaN(wroteMs)) paintsThisFrame = true;
    watchShadow();
    seen();
    if (!paintsThisFrame && frames < 600) requestAnimationFrame(tick);
    else if (!paintsThisFrame) window.__bench = { done: true, ms: NaN, writeMs: NaN, frames };
  };
  watchShadow();
  t0 = performance.now();
  document.getElementById('f').append(b);
  requestAnimationFrame(tick);
}, delay);
</script></body></html>`;
}

/** A page with `n` unrelated elements around the sign-in form (the scale test). */
export function scalePage(n: number): string {
  return `<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>Вход</title></head><body>
<nav id="menu"></nav><main><h1>Вход</h1><form id="f" onsubmit="return false">
<label>Пароль <input id="password" type="password"></label><button id="t" type="submit"><span>Войти</span></button></form>
<section id="filler"></section></main><footer><a href="/help">Помощь</a></footer>
<script>
  const filler = document.getElementById('filler');
  const words = ['Услуги', 'Документы', 'Заявления', 'Платежи', 'Помощь', 'Войти другим способом', 'Вход', 'Продолжить'];
  let made = 0;
  let parent = filler;
  while (made < ${n}) {
    const card = document.createElement('div');
    card.className = 'card-' + made;
    parent.append(card);
    made++;
    for (let i = 0; i < 8 && made < ${n}; i++, made++) {
      const el = document.createElement(i % 4 === 0 ? 'a' : i % 4 === 1 ? 'span' : i % 4 === 2 ? 'p' : 'button');
      if (el.tagName === 'A') el.href = '#x' + made;
      el.textContent = words[made % words.length] + ' ' + made;
      card.append(el);
    }
    // Realistic nesting: cards inside sections, a few levels deep.
    parent = made % 45 === 0 ? filler : card;
  }
  window.__made = document.getElementsByTagName('*').length;
</script></body></html>`;
}

/** A page doing `perSecond` unrelated DOM mutations per second while a step is active. */
export function busyPage(perSecond: number): string {
  return `<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>Вход</title></head><body>
<main><h1>Вход</h1><form id="f" onsubmit="return false"><label>Пароль <input type="password"></label>
<button type="submit"><span>Войти</span></button></form><aside id="feed"></aside></main>
<script>
  window.startBusy = (ms) => new Promise((done) => {
    const feed = document.getElementById('feed');
    const perTick = ${perSecond} / 100;
    let n = 0;
    const end = performance.now() + ms;
    const id = setInterval(() => {
      for (let i = 0; i < perTick; i++, n++) {
        const k = n % 3;
        if (k === 0) { const p = document.createElement('p'); p.textContent = 'Новость ' + n; feed.append(p); }
        else if (k === 1) { feed.firstChild && feed.firstChild.remove(); }
        else { feed.setAttribute('data-n', String(n)); }
      }
      if (performance.now() >= end) { clearInterval(id); done(n); }
    }, 10);
  });
</script></body></html>`;
}

/**
 * A page like the real ones that never stop: an Angular-like orders list beside the
 * sign-in form, re-rendered ten times a second by change detection — every binding of
 * every row checked, the price pipe run on what changed, only changed values written (text
 * nodes' data, a class toggled, a row inserted and one removed by the `*ngFor` diff), with
 * Angular's attributes and comment anchors. `startBusy(ms)` answers the DOM changes made.
 */
export function listPage(rows = 100): string {
  return `<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>Вход</title>
<style>.row{display:flex;gap:8px}.row.selected{background:#eef}.late{color:#a00}</style></head><body>
<main><h1>Вход</h1><form id="f" onsubmit="return false"><label>Пароль <input type="password"></label>
<button type="submit"><span>Войти</span></button></form>
<app-orders _nghost-ng-c301=""><h2 _ngcontent-ng-c301="">Заказы</h2><ul _ngcontent-ng-c301="" id="list"><!--container--></ul></app-orders></main>
<script>
  const list = document.getElementById('list');
  const anchor = list.firstChild;
  const names = ['Тетрадь в клетку', 'Ручка синяя', 'Карандаш HB', 'Пенал', 'Дневник школьный', 'Обложки', 'Линейка 20 см', 'Ластик'];
  const statuses = ['в обработке', 'собран', 'в пути', 'доставлен'];
  const money = new Intl.NumberFormat('ru-RU', { style: 'currency', currency: 'RUB' });
  let nextId = 1;
  let seed = 7;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  const item = () => ({ id: nextId++, name: names[nextId % names.length], price: 50 + Math.floor(rnd() * 500), qty: 1 + Math.floor(rnd() * 9), status: 0, late: false });
  let data = Array.from({ length: ${rows} }, item);
  let selected = 0;
  let changes = 0;
  // One row's view: its nodes and the values last written (the bindings' previous values).
  function createView(it) {
    const li = document.createElement('li');
    li.setAttribute('_ngcontent-ng-c301', '');
    li.className = 'row ng-star-inserted';
    const cell = (cls) => { const s = document.createElement('span'); s.setAttribute('_ngcontent-ng-c301', ''); s.className = cls; const t = document.createTextNode(''); s.append(t); li.append(s); return { s, t }; };
    const v = { li, id: cell('id'), name: cell('name'), price: cell('price'), qty: cell('qty'), status: cell('status'), last: {} };
    li.append(document.createComment('bindings={"ng-reflect-ng-if": "true"}'));
    return v;
  }
  const set = (v, key, node, value) => { if (v.last[key] !== value) { v.last[key] = value; node.data = value; return 1; } return 0; };
  // Change detection over every row: dirty-check each binding, write what changed.
  function detectChanges(v, it, isSelected) {
    let n = 0;
    n += set(v, 'id', v.id.t, '#' + it.id);
    n += set(v, 'name', v.name.t, it.name);
    if (v.last.rawPrice !== it.price) { v.last.rawPrice = it.price; n += set(v, 'price', v.price.t, money.format(it.price)); }
    n += set(v, 'qty', v.qty.t, it.qty + ' шт.');
    n += set(v, 'status', v.status.t, statuses[it.status]);
    if (v.last.late !== it.late) { v.last.late = it.late; v.status.s.classList.toggle('late', it.late); n++; }
    if (v.last.sel !== isSelected) { v.last.sel = isSelected; v.li.classList.toggle('selected', isSelected); n++; }
    return n;
  }
  const views = new Map();
  // *ngFor with trackBy id: rows kept, new ones created, gone ones removed, in order.
  function render() {
    let n = 0;
    const ids = new Set(data.map((it) => it.id));
    for (const [id, v] of views) if (!ids.has(id)) { v.li.remove(); views.delete(id); n++; }
    let before = anchor;
    for (let i = data.length - 1; i >= 0; i--) {
      const it = data[i];
      let v = views.get(it.id);
      if (!v) { v = createView(it); views.set(it.id, v); n++; }
      n += detectChanges(v, it, i === selected);
      if (v.li.nextSibling !== before) { list.insertBefore(v.li, before); if (v.last.placed) n++; }
      v.last.placed = true;
      before = v.li;
    }
    return n;
  }
  function tick() {
    for (let k = 0; k < 8; k++) data[Math.floor(rnd() * data.length)].price += 1;
    for (let k = 0; k < 5; k++) data[Math.floor(rnd() * data.length)].qty = 1 + Math.floor(rnd() * 9);
    for (let k = 0; k < 2; k++) { const it = data[Math.floor(rnd() * data.length)]; it.status = (it.status + 1) % statuses.length; it.late = !it.late; }
    data.splice(Math.floor(rnd() * data.length), 1);
    data.splice(Math.floor(rnd() * data.length), 0, item());
    selected = (selected + 1) % data.length;
    changes += render();
  }
  render();
  window.startBusy = (ms) => new Promise((done) => {
    changes = 0;
    const end = performance.now() + ms;
    const id = setInterval(() => {
      tick();
      if (performance.now() >= end) { clearInterval(id); done(changes); }
    }, 100);
  });
</script></body></html>`;
}
