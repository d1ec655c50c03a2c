// Runs inside a corpus page (page script, not the extension): turns a frozen replica
// page into one variant, then watches for spotlights on unmarked elements.
// Configured by `window.__corpusConfig` = { seed, transforms: string[], url, hash, others: string[] }.
(() => {
  const cfg = window.__corpusConfig;
  const state = (window.__corpus = { settled: false, wrong: [], applied: [] });
  let seed = cfg.seed >>> 0 || 1;
  const rnd = () => {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    return seed / 4294967296;
  };
  const pick = (arr) => arr[Math.floor(rnd() * arr.length)];
  const EXPECT = 'data-corpus-expect';
  const has = (t) => cfg.transforms.includes(t);
  const target = document.querySelector(`[${EXPECT}]`);

  // Any spotlight on an element not marked right is a wrong spotlight, even for a moment.
  new MutationObserver((records) => {
    for (const r of records) {
      const el = r.target;
      if (el.hasAttribute('data-provodnik-target') && !el.hasAttribute(EXPECT)) {
        state.wrong.push(`<${el.tagName.toLowerCase()}> «${(el.textContent || '').replace(/\s+/g, ' ').trim().slice(0, 60)}»`);
      }
    }
  }).observe(document.documentElement, { subtree: true, attributes: true, attributeFilter: ['data-provodnik-target'] });

  const isControl = (el) => el.matches('button, a, [role="button"], [role="link"], [role="menuitem"], [role="tab"]');
  const textNodes = (root) => {
    const out = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
      acceptNode: (n) => (n.parentElement && n.parentElement.closest('script,style,template') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
    });
    for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n);
    return out;
  };
  const decoyOf = (el) => {
    const c = el.cloneNode(true);
    for (const n of [c, ...c.querySelectorAll('*')]) {
      n.removeAttribute(EXPECT);
      n.removeAttribute('id');
    }
    return c;
  };
  const wrap = (style, child, attrs = {}) => {
    const d = document.createElement('div');
    if (style) d.setAttribute('style', style);
    for (const [k, v] of Object.entries(attrs)) d.setAttribute(k, v);
    d.append(child);
    return d;
  };
  const css = (text) => {
    const s = document.createElement('style');
    s.textContent = text;
    document.head.append(s);
  };
  // The block a step's screen lives in: the nearest section-like ancestor with a heading.
  const blockOf = (el) => {
    for (let n = el.parentElement; n && n !== document.body; n = n.parentElement) {
      if (n.parentElement === document.body) return n;
      if (n.matches('main, form, section, article, [role="main"], [role="dialog"], dialog') && n.querySelector('h1,h2,h3,[role="heading"]')) return n;
    }
    return null;
  };

  const HIDERS = [
    ['display-none', (c) => wrap('display:none', c)],
    ['aria-hidden', (c) => wrap('', c, { 'aria-hidden': 'true' })],
    ['hidden-attr', (c) => wrap('', c, { hidden: '' })],
    ['visibility-hidden', (c) => wrap('visibility:hidden', c)],
    ['off-screen', (c) => wrap('position:absolute;left:-10000px;top:0;width:300px', c)],
    ['zero-size', (c) => wrap('position:relative;width:0;height:0;overflow:hidden', c)],
    ['collapsed', (c) => wrap('position:relative;max-height:0;overflow:hidden', c)],
    ['sr-only', (c) => wrap('position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap', c)],
    ['opacity-0', (c) => wrap('opacity:0', c)],
    ['inert', (c) => wrap('', c, { inert: '' })],
    ['mobile-copy', (c) => wrap('', c, { class: 'corpus-mobile-only' })],
    ['closed-details', (c) => {
      const d = document.createElement('details');
      const s = document.createElement('summary');
      s.textContent = 'Подробнее';
      d.append(s, c);
      return d;
    }],
  ];
  css('.corpus-mobile-only{display:none}@media (max-width:480px){.corpus-mobile-only{display:block}}');

  const transforms = {
    // The control written as another element.
    retag() {
      if (!target || !isControl(target)) return false;
      const tag = pick(['button', 'a', 'div']);
      const el = document.createElement(tag === 'div' ? 'div' : tag);
      for (const a of target.attributes) if (!['type', 'href', 'role', 'tabindex'].includes(a.name)) el.setAttribute(a.name, a.value);
      if (tag === 'a') el.setAttribute('href', target.getAttribute('href') || 'javascript:void(0)');
      if (tag === 'button') el.setAttribute('type', 'button');
      if (tag === 'div') {
        el.setAttribute('role', 'button');
        el.setAttribute('tabindex', '0');
      }
      el.append(...target.childNodes);
      target.replaceWith(el);
      state.applied.push(`retag:${tag}`);
      return el;
    },
    // Words in nested spans, an icon before, sometimes a counter after.
    split(t) {
      if (!t || !isControl(t)) return false;
      for (const n of textNodes(t)) {
        const words = n.textContent.split(/(\s+)/);
        if (words.filter((w) => w.trim()).length < 1) continue;
        const frag = document.createDocumentFragment();
        for (const w of words) {
          if (!w.trim()) frag.append(w);
          else {
            const s = document.createElement('span');
            const inner = document.createElement(pick(['span', 'b', 'em']));
            inner.textContent = w;
            s.append(inner);
            frag.append(s);
          }
        }
        n.replaceWith(frag);
      }
      const icon = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
      icon.setAttribute('aria-hidden', 'true');
      icon.setAttribute('width', '14');
      icon.setAttribute('height', '14');
      icon.innerHTML = '<path d="M0 0h14v14H0z" fill="currentColor"/>';
      t.prepend(icon, ' ');
      if (rnd() < 0.5) {
        const badge = document.createElement('span');
        badge.className = 'corpus-badge';
        badge.textContent = String(1 + Math.floor(rnd() * 9));
        t.append(' ', badge);
      }
      return true;
    },
    // ё as е and the reverse, case, non-breaking and extra spaces, all over the page.
    mangle(t) {
      const flip = (s) => (/ё/i.test(s) ? s.replace(/ё/g, 'е').replace(/Ё/g, 'Е') : s.replace(/е/, 'ё'));
      for (const n of textNodes(document.body)) {
        if (!n.textContent.trim()) continue;
        let s = n.textContent;
        if (rnd() < 0.5) s = s.replace(/ё/g, 'е');
        if (rnd() < 0.3) s = s.replace(/ /g, '\u00a0');
        if (rnd() < 0.3) s = `\n   ${s.replace(/ /g, '  ')}  \n`;
        n.textContent = s;
      }
      if (t) {
        const mode = pick(['upper', 'lower', 'flip']);
        for (const n of textNodes(t)) {
          if (!n.textContent.trim()) continue;
          n.textContent =
            mode === 'upper' ? n.textContent.toUpperCase() : mode === 'lower' ? n.textContent.toLowerCase() : flip(n.textContent);
          n.textContent = ` ${n.textContent.replace(/ /g, pick([' ', '\u00a0', '  ']))}\u00a0`;
        }
        state.applied.push(`case:${mode}`);
      }
      for (const h of document.querySelectorAll('h1,h2,h3')) if (rnd() < 0.3) h.textContent = h.textContent.toUpperCase();
      return true;
    },
    // Copies of the target that nobody can see: beside it, at the end, in the header.
    hidden(t) {
      if (!t) return false;
      const n = 3 + Math.floor(rnd() * 3);
      for (let i = 0; i < n; i++) {
        const [name, hide] = pick(HIDERS);
        const d = hide(decoyOf(t));
        const where = pick(['before', 'after', 'body']);
        if (where === 'before') t.before(d);
        else if (where === 'after') t.after(d);
        else document.body.append(d);
        state.applied.push(`hidden:${name}`);
      }
      return true;
    },
    // Other steps' texts kept in the DOM on hidden screens.
    screens() {
      for (const text of cfg.others) {
        const [name, hide] = pick(HIDERS);
        const screen = document.createElement('section');
        const h = document.createElement('h2');
        h.textContent = text;
        const b = document.createElement('button');
        b.type = 'button';
        b.textContent = text;
        screen.append(h, b);
        document.body.append(hide(screen));
        state.applied.push(`screen:${name}`);
      }
      return cfg.others.length > 0;
    },
    // The same words in a lower-ranked region: a footer link, visible.
    footer(t) {
      if (!t || !isControl(t) || t.closest('footer,[role="contentinfo"]')) return false;
      const f = document.createElement('footer');
      f.setAttribute('style', 'padding:16px;border-top:1px solid #ccc');
      const a = document.createElement('a');
      a.href = '/help';
      a.textContent = t.textContent.replace(/\s+/g, ' ').trim();
      const p = document.createElement('p');
      p.textContent = `Нажмите «${a.textContent}», чтобы продолжить.`;
      f.append(p, a);
      document.body.append(f);
      return true;
    },
    // The screen's block shown as a modal dialog.
    modal(t) {
      const block = t ? blockOf(t) : document.querySelector('main') || document.body.firstElementChild;
      if (!block) return false;
      const d = document.createElement('dialog');
      d.setAttribute('style', 'max-width:90vw;max-height:85vh;overflow:auto');
      d.setAttribute('data-corpus-modal', '');
      block.replaceWith(d);
      d.append(block);
      return true;
    },
    // The block inside a scrolling box, the target scrolled out of its view.
    scroller(t) {
      const block = t && blockOf(t);
      if (!block) return false;
      const box = document.createElement('div');
      box.setAttribute('style', 'overflow:auto;max-height:300px;border:1px solid #999');
      const spacer = document.createElement('div');
      spacer.setAttribute('style', 'height:900px');
      spacer.textContent = 'Прокрутите вниз';
      block.replaceWith(box);
      box.append(spacer, block);
      return true;
    },
    // A sticky header that covers the target where the page was scrolled to.
    sticky(t) {
      const header = document.createElement('div');
      header.setAttribute('style', 'position:fixed;top:0;left:0;right:0;height:150px;z-index:2147483000;background:#fff;border-bottom:1px solid #999');
      header.textContent = 'Шапка сайта';
      document.body.prepend(header);
      // The page leaves room for it at the top, as real pages with a fixed header do.
      document.body.style.paddingTop = '150px';
      const spacer = document.createElement('div');
      spacer.setAttribute('style', 'height:1600px');
      document.body.append(spacer);
      if (t) {
        const r = t.getBoundingClientRect();
        window.scrollTo(0, Math.max(0, window.scrollY + r.top - 40));
      }
      return true;
    },
  };

  for (const name of cfg.transforms) {
    const fn = transforms[name];
    if (!fn) continue;
    const t = document.querySelector(`[${EXPECT}]`);
    if (fn(t)) state.applied.push(name);
  }

  // Modal dialogs (of the frozen page, or made so) open modal again.
  function openModals() {
    for (const d of document.querySelectorAll('dialog[data-corpus-modal]')) {
      if (!d.isConnected || d.matches(':modal')) continue;
      d.removeAttribute('open');
      d.showModal();
    }
  }

  // Timing: late rendering, re-render of the target, navigation by pushState or hash.
  const settle = (ms) => setTimeout(() => (state.settled = true), ms);
  if (has('late') || has('pushstate') || has('hash')) {
    const parts = Array.from(document.body.childNodes).filter((n) => !(n instanceof HTMLScriptElement));
    const frag = document.createDocumentFragment();
    frag.append(...parts);
    const loader = document.createElement('div');
    loader.textContent = 'Загрузка…';
    document.body.append(loader);
    const delay = has('late') ? 1000 + Math.floor(rnd() * 2000) : 700;
    const show = () => {
      loader.remove();
      document.body.append(frag);
      openModals();
      settle(300);
    };
    setTimeout(() => {
      if (has('pushstate')) {
        history.pushState({}, '', cfg.url);
        show();
      } else if (has('hash')) {
        window.addEventListener('hashchange', show, { once: true });
        location.hash = cfg.hash;
      } else show();
    }, delay);
    state.applied.push(has('late') ? `late:${delay}` : has('pushstate') ? 'pushstate' : 'hash');
  } else if (has('rerender') && target) {
    const t = document.querySelector(`[${EXPECT}]`);
    const parent = t.parentElement;
    const html = parent.innerHTML;
    setTimeout(() => {
      // The framework renders the block again: new nodes, same markup.
      parent.innerHTML = html;
      setTimeout(() => {
        const again = document.querySelector(`[${EXPECT}]`);
        again.replaceWith(again.cloneNode(true));
        settle(300);
      }, 250);
    }, 1200);
    state.applied.push('rerender');
  } else settle(0);

  openModals();
})();
