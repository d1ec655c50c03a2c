import { isOfficialUrl } from '../sites';
import { path, type PageDef } from './url';

// Regional e-diaries: «Сетевой город» runs on many regional hosts (granted at run time or
// added by hand), so its pages are recognised by path on any https host that is not an official one.
const regional = (url: URL) => url.protocol === 'https:' && !isOfficialUrl(url);

export const regionalPages = {
  sgoLogin: {
    // The sign-in, the remembered accounts, and the return from Gosuslugi (choose the user, or «Запись не найдена»).
    test: (url) => regional(url) && ['/authorize/login', '/authorize/accounts', '/authorize/sso/esia/login'].includes(path(url)),
    examples: [
  'https://school.sgo41.ru/authorize/login',
  'https://school.sgo41.ru/authorize/accounts',
  'https://sgo.e-yakutia.ru/authorize/sso/esia/login?loginState=9f2c1e7a',
  'https://sgo.tomedu.ru/authorize/login?loginState=0f8fad5b-d9cb-469f-a165-70867728950e',
  'https://netcity.admsakhalin.ru:11111/authorize/login/',
],
  },
  sgoDiary: {
    test: (url) => regional(url) && /^\/(app|angular)\/school\//.test(path(url) + '/'),
    examples: ['https://school.sgo41.ru/app/school/studentdiary/', 'https://sgo.rso23.ru/angular/school/studentdiary/'],
  },
} as const satisfies Record<string, PageDef>;
