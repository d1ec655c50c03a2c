import { isOfficialUrl } from '../sites';
import { path, type PageDef } from './url';

// Regional e-diaries: «Сетевой город» runs on many regional hosts (granted at run time or
// added by hand), so its pages are recognised by path on any https host that is not an official one.
// Routes (SITES.md; SITES-2026.md §4, from a 5.14 web build: live versions may differ):
// `/authorize` and `/authorize/login` the login page, `/authorize/accounts` «Вход в
// запомненную учетную запись» (also with the Gosuslugi button), `/authorize/sso/<idp>/login`
// the screens after ESIA (the choice of user and school, «Запись не найдена»).
const regional = (url: URL) => url.protocol === 'https:' && !isOfficialUrl(url);

export const regionalPages = {
  sgoLogin: {
    test: (url) => regional(url) && /^\/authorize(\/login)?$/.test(path(url)),
    examples: [
  'https://school.sgo41.ru/authorize/login',
  'https://sgo.tomedu.ru/authorize/login?loginState=0f8fad5b-d9cb-469f-a165-70867728950e',
  'https://netcity.admsakhalin.ru:11111/authorize/login/',
  'https://sgo1.edu71.ru/authorize',
],
  },
  sgoAccounts: {
    test: (url) => regional(url) && path(url) === '/authorize/accounts',
    examples: ['https://sgo.tomedu.ru/authorize/accounts', 'https://school.sgo41.ru/authorize/accounts/'],
  },
  sgoSso: {
    test: (url) => regional(url) && /^\/authorize\/sso\/[^/]+\/login$/.test(path(url)),
    examples: [
  'https://sgo.tomedu.ru/authorize/sso/esia/login?loginState=0f8fad5b-d9cb-469f-a165-70867728950e',
  'https://sgo1.edu71.ru/authorize/sso/esia/login',
],
  },
  sgoDiary: {
    test: (url) => regional(url) && /^\/(app|angular)\/school\//.test(path(url) + '/'),
    examples: ['https://school.sgo41.ru/app/school/studentdiary/', 'https://sgo.rso23.ru/angular/school/studentdiary/'],
  },
} as const satisfies Record<string, PageDef>;
