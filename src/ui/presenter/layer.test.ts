// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { createPresenterLayer } from './layer';

/** Waits for the frames the layer may have asked for. */
const frames = (n = 2) => new Promise<void>((done) => {
  const step = (left: number) => (left ? requestAnimationFrame(() => step(left - 1)) : done());
  step(n);
});

describe('presenter layer', () => {
  const abort = new AbortController();
  afterEach(() => abort.abort());

  test('draws in the given shadow root, only when something happens, and leaves nothing when off', async () => {
    document.body.innerHTML = '<label for="p">Телефон</label><input id="p"><input id="q" aria-label="Название">';
    const host = document.createElement('provodnik-guide');
    const shadow = host.attachShadow({ mode: 'open' });
    document.documentElement.append(host);
    const raf = vi.spyOn(window, 'requestAnimationFrame');
    const layer = createPresenterLayer(window, abort.signal, () => shadow);

    layer.set(true);
    await frames();
    expect(shadow.querySelectorAll('.presenter-blurs, .presenter-pointer')).toHaveLength(2);
    // Asked for by the layer: one frame to draw, then nothing while nothing changes.
    const ours = () => raf.mock.calls.filter(([cb]) => cb.name === 'draw').length;
    const afterFirst = ours();
    expect(afterFirst).toBe(1);
    await frames(5);
    expect(ours()).toBe(afterFirst);
    // A scroll, focus moving, the page changing: one more drawing each.
    window.dispatchEvent(new Event('scroll'));
    await frames();
    expect(ours()).toBe(afterFirst + 1);
    document.body.append(document.createElement('input'));
    await frames();
    expect(ours()).toBe(afterFirst + 2);

    layer.set(false);
    expect(shadow.querySelectorAll('.presenter-blurs, .presenter-pointer')).toHaveLength(0);
    window.dispatchEvent(new Event('scroll'));
    document.body.append(document.createElement('input'));
    await frames();
    expect(ours()).toBe(afterFirst + 2);
    raf.mockRestore();
  });
});
