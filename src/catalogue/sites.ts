/**
 * The official hosts (the pages on them: pages.ts).
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
  // MAX: the web client, and max.ru where invitation links (max.ru/join/…) land (SITES-2026.md §1).
  max: ['web.max.ru', 'max.ru'],
} as const;

/** The official hosts in plain words, as people call the sites (the `away` note says where a step happens). */
export const HOST_NAMES: Readonly<Record<string, string>> = {
  'esia.gosuslugi.ru': 'Госуслуги',
  'lk.gosuslugi.ru': 'Госуслуги',
  'www.gosuslugi.ru': 'Госуслуги',
  'one.43edu.ru': 'электронный дневник',
  'id.vk.com': 'VK ID',
  'id.vk.ru': 'VK ID',
  'web.vk.me': 'VK Мессенджер',
  'dnevnik.ru': 'Дневник.ру',
  'login.dnevnik.ru': 'Дневник.ру',
  'myschool.edu.ru': '«Моя школа»',
};

export type OfficialSite = keyof typeof SITES;
export type Site = OfficialSite | 'regional';
export const SITE_IDS: readonly Site[] = [...(Object.keys(SITES) as OfficialSite[]), 'regional'];

/** Content scripts run on these exact hosts over https, nowhere else. */
export const OFFICIAL_HOSTS = [...SITES.gosuslugi, ...SITES.kirov, ...SITES.vk, ...SITES.diaries, ...SITES.max] as const;

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
 * `movedTo`: the region left «Сетевой город» (SITES-2026.md §4, a survey of Sept 2026):
 * where its families go now, said when the region is picked (the old host stays, as some
 * schools may still use it).
 */
export interface RegionalDiary {
  readonly region: string;
  readonly host: string;
  readonly movedTo?: string;
}

const MY_SCHOOL = 'дневник «Госуслуги Моя школа» (www.gosuslugi.ru/school)';
const MESH = 'МЭШ («Моя электронная школа»)';

export const REGIONAL_DIARIES: readonly RegionalDiary[] = [
  { region: 'Камчатский край', host: 'school.sgo41.ru' },
  { region: 'Томская область', host: 'sgo.tomedu.ru' },
  { region: 'Алтайский край', host: 'netschool.edu22.info', movedTo: MY_SCHOOL },
  { region: 'Амурская область', host: 'region.obramur.ru' },
  { region: 'Забайкальский край', host: 'region.zabedu.ru' },
  { region: 'Калужская область', host: 'edu.admoblkaluga.ru:444', movedTo: MESH },
  { region: 'Костромская область', host: 'netschool.eduportal44.ru', movedTo: MY_SCHOOL },
  { region: 'Краснодарский край', host: 'sgo.rso23.ru', movedTo: MY_SCHOOL },
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
  { region: 'Тверская область', host: 'sgo.tvobr.ru', movedTo: MESH },
  { region: 'Тульская область', host: 'sgo1.edu71.ru' },
  { region: 'Ульяновская область', host: 'sgo.cit73.ru' },
  { region: 'Челябинская область', host: 'sgo.edu-74.ru', movedTo: MY_SCHOOL },
  { region: 'Чувашская Республика', host: 'net-school.cap.ru', movedTo: MY_SCHOOL },
  { region: 'Ямало-Ненецкий АО', host: 'sgo.yanao.ru', movedTo: MESH },
  { region: 'Волгоградская область', host: 'sgo.volganet.ru' },
  { region: 'Карачаево-Черкесская Республика', host: 'sgo.kchgov.ru' },
  { region: 'Республика Калмыкия', host: 'sgo.monrk.ru', movedTo: '«Дневник.ру» (dnevnik.ru)' },
  { region: 'Свердловская область', host: 'netcity.eimc.ru', movedTo: `${MY_SCHOOL}, раньше — ЕЦП` },
];

/** What to tell a person who picks a region that left «Сетевой город» (none: it did not). */
export const movedNote = (d: RegionalDiary | undefined): string | null =>
  d?.movedTo
    ? `${d.region}: по данным на осень 2026 года школы региона перешли из «Сетевого города» в ${d.movedTo}. Уточните в школе, каким дневником она пользуется.`
    : null;

/** Match patterns for an optional host; the port is not part of a pattern. */
export const originPattern = (host: string): string => `https://${host.replace(/:\d+$/, '')}/*`;

/** Granted origins of single regional hosts (never wildcard hosts, never the official ones). */
export function regionalOrigins(origins: readonly string[]): string[] {
  const official = new Set<string>(OFFICIAL_HOSTS.map((h) => `https://${h}/*`));
  return origins.filter((o) => !official.has(o) && /^https:\/\/[^*/]+\/\*$/.test(o)).sort();
}

export const isOfficialUrl = (url: URL): boolean =>
  url.protocol === 'https:' && (OFFICIAL_HOSTS as readonly string[]).includes(url.host);
