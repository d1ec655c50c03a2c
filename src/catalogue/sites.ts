/**
 * The official hosts and the page predicates. Each predicate is a one-line pure function
 * with its example URLs right under it; `sites.test.ts` runs every example against every
 * predicate (after github-url-detection).
 */

/** Content scripts run on these exact hosts over https, nowhere else. */
export const OFFICIAL_HOSTS = [
  'esia.gosuslugi.ru',
  'lk.gosuslugi.ru',
  'www.gosuslugi.ru',
  'one.43edu.ru',
  'id.vk.com',
  'id.vk.ru',
  'web.vk.me',
  'dnevnik.ru',
  'login.dnevnik.ru',
  'myschool.edu.ru',
] as const;

export type OfficialHost = (typeof OFFICIAL_HOSTS)[number];

/**
 * Regional e-diaries («Сетевой город» and others, SITES.md): many hosts that change, so
 * they are optional permissions the person grants when choosing their region, never
 * install-time access. A person may also add their school diary's host by hand.
 */
export const REGIONAL_DIARIES = [
  { region: 'Камчатский край', host: 'school.sgo41.ru' },
  { region: 'Томская область', host: 'sgo.tomedu.ru' },
  { region: 'Алтайский край', host: 'netschool.edu22.info' },
  { region: 'Амурская область', host: 'region.obramur.ru' },
  { region: 'Забайкальский край', host: 'region.zabedu.ru' },
  { region: 'Калужская область', host: 'edu.admoblkaluga.ru:444' },
  { region: 'Костромская область', host: 'netschool.eduportal44.ru' },
  { region: 'Краснодарский край', host: 'sgo.rso23.ru' },
  { region: 'Ленинградская область', host: 'e-school.obr.lenreg.ru' },
  { region: 'Приморский край', host: 'sgo.prim-edu.ru' },
  { region: 'Республика Алтай', host: 'sgo.altaiobr04.ru' },
  { region: 'Республика Бурятия', host: 'deti.obr03.ru' },
  { region: 'Республика Ингушетия', host: 'sgo.edu-ri.ru' },
  { region: 'Республика Коми', host: 'giseo.rkomi.ru' },
  { region: 'Республика Марий Эл', host: 'sgo.mari-el.gov.ru' },
  { region: 'Республика Мордовия', host: 'sgo.e-mordovia.ru' },
  { region: 'Республика Саха (Якутия)', host: 'sgo.e-yakutia.ru' },
  { region: 'Рязанская область', host: 'e-school.ryazan.gov.ru' },
  { region: 'Самарская область', host: 'asurso.ru' },
  { region: 'Сахалинская область', host: 'netcity.admsakhalin.ru:11111' },
  { region: 'Тверская область', host: 'sgo.tvobr.ru' },
  { region: 'Тульская область', host: 'sgo.edu71.ru' },
  { region: 'Ульяновская область', host: 'sgo.cit73.ru' },
  { region: 'Челябинская область', host: 'sgo.edu-74.ru' },
  { region: 'Чувашская Республика', host: 'net-school.cap.ru' },
  { region: 'Ямало-Ненецкий АО', host: 'sgo.yanao.ru' },
  { region: 'Волгоградская область', host: 'sgo.volganet.ru' },
  { region: 'Карачаево-Черкесская Республика', host: 'sgo.kchgov.ru' },
  { region: 'Республика Калмыкия', host: 'sgo.monrk.ru' },
  { region: 'Свердловская область', host: 'netcity.eimc.ru' },
] as const;

/** Match patterns for an optional host; the port is not part of a pattern. */
export const originPattern = (host: string): string => `https://${host.replace(/:\d+$/, '')}/*`;

/** Granted origins of single regional hosts (never wildcard hosts, never the official ones). */
export function regionalOrigins(origins: readonly string[]): string[] {
  const official = new Set<string>(OFFICIAL_HOSTS.map((h) => `https://${h}/*`));
  return origins.filter((o) => !official.has(o) && /^https:\/\/[^*/]+\/\*$/.test(o)).sort();
}

