import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storedItem } from './item';

describe('a stored item', () => {
  beforeEach(() => fakeBrowser.reset());

  test('the fallback until written; the value and its version in the layout earlier versions stored', async () => {
    const item = storedItem('thing', { n: 0 });
    expect(await item.getValue()).toEqual({ n: 0 });
    await item.setValue({ n: 1 });
    expect(await item.getValue()).toEqual({ n: 1 });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ thing: { n: 1 }, thing$: { v: 1 } });
  });

  test('watchers hear changes of their own key only, not the same value written again', async () => {
    const item = storedItem('thing', 0);
    const heard = vi.fn();
    const unwatch = item.watch(heard);
    await item.setValue(1);
    await item.setValue(1);
    await fakeBrowser.storage.local.set({ other: 2 });
    await fakeBrowser.storage.local.remove('thing');
    unwatch();
    await item.setValue(3);
    expect(heard.mock.calls).toEqual([[1], [0]]);
  });
});
