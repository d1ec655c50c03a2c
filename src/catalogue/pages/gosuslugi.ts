import { on, path, type PageDef } from './url';

// ESIA (sign-in, its OAuth endpoints and «Предоставление прав доступа» share them), the
// personal cabinet lk.gosuslugi.ru (Angular; seeds 000–003, SITES.md) and www.gosuslugi.ru.
const isSchool = (url: URL) => /^\/school(\/|$)/.test(path(url));

export const gosuslugiPages = {
  esiaLogin: {
    test: (url) => on(url, 'esia.gosuslugi.ru') && /^\/(login|aas\/oauth2(\/v\d+)?\/ac|idp\/rlogin)$/.test(path(url)),
    examples: [
  'https://esia.gosuslugi.ru/login/',
  'https://esia.gosuslugi.ru/login',
  'https://esia.gosuslugi.ru/aas/oauth2/ac?client_id=ERSO43&scope=openid',
  'https://esia.gosuslugi.ru/aas/oauth2/v2/ac?client_id=X',
],
  },
  esiaRegistration: {
    test: (url) => on(url, 'esia.gosuslugi.ru') && path(url) === '/login/registration',
    examples: ['https://esia.gosuslugi.ru/login/registration'],
  },
  lkHome: {
    test: (url) => on(url, 'lk.gosuslugi.ru') && path(url) === '/',
    examples: ['https://lk.gosuslugi.ru/', 'https://lk.gosuslugi.ru'],
  },
  lkProfile: {
    test: (url) => on(url, 'lk.gosuslugi.ru') && path(url) === '/profile',
    examples: ['https://lk.gosuslugi.ru/profile', 'https://lk.gosuslugi.ru/profile/'],
  },
  lkDocuments: {
    test: (url) => on(url, 'lk.gosuslugi.ru') && path(url) === '/profile/personal',
    examples: ['https://lk.gosuslugi.ru/profile/personal'],
  },
  lkFamily: {
    test: (url) => on(url, 'lk.gosuslugi.ru') && path(url) === '/profile/family',
    examples: ['https://lk.gosuslugi.ru/profile/family', 'https://lk.gosuslugi.ru/profile/family/'],
  },
  lkChildAdd: {
    test: (url) => on(url, 'lk.gosuslugi.ru') && path(url) === '/profile/family/child/add',
    examples: ['https://lk.gosuslugi.ru/profile/family/child/add'],
  },
  lkChildCard: {
    test: (url) => on(url, 'lk.gosuslugi.ru') && /^\/profile\/family\/child\/\d+$/.test(path(url)),
    examples: ['https://lk.gosuslugi.ru/profile/family/child/82002675', 'https://lk.gosuslugi.ru/profile/family/child/70000001/'],
  },
  lkCreateChildAccount: {
    test: (url) => on(url, 'lk.gosuslugi.ru') && path(url) === '/profile/family/create-child-account',
    examples: ['https://lk.gosuslugi.ru/profile/family/create-child-account?kidId=82002675'],
  },
  lkNotifications: {
    test: (url) => on(url, 'lk.gosuslugi.ru') && path(url) === '/notifications',
    examples: ['https://lk.gosuslugi.ru/notifications', 'https://lk.gosuslugi.ru/notifications?type=unread'],
  },
  lkNotificationDetails: {
    test: (url) => on(url, 'lk.gosuslugi.ru') && /^\/notifications\/details\/[^/]+\/[^/]+$/.test(path(url)),
    examples: ['https://lk.gosuslugi.ru/notifications/details/GEPS/123456', 'https://lk.gosuslugi.ru/notifications/details/ACCESS_REQUEST/90000001'],
  },
  lkAgreements: {
    test: (url) => on(url, 'lk.gosuslugi.ru') && /^\/settings\/third-party\/agreements(\/|$)/.test(path(url)),
    examples: ['https://lk.gosuslugi.ru/settings/third-party/agreements/acting', 'https://lk.gosuslugi.ru/settings/third-party/agreements'],
  },
  // «Госуслуги Моя школа» (SITES-2026.md §2): one app at /school, the feed at /school/feed.
  gosSchool: {
    test: (url) => on(url, 'www.gosuslugi.ru') && isSchool(url),
    examples: ['https://www.gosuslugi.ru/school', 'https://www.gosuslugi.ru/school/feed', 'https://www.gosuslugi.ru/school/'],
  },
  wwwGosuslugi: {
    test: (url) => on(url, 'www.gosuslugi.ru') && !isSchool(url),
    examples: ['https://www.gosuslugi.ru/', 'https://www.gosuslugi.ru/help', 'https://www.gosuslugi.ru/schools'],
  },
} as const satisfies Record<string, PageDef>;
