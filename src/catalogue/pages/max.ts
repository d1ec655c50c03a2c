import { on, path, type PageDef } from './url';

// MAX (SITES-2026.md §1): the web client is one app at web.max.ru (sign-in, the chat list
// at `/`; a chat at `/<chatId>`, groups with negative ids; a channel or bot at `/@name`),
// invitation links `max.ru/join/<token>` (opened in a signed-in client: web.max.ru/join/<token>).
const isJoin = (url: URL) => (on(url, 'web.max.ru') || on(url, 'max.ru')) && /^\/join\/[^/]+$/.test(path(url));
const isGroupChat = (url: URL) => on(url, 'web.max.ru') && /^\/-\d+$/.test(path(url));

export const maxPages = {
  maxJoin: {
    test: isJoin,
    examples: ['https://max.ru/join/Xk3mQ9pL2vT7aB1cD4eF', 'https://web.max.ru/join/Xk3mQ9pL2vT7aB1cD4eF'],
  },
  maxGroupChat: {
    test: isGroupChat,
    examples: ['https://web.max.ru/-75602062003657', 'https://web.max.ru/-75602062003657/'],
  },
  maxWeb: {
    test: (url) => on(url, 'web.max.ru') && !isJoin(url) && !isGroupChat(url),
    examples: ['https://web.max.ru/', 'https://web.max.ru/75602062003657', 'https://web.max.ru/@sferum_bot'],
  },
} as const satisfies Record<string, PageDef>;
