import { browser } from 'wxt/browser';
import ru from '../../public/_locales/ru/messages.json';

/**
 * Every word of the UI (buttons, labels, messages) comes from here: the catalogue is
 * `public/_locales/<lang>/messages.json` (Russian, and English for the store listing and
 * an English screen).
 *
 * One language per screen: a screen shows the scenarios' texts (titles, steps, hints,
 * regions), which are Russian, so its own words are Russian too, whatever the browser's
 * language — unless every text of the screen exists in the browser's language
 * (`screenLanguage`). The Russian words are bundled (the browser's own `i18n` gives only
 * the browser's language); any other language comes from the browser.
 */
export type MessageKey = keyof typeof ru;

/** The language of the catalogue's texts: scenarios, steps, hints, regions, demo tracks. */
export const CONTENT_LANG = 'ru';
/** The languages of `public/_locales`. */
export const UI_LANGS: readonly string[] = ['ru', 'en'];

const primary = (tag: string) => tag.toLowerCase().split(/[-_]/)[0] ?? '';

/**
 * The language a screen speaks: the browser's, when the UI has it and every text the
 * screen shows (`content`: the languages of what it shows besides the UI's own words) is
 * in it; otherwise the language of its content (so never half and half).
 */
export function screenLanguage(browserLang: string, content: readonly string[], uiLangs: readonly string[] = UI_LANGS): string {
  const b = primary(browserLang);
  if (uiLangs.includes(b) && content.every((c) => primary(c) === b)) return b;
  return primary(content.find((c) => primary(c) !== b) ?? CONTENT_LANG);
}

const browserLanguage = (): string => {
  try {
    return browser.i18n.getUILanguage();
  } catch {
    // No extension API: unit tests.
    return CONTENT_LANG;
  }
};

let lang: string | undefined;
/** This screen's language (every screen shows the catalogue's Russian texts today). */
export const uiLang = (): string => (lang ??= screenLanguage(browserLanguage(), [CONTENT_LANG]));

const fill = (text: string, subs: readonly (string | number)[]) => text.replace(/\$(\d)/g, (_, n: string) => String(subs[Number(n) - 1] ?? ''));

export function t(key: MessageKey, ...subs: (string | number)[]): string {
  if (uiLang() !== 'ru') {
    try {
      // Typed by WXT for its own keys only; ours are checked by `MessageKey`.
      const get = browser.i18n.getMessage as (name: string, substitutions?: string[]) => string;
      const text = get(key, subs.map(String));
      if (text) return text;
    } catch {
      // fall through to Russian
    }
  }
  return fill(ru[key].message, subs);
}
