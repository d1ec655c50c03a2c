// @vitest-environment happy-dom
import { describe, expect, test, vi } from 'vitest';
import { closeControl, controlName, HANDS_OFF_MS, innerPoints, planScroll, watchPersonScrolling } from './in-view';

// Layout and hit testing are the browser's (tests/e2e/plain-sight.e2e.ts); here, what is
// decided without them.
describe('a layer’s way out', () => {
  const layer = (html: string) => {
    const el = document.createElement('div');
    el.innerHTML = html;
    document.body.append(el);
    // happy-dom has no layout: every control counts as drawn.
    for (const c of el.querySelectorAll('*')) c.getBoundingClientRect = () => ({ width: 20, height: 20 }) as DOMRect;
    return el;
  };

  test('«Закрыть» (or ×, or aria-label close) before «Свернуть», before «Принять»', () => {
    expect(controlName(closeControl(layer('<button>Принять</button><button aria-label="Свернуть">–</button><button aria-label="Закрыть чат">×</button>'))!)).toBe('Закрыть чат');
    expect(controlName(closeControl(layer('<button>Принять</button><button>×</button>'))!)).toBe('×');
    expect(controlName(closeControl(layer('<button aria-label="Close dialog"></button>'))!)).toBe('Close dialog');
    expect(controlName(closeControl(layer('<p>Мы используем cookie</p><a href="#">Подробнее</a><button>Понятно</button>'))!)).toBe('Понятно');
  });

  test('none when the layer has no such control', () => {
    expect(closeControl(layer('<button>Написать в поддержку</button>'))).toBeNull();
  });
});

test('the five points a person looks at: centre and inner quarters', () => {
  expect(innerPoints({ left: 0, top: 0, right: 100, bottom: 40 })).toEqual([
    [50, 20],
    [25, 10],
    [75, 10],
    [25, 30],
    [75, 30],
  ]);
});

test('without layout nothing is planned', () => {
  const el = document.createElement('button');
  document.body.append(el);
  expect(planScroll(el, () => false)).toBeNull();
});

describe('the person scrolling', () => {
  const fire = (type: string, init: Record<string, unknown> = {}) => {
    const e = new Event(type, { bubbles: true, cancelable: true });
    Object.assign(e, init);
    // A person's own input (happy-dom's events are never trusted by themselves).
    Object.defineProperty(e, 'isTrusted', { value: true });
    window.dispatchEvent(e);
    return e;
  };

  test('a wheel, a touch or a scrolling key: hands off for a moment, then not', () => {
    vi.useFakeTimers({ toFake: ['performance'] });
    const stop = new AbortController();
    const scrolling = watchPersonScrolling(window, stop.signal);
    expect(scrolling()).toBe(false);
    fire('wheel');
    expect(scrolling()).toBe(true);
    vi.advanceTimersByTime(HANDS_OFF_MS + 1);
    expect(scrolling()).toBe(false);
    fire('keydown', { key: 'PageDown' });
    expect(scrolling()).toBe(true);
    stop.abort();
    vi.useRealTimers();
  });

  test('a key the page used (the sandbox’s «next» on PageDown), a letter, or a script’s event: not scrolling', () => {
    const stop = new AbortController();
    const scrolling = watchPersonScrolling(window, stop.signal);
    window.addEventListener('keydown', (e) => e.preventDefault(), { capture: true, signal: stop.signal });
    fire('keydown', { key: 'PageDown' });
    fire('keydown', { key: 'a' });
    window.dispatchEvent(new Event('wheel'));
    expect(scrolling()).toBe(false);
    stop.abort();
  });
});

describe('a control’s name', () => {
  test('an input’s value names it only when it is a button: what a person typed is never read', () => {
    const typed = document.createElement('input');
    typed.type = 'text';
    typed.value = '+7 900 000-00-00';
    expect(controlName(typed)).toBe('');
    const button = document.createElement('input');
    button.type = 'button';
    button.value = 'Закрыть';
    expect(controlName(button)).toBe('Закрыть');
  });
});