export const isOfficialUrl = (url: URL): boolean =>
  url.protocol === 'https:' && (OFFICIAL_HOSTS as readonly string[]).includes(url.host);

const on = (url: URL, host: string) => url.protocol === 'https:' && url.host === host;
const path = (url: URL) => url.pathname.replace(/\/+$/, '') || '/';

export const examples: Record<string, readonly string[]> = {};

// ESIA: sign-in, its OAuth endpoints and the «Предоставление прав доступа» screen share them.
export const isEsiaLogin = (url: URL) => on(url, 'esia.gosuslugi.ru') && /^\/(login|aas\/oauth2(\/v\d+)?\/ac|idp\/rlogin)$/.test(path(url));
examples.isEsiaLogin = [
  'https://esia.gosuslugi.ru/login/',
  'https://esia.gosuslugi.ru/login',
  'https://esia.gosuslugi.ru/aas/oauth2/ac?client_id=ERSO43&scope=openid',
  'https://esia.gosuslugi.ru/aas/oauth2/v2/ac?client_id=X',
];

export const isEsiaRegistration = (url: URL) => on(url, 'esia.gosuslugi.ru') && path(url) === '/login/registration';
examples.isEsiaRegistration = ['https://esia.gosuslugi.ru/login/registration'];

// Kirov «one.» platform (Ext JS): the login page, and the signed-in desktop with hash routes.
export const isOneLogin = (url: URL) => on(url, 'one.43edu.ru') && path(url).startsWith('/auth/login');
examples.isOneLogin = ['https://one.43edu.ru/auth/login', 'https://one.43edu.ru/auth/login?return=%2F'];

export const isOneAuthFinish = (url: URL) => on(url, 'one.43edu.ru') && /^\/auth\/(?!login)/.test(path(url));
examples.isOneAuthFinish = ['https://one.43edu.ru/auth/finish?code=x'];

export const isOneDesktop = (url: URL) => on(url, 'one.43edu.ru') && !/^\/(auth|vkm)(\/|$)/.test(path(url));
examples.isOneDesktop = ['https://one.43edu.ru/', 'https://one.43edu.ru/#chat', 'https://one.43edu.ru/#diary'];

export const isOneVkmFinish = (url: URL) => on(url, 'one.43edu.ru') && path(url).startsWith('/vkm');
examples.isOneVkmFinish = ['https://one.43edu.ru/vkm/link-finish?code=x'];

// VK ID: the documents show id.vk.com/auth; public code shows id.vk.ru/authorize. Both.
export const isVkIdAuth = (url: URL) => (on(url, 'id.vk.com') || on(url, 'id.vk.ru')) && /^\/(auth|authorize)(\/|$)/.test(path(url));
examples.isVkIdAuth = [
  'https://id.vk.com/auth?app_id=51464477&response_type=silent_token&redirect_uri=https%3A%2F%2Fone.43edu.ru%2Fvkm%2Flink-finish',
  'https://id.vk.ru/authorize?client_id=51464477',
  'https://id.vk.com/authorize',
];

// Gosuslugi personal cabinet (Angular).
export const isLkHome = (url: URL) => on(url, 'lk.gosuslugi.ru') && path(url) === '/';
examples.isLkHome = ['https://lk.gosuslugi.ru/', 'https://lk.gosuslugi.ru'];

export const isWwwGosuslugi = (url: URL) => on(url, 'www.gosuslugi.ru');
examples.isWwwGosuslugi = ['https://www.gosuslugi.ru/', 'https://www.gosuslugi.ru/school'];

/** Every predicate by name, for the cross-check test. */
export const predicates: Record<string, (url: URL) => boolean> = {
  isEsiaLogin,
  isEsiaRegistration,
  isOneLogin,
  isOneAuthFinish,
  isOneDesktop,
  isOneVkmFinish,
  isVkIdAuth,
  isLkHome,
  isWwwGosuslugi,
};
