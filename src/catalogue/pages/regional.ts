import { isOfficialUrl } from '../sites';
import { path, type PageDef } from './url';

// Regional e-diaries: «Сетевой город» runs on many regional hosts (granted at run time or
// added by hand), so its pages are recognised by path on any https host that is not an official one.
const regional = (url: URL) => url.protocol === 'https:' && !isOfficialUrl(url);

export const regionalPages = {
  sgoLogin: {
    test: (url) => regional(url) && path(url) === '/authorize/login',
    examples: [
  'https://school.sgo41.ru/authorize/login',
  'https://sgo.tomedu.ru/authorize/login?loginState=0f8fad5b-d9cb-469f-a165-70867728950e',
  'https://netcity.admsakhalin.ru:11111/authorize/login/',
],
  },
  sgoDiary: {
    test: (url) => regional(url) && /^\/(app|angular)\/school\//.test(path(url) + '/'),
    examples: ['https://school.sgo41.ru/app/school/studentdiary/', 'https://sgo.rso23.ru/angular/school/studentdiary/'],
  },
} as const satisfies Record<string, PageDef>;
