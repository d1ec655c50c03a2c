import { on, path, type PageDef } from './url';

// Дневник.ру (start page, sign-in pages incl. the regional ESIA entry, the feed) and «Моя школа».
export const diariesPages = {
  dnevnikHome: {
    test: (url) => on(url, 'dnevnik.ru') && path(url) === '/',
    examples: ['https://dnevnik.ru/', 'https://dnevnik.ru'],
  },
  dnevnikLogin: {
    test: (url) => on(url, 'login.dnevnik.ru') && /^\/login(\/|$)/.test(path(url)),
    examples: ['https://login.dnevnik.ru/login/', 'https://login.dnevnik.ru/login/esia/kamchatka?code=x'],
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
