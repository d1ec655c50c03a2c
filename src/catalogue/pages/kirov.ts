import { on, path, type PageDef } from './url';

// Kirov «one.» platform (Ext JS): the login page, and the signed-in desktop with hash routes.
export const kirovPages = {
  oneLogin: {
    test: (url) => on(url, 'one.43edu.ru') && path(url).startsWith('/auth/login'),
    examples: ['https://one.43edu.ru/auth/login', 'https://one.43edu.ru/auth/login?return=%2F'],
  },
  oneAuthFinish: {
    test: (url) => on(url, 'one.43edu.ru') && /^\/auth\/(?!login)/.test(path(url)),
    examples: ['https://one.43edu.ru/auth/finish?code=x'],
  },
  oneDesktop: {
    test: (url) => on(url, 'one.43edu.ru') && !/^\/(auth|vkm)(\/|$)/.test(path(url)),
    examples: ['https://one.43edu.ru/', 'https://one.43edu.ru/#chat', 'https://one.43edu.ru/#diary'],
  },
  oneVkmFinish: {
    test: (url) => on(url, 'one.43edu.ru') && path(url).startsWith('/vkm'),
    examples: ['https://one.43edu.ru/vkm/link-finish?code=x'],
  },
} as const satisfies Record<string, PageDef>;
