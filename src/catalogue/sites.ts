/**
 * The official hosts and the page predicates. Each predicate is a one-line pure function
 * with its example URLs right under it; `sites.test.ts` runs every example against every
 * predicate (after github-url-detection).
 */

/**
 * The sites, one content script each (with only that site's steps in full): their exact
 * hosts, over https, nowhere else. `regional` is the one for the regional diaries the
 * person grants (registered at run time, src/background/regional.ts).
 */
export const SITES = {
  gosuslugi: ['esia.gosuslugi.ru', 'lk.gosuslugi.ru', 'www.gosuslugi.ru'],
  kirov: ['one.43edu.ru'],
  vk: ['id.vk.com', 'id.vk.ru', 'web.vk.me'],
  diaries: ['dnevnik.ru', 'login.dnevnik.ru', 'myschool.edu.ru'],
} as const;

export type OfficialSite = keyof typeof SITES;
export type Site = OfficialSite | 'regional';
export const SITE_IDS: readonly Site[] = [...(Object.keys(SITES) as OfficialSite[]), 'regional'];

/** Content scripts run on these exact hosts over https, nowhere else. */
export const OFFICIAL_HOSTS = [...SITES.gosuslugi, ...SITES.kirov, ...SITES.vk, ...SITES.diaries] as const;

/** A site's content script matches: its exact hosts, https only. */
export const siteMatches = (site: OfficialSite): string[] => SITES[site].map((host) => `https://${host}/*`);

/** Which site's content script runs at an address (regional: any other https host). */
export const siteOf = (url: URL): Site | undefined =>
  url.protocol !== 'https:'
    ? undefined
    : ((Object.keys(SITES) as OfficialSite[]).find((site) => (SITES[site] as readonly string[]).includes(url.host)) ?? 'regional');

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

// lk.gosuslugi.ru pages of the family scenarios (SITES.md, seeds 000–003). One page each, no overlaps.
export const isLkProfile = (url: URL) => on(url, 'lk.gosuslugi.ru') && path(url) === '/profile';
examples.isLkProfile = ['https://lk.gosuslugi.ru/profile', 'https://lk.gosuslugi.ru/profile/'];

export const isLkDocuments = (url: URL) => on(url, 'lk.gosuslugi.ru') && path(url) === '/profile/personal';
examples.isLkDocuments = ['https://lk.gosuslugi.ru/profile/personal'];

export const isLkFamily = (url: URL) => on(url, 'lk.gosuslugi.ru') && path(url) === '/profile/family';
examples.isLkFamily = ['https://lk.gosuslugi.ru/profile/family', 'https://lk.gosuslugi.ru/profile/family/'];

export const isLkChildAdd = (url: URL) => on(url, 'lk.gosuslugi.ru') && path(url) === '/profile/family/child/add';
examples.isLkChildAdd = ['https://lk.gosuslugi.ru/profile/family/child/add'];

export const isLkChildCard = (url: URL) => on(url, 'lk.gosuslugi.ru') && /^\/profile\/family\/child\/\d+$/.test(path(url));
examples.isLkChildCard = ['https://lk.gosuslugi.ru/profile/family/child/82002675', 'https://lk.gosuslugi.ru/profile/family/child/70000001/'];

export const isLkCreateChildAccount = (url: URL) => on(url, 'lk.gosuslugi.ru') && path(url) === '/profile/family/create-child-account';
examples.isLkCreateChildAccount = ['https://lk.gosuslugi.ru/profile/family/create-child-account?kidId=82002675'];

export const isLkNotifications = (url: URL) => on(url, 'lk.gosuslugi.ru') && path(url) === '/notifications';
examples.isLkNotifications = ['https://lk.gosuslugi.ru/notifications', 'https://lk.gosuslugi.ru/notifications?type=unread'];

export const isLkNotificationDetails = (url: URL) => on(url, 'lk.gosuslugi.ru') && /^\/notifications\/details\/[^/]+\/[^/]+$/.test(path(url));
examples.isLkNotificationDetails = ['https://lk.gosuslugi.ru/notifications/details/GEPS/123456', 'https://lk.gosuslugi.ru/notifications/details/ACCESS_REQUEST/90000001'];

export const isLkAgreements = (url: URL) => on(url, 'lk.gosuslugi.ru') && /^\/settings\/third-party\/agreements(\/|$)/.test(path(url));
examples.isLkAgreements = ['https://lk.gosuslugi.ru/settings/third-party/agreements/acting', 'https://lk.gosuslugi.ru/settings/third-party/agreements'];

