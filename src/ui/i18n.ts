import { browser } from 'wxt/browser';
import ru from '../../public/_locales/ru/messages.json';

/**
 * The UI chrome's words (buttons, labels), from `public/_locales/<lang>/messages.json`:
 * Russian by default, English for an English browser. The scenarios' own texts (titles,
 * hints, instructions) stay Russian: they quote the Russian sites.
 */
export type MessageKey = keyof typeof ru;

export function t(key: MessageKey, ...subs: (string | number)[]): string {
  let text = '';
  try {
    // Typed by WXT for its own keys only; ours are checked by `MessageKey`.
    const get = browser.i18n.getMessage as (name: string, substitutions?: string[]) => string;
    text = get(key, subs.map(String));
  } catch {
    // No extension API: unit tests.
  }
  // Unit tests only: the default locale's text. (Never in a build, where the browser has
  // the messages: the whole messages file would weigh 1 KB gzipped in every script.)
  if (!text && import.meta.env.MODE === 'test') text = ru[key].message.replace(/\$(\d)/g, (_, n: string) => String(subs[Number(n) - 1] ?? ''));
  return text;
}

/** The UI's language (`lang` attribute); Russian texts inside get `lang="ru"`. */
export const uiLang = (): string => t('lang');
