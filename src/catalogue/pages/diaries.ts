import { on, path, type PageDef } from './url';

// Дневник.ру (start page, sign-in pages incl. the regional ESIA entry and return, the feed) and «Моя школа».
export const diariesPages = {
  dnevnikHome: {
    test: (url) => on(url, 'dnevnik.ru') && path(url) === '/',
    examples: ['https://dnevnik.ru/', 'https://dnevnik.ru'],
  },
  dnevnikLogin: {
    test: (url) => on(url, 'login.dnevnik.ru') && /^\/login(\/|$)/.test(path(url)),
    examples: ['https://login.dnevnik.ru/login/', 'https://login.dnevnik.ru/login/esia/kamchatka?code=x'],
  },
  /** The ESIA return (`?taskId=…&regionId=…`): says when the account is not linked or signs in for the first time (SITES-2026.md §5). */
  dnevnikEsiaAuth: {
    test: (url) => on(url, 'login.dnevnik.ru') && path(url) === '/esia/auth',
    examples: ['https://login.dnevnik.ru/esia/auth?taskId=00000000-0000-0000-0000-000000000000&regionId=1'],
  },
  /** The login page's link to a region's ESIA sign-in: on its way to ESIA. */
  dnevnikEsiaRedirect: {
    test: (url) => on(url, 'login.dnevnik.ru') && /^\/esia\/redirect\/[^/]+$/.test(path(url)),
    examples: ['https://login.dnevnik.ru/esia/redirect/kamchatka'],
  },
  dnevnikFeed: {
    test: (url) => on(url, 'dnevnik.ru') && path(url).startsWith('/userfeed'),
    examples: ['https://dnevnik.ru/userfeed'],
  },
  mySchool: {
    test: (url) => on(url, 'myschool.edu.ru') && path(url) === '/',
    examples: ['https://myschool.edu.ru/', 'https://myschool.edu.ru/?code=x'],
  },
  mySchoolDiary: {
    test: (url) => on(url, 'myschool.edu.ru') && path(url).startsWith('/diary'),
    examples: ['https://myschool.edu.ru/diary', 'https://myschool.edu.ru/diary/'],
  },
} as const satisfies Record<string, PageDef>;
