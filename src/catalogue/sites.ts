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
] as const;

export type OfficialHost = (typeof OFFICIAL_HOSTS)[number];

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