export const isWwwGosuslugi = (url: URL) => on(url, 'www.gosuslugi.ru');
examples.isWwwGosuslugi = ['https://www.gosuslugi.ru/', 'https://www.gosuslugi.ru/school'];

// Regional e-diaries: «Сетевой город» runs on many regional hosts (granted at run time or
// added by hand), so its pages are recognised by path on any https host that is not an official one.
const regional = (url: URL) => url.protocol === 'https:' && !isOfficialUrl(url);
export const isSgoLogin = (url: URL) => regional(url) && path(url) === '/authorize/login';
examples.isSgoLogin = [
  'https://school.sgo41.ru/authorize/login',
  'https://sgo.tomedu.ru/authorize/login?loginState=0f8fad5b-d9cb-469f-a165-70867728950e',
  'https://netcity.admsakhalin.ru:11111/authorize/login/',
];

export const isSgoDiary = (url: URL) => regional(url) && /^\/(app|angular)\/school\//.test(path(url) + '/');
examples.isSgoDiary = ['https://school.sgo41.ru/app/school/studentdiary/', 'https://sgo.rso23.ru/angular/school/studentdiary/'];

// Дневник.ру: the start page, the sign-in pages (incl. the regional ESIA entry), the feed once signed in.
export const isDnevnikHome = (url: URL) => on(url, 'dnevnik.ru') && path(url) === '/';
examples.isDnevnikHome = ['https://dnevnik.ru/', 'https://dnevnik.ru'];

export const isDnevnikLogin = (url: URL) => on(url, 'login.dnevnik.ru') && /^\/login(\/|$)/.test(path(url));
examples.isDnevnikLogin = ['https://login.dnevnik.ru/login/', 'https://login.dnevnik.ru/login/esia/kamchatka?code=x'];

export const isDnevnikFeed = (url: URL) => on(url, 'dnevnik.ru') && path(url).startsWith('/userfeed');
examples.isDnevnikFeed = ['https://dnevnik.ru/userfeed'];

// «Моя школа»: one page for sign-in, child, consent and region; the diary after it.
export const isMySchool = (url: URL) => on(url, 'myschool.edu.ru') && path(url) === '/';
examples.isMySchool = ['https://myschool.edu.ru/', 'https://myschool.edu.ru/?code=x'];

export const isMySchoolDiary = (url: URL) => on(url, 'myschool.edu.ru') && path(url).startsWith('/diary');
examples.isMySchoolDiary = ['https://myschool.edu.ru/diary', 'https://myschool.edu.ru/diary/'];

// VK Messenger: group chats (peer ids from 2000000000), invitation links, everything else.
export const isVkMeGroupChat = (url: URL) => on(url, 'web.vk.me') && /^\/convo\/2\d{9}$/.test(path(url));
examples.isVkMeGroupChat = ['https://web.vk.me/convo/2000000001', 'https://web.vk.me/convo/2000000002/'];

export const isVkMeJoin = (url: URL) => on(url, 'web.vk.me') && /^\/join\/[^/]+$/.test(path(url));
examples.isVkMeJoin = ['https://web.vk.me/join/AJQ1dzS1aBcDeFgHiJkLmN0p'];

export const isVkMe = (url: URL) => on(url, 'web.vk.me') && !isVkMeGroupChat(url) && !isVkMeJoin(url);
examples.isVkMe = ['https://web.vk.me/', 'https://web.vk.me/convo/100000101', 'https://web.vk.me/?replica-state=no-profile'];

/**
 * The path segments the example addresses above name (sites.test.ts keeps the two in
 * step): the support report shows these and masks every other segment. A list of its own
 * so that the content scripts carry no example addresses.
 */
export const PATH_WORDS: readonly string[] = [
  'aas', 'ac', 'acting', 'add', 'agreements', 'angular', 'app', 'auth', 'authorize', 'child', 'convo',
  'create-child-account', 'details', 'diary', 'esia', 'family', 'finish', 'join', 'kamchatka', 'link-finish',
  'login', 'notifications', 'oauth2', 'personal', 'profile', 'registration', 'school', 'settings',
  'studentdiary', 'third-party', 'userfeed', 'v2', 'vkm',
];

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
  isLkProfile,
  isLkDocuments,
  isLkFamily,
  isLkChildAdd,
  isLkChildCard,
  isLkCreateChildAccount,
  isLkNotifications,
  isLkNotificationDetails,
  isLkAgreements,
  isWwwGosuslugi,
  isSgoLogin,
  isSgoDiary,
  isDnevnikHome,
  isDnevnikLogin,
  isDnevnikFeed,
  isMySchool,
  isMySchoolDiary,
  isVkMeGroupChat,
  isVkMeJoin,
  isVkMe,
};
