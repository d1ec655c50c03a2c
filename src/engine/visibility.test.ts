// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { isVisible } from './visibility';

// happy-dom has styles but no layout: boxes are given by hand, as a browser would lay them out.
const box = (el: Element, left: number, top: number, width: number, height: number) =>
  vi.spyOn(el, 'getBoundingClientRect').mockReturnValue(new DOMRect(left, top, width, height));
const $ = (id: string) => document.getElementById(id)!;
const layout = { layout: true };

describe('visibility with layout', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    document.body.innerHTML = '';
  });

  test('an ancestor that clips its overflow hides what it cuts off', () => {
    document.body.innerHTML = `
      <div id="collapsed" style="max-height:0;overflow-x:hidden;overflow-y:hidden"><button id="a">Продолжить</button></div>
      <div id="strip" style="height:40px;overflow-x:hidden;overflow-y:hidden"><button id="b">Продолжить</button></div>
      <div id="open" style="overflow-x:hidden;overflow-y:hidden"><button id="c">Продолжить</button></div>`;
    box($('collapsed'), 0, 0, 800, 0);
    box($('a'), 10, 0, 120, 40);
    box($('strip'), 0, 100, 800, 40);
    box($('b'), 10, 160, 120, 40); // below the strip's bottom edge
    box($('open'), 0, 300, 800, 60);
    box($('c'), 10, 310, 120, 40);
    expect(isVisible($('a'), layout)).toBe(false);
    expect(isVisible($('b'), layout)).toBe(false);
    expect(isVisible($('c'), layout)).toBe(true);
  });

  test('a scrolling box shows its content once scrolled, unless it has no room at all', () => {
    document.body.innerHTML = `
      <div id="scroller" style="overflow-x:auto;overflow-y:auto;max-height:300px"><button id="a">Сохранить</button></div>
      <div id="none" style="overflow-x:auto;overflow-y:auto;height:0"><button id="b">Сохранить</button></div>`;
    box($('scroller'), 0, 0, 800, 300);
    box($('a'), 10, 900, 120, 40); // scrolled out of the box's view
    box($('none'), 0, 400, 800, 0);
    box($('b'), 10, 400, 120, 40);
    expect(isVisible($('a'), layout)).toBe(true);
    expect(isVisible($('b'), layout)).toBe(false);
  });

  test('scrolled up out of a scrolling box is not parked off the page: scrolled back, the box shows it', () => {
    document.body.innerHTML = `
      <div id="box" style="overflow-x:auto;overflow-y:auto;max-height:300px"><h1 id="a">Предоставление прав доступа</h1><button id="b">Предоставить</button></div>
      <div id="parked" style="position:absolute;left:-10000px;top:0"><button id="c">Предоставить</button></div>`;
    box($('box'), 0, 0, 800, 300);
    // The box was scrolled 600px down to its button: the heading is above the page's top.
    Object.defineProperty($('box'), 'scrollTop', { value: 600 });
    box($('a'), 10, -239, 420, 72);
    box($('b'), 10, 120, 120, 40);
    box($('c'), -10000, 0, 120, 40);
    expect(isVisible($('a'), layout)).toBe(true);
    expect(isVisible($('b'), layout)).toBe(true);
    expect(isVisible($('c'), layout)).toBe(false);
  });

  test('absolutely placed content escapes a static clipping ancestor, not a positioned one', () => {
    document.body.innerHTML = `
      <div id="static" style="height:0;overflow-x:hidden;overflow-y:hidden"><button id="a" style="position:absolute">Ещё</button></div>
      <div id="relative" style="position:relative;height:0;overflow-x:hidden;overflow-y:hidden"><button id="b" style="position:absolute">Ещё</button></div>`;
    box($('static'), 0, 0, 800, 0);
    box($('a'), 10, 0, 40, 40);
    box($('relative'), 0, 100, 800, 0);
    box($('b'), 10, 100, 40, 40);
    expect(isVisible($('a'), layout)).toBe(true);
    expect(isVisible($('b'), layout)).toBe(false);
  });
});
