import type { Page } from 'playwright-core';

/**
 * Invented personal values typed into every field and put into every address during the
 * sentinel walks. None of them (nor their digits alone) may appear in the report, in the
 * extension's storage or in the console.
 */
export const SENTINEL = {
  snils: '123-456-789 01',
  phone: '+7 999 123-45-67',
  email: 'sentinel.zoya@example.org',
  name: 'Сентинелова Зоя Петровна',
  code: '924613',
  id: '55443322',
} as const;

/** The forms a value could take once normalised or stripped. */
export const SENTINEL_FORMS: readonly string[] = [
  ...Object.values(SENTINEL),
  '12345678901',
  '79991234567',
  '9991234567',
  '123-45-67',
  'sentinel',
  'сентинелова',
  'петровна',
  '%d0%a1%d0%b5%d0%bd', // «Сен» percent-encoded
];

export function leaked(text: string): string[] {
  const t = text.toLowerCase();
  return SENTINEL_FORMS.filter((s) => t.includes(s.toLowerCase()));
}

/** An address with sentinel values in its query string and (when it has none) its fragment. */
export function sentinelUrl(url: string): string {
  const u = new URL(url);
  u.searchParams.set('snils', SENTINEL.snils);
  u.searchParams.set('phone', SENTINEL.phone);
  u.searchParams.set('email', SENTINEL.email);
  if (!u.hash) u.hash = `name=${encodeURIComponent(SENTINEL.name)}&code=${SENTINEL.code}`;
  return u.href;
}

const VALUES = [SENTINEL.name, SENTINEL.snils, SENTINEL.phone, SENTINEL.email, SENTINEL.code];

/**
 * Puts a sentinel value into every visible text field of the page (not the extension's
 * own), as typing does: the value set through the element's own setter, then `input`
 * and `change` events (what a page, or a content script that wrongly read fields, sees).
 */
export async function typeSentinels(page: Page): Promise<number> {
  return page.evaluate((values) => {
    const sel =
      'input:not([type]), input[type="text"], input[type="tel"], input[type="email"], input[type="password"], input[type="search"], input[type="number"], textarea';
    let n = 0;
    for (const el of Array.from(document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(sel))) {
      if (el.disabled || el.readOnly || !el.checkVisibility()) continue;
      const type = el.getAttribute('type') ?? 'text';
      const value = type === 'tel' ? values.phone : type === 'email' ? values.email : type === 'number' ? values.code : values.list[n % values.list.length]!;
      const proto = el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
      Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(el, value);
      el.dispatchEvent(new Event('input', { bubbles: true }));
      el.dispatchEvent(new Event('change', { bubbles: true }));
      n++;
    }
    return n;
  }, { phone: SENTINEL.phone, email: SENTINEL.email, code: SENTINEL.code, list: VALUES });
}
