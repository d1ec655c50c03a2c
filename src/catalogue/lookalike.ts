import { OFFICIAL_HOSTS, REGIONAL_DIARIES } from './sites';

/**
 * What the popup says about the current tab's address: an official site of a scenario, a
 * look-alike of one (warn), or anything else (say nothing). Pure: the popup passes the URL.
 */
export type SiteCheck =
  | { readonly kind: 'official'; readonly host: string }
  | {
      readonly kind: 'lookalike';
      /** the address as a person reads it (punycode shown in its own letters) */
      readonly shown: string;
      /** the real site it resembles */
      readonly like: string;
      /** `http`: an official (or the same company's) address without TLS */
      readonly reason: 'http' | 'name';
    }
  | { readonly kind: 'other' };

/**
 * The organisations' own domains: any of their sub-domains is theirs, not a look-alike,
 * even where Проводник does not guide (vk.com itself, gu.gosuslugi.ru, госуслуги.рф).
 */
const GENUINE = ['gosuslugi.ru', 'xn--c1aapkosapc.xn--p1ai', '43edu.ru', 'vk.com', 'vk.ru', 'vk.me', 'dnevnik.ru', 'myschool.edu.ru', 'max.ru'];

/**
 * Names people trust, as they appear inside look-alike addresses, and the real site each
 * points to. Short names only as whole parts of a name (`vk-id.ru`, not `vkusno.ru`).
 */
const SIGNS: readonly { readonly re: RegExp; readonly like: string }[] = [
  { re: /gosuslug|госуслуг|(^|[^a-z])esia([^a-z]|$)|есиа/, like: 'gosuslugi.ru' },
  { re: /43edu/, like: 'one.43edu.ru' },
  { re: /dnevnik|дневник/, like: 'dnevnik.ru' },
  { re: /myschool|моящкола/, like: 'myschool.edu.ru' },
  // MAX: only with a word around it that says the messenger (max.com and «maxim» are other names).
  { re: /(^|[^a-z])max[^a-z]*(ru|рф|messenger|web|login|vhod|join|chat)|(^|[^a-z])(web|vhod|login)[^a-z]*max([^a-z]|$)|мессенджер-?мах|(^|[^а-я])мах([^а-я]|$)/, like: 'web.max.ru' },
  { re: /(^|[^a-z])vk(id|[^a-z]|$)|vkontakte|вконтакте|(^|[^а-я])вк([^а-я]|$)|sferum|сферум/, like: 'vk.com' },
];

/** Letters of other alphabets that read as Latin ones (homographs), and digits for letters. */
const SAME_LOOK: Record<string, string> = {
  а: 'a', в: 'b', е: 'e', ё: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x',
  і: 'i', ј: 'j', ѕ: 's', ԁ: 'd', ɡ: 'g', ο: 'o', α: 'a', ν: 'v', '0': 'o',
};
const skeleton = (s: string) => [...s].map((c) => SAME_LOOK[c] ?? c).join('');

/**
 * Official hosts a sign-in passes through where Проводник shows nothing (no content script):
 * Kirov's single sign-on (`/auth/esia/redirect`, `/auth/esia/return`; SITES.md, SITES-2026.md §5).
 */
const SIGN_IN_HOPS = ['passport.43edu.ru'];

const isGenuine = (host: string) => GENUINE.some((d) => host === d || host.endsWith(`.${d}`));
const KNOWN: readonly string[] = [...OFFICIAL_HOSTS, ...SIGN_IN_HOPS, ...REGIONAL_DIARIES.map((d) => d.host)];

export function checkSite(href: string | undefined): SiteCheck {
  let url: URL;
  try {
    url = new URL(href ?? '');
  } catch {
    return { kind: 'other' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { kind: 'other' };
  const host = url.hostname.replace(/\.$/, '');
  const known = KNOWN.includes(url.host);
  if (known && url.protocol === 'https:') return { kind: 'official', host: url.host };
  const shown = toUnicodeHost(host);
  const sign = SIGNS.find((s) => s.re.test(shown) || s.re.test(skeleton(shown)) || s.re.test(skeleton(host)));
  if (url.protocol === 'http:' && (known || isGenuine(host) || sign)) {
    return { kind: 'lookalike', shown, like: known ? url.host : (sign?.like ?? host), reason: 'http' };
  }
  if (isGenuine(host) || !sign) return { kind: 'other' };
  return { kind: 'lookalike', shown, like: sign.like, reason: 'name' };
}

/** `xn--` labels in the letters a person sees (RFC 3492); a label that does not decode stays. */
export function toUnicodeHost(host: string): string {
  return host
    .split('.')
    .map((label) => {
      if (!label.startsWith('xn--')) return label;
      try {
        return decodePunycode(label.slice(4)) || label;
      } catch {
        return label;
      }
    })
    .join('.');
}

function decodePunycode(input: string): string {
  const base = 36, tMin = 1, tMax = 26, skew = 38, damp = 700;
  const out: number[] = [];
  const basic = input.lastIndexOf('-');
  for (let j = 0; j < Math.max(basic, 0); j++) out.push(input.charCodeAt(j));
  const digit = (c: number) => (c - 48 < 10 ? c - 22 : c - 65 < 26 ? c - 65 : c - 97 < 26 ? c - 97 : base);
  const adapt = (delta: number, points: number, first: boolean) => {
    let d = first ? Math.floor(delta / damp) : delta >> 1;
    d += Math.floor(d / points);
    let k = 0;
    for (; d > ((base - tMin) * tMax) >> 1; k += base) d = Math.floor(d / (base - tMin));
    return Math.floor(k + ((base - tMin + 1) * d) / (d + skew));
  };
  let n = 128, i = 0, bias = 72;
  for (let index = basic > 0 ? basic + 1 : 0; index < input.length; ) {
    const oldi = i;
    for (let w = 1, k = base; ; k += base) {
      if (index >= input.length) throw new Error('bad punycode');
      const d = digit(input.charCodeAt(index++));
      if (d >= base) throw new Error('bad punycode');
      i += d * w;
      const t = k <= bias ? tMin : k >= bias + tMax ? tMax : k - bias;
      if (d < t) break;
      w *= base - t;
    }
    bias = adapt(i - oldi, out.length + 1, oldi === 0);
    n += Math.floor(i / (out.length + 1));
    i %= out.length + 1;
    out.splice(i++, 0, n);
  }
  return String.fromCodePoint(...out);
}
