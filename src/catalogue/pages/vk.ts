import { on, path, type PageDef } from './url';

// VK ID (the documents show id.vk.com/auth; public code shows id.vk.ru/authorize: both) and
// VK Messenger: group chats (peer ids from 2000000000), invitation links, everything else.
const isVkMeGroupChat = (url: URL) => on(url, 'web.vk.me') && /^\/convo\/2\d{9}$/.test(path(url));
const isVkMeJoin = (url: URL) => on(url, 'web.vk.me') && /^\/join\/[^/]+$/.test(path(url));

export const vkPages = {
  vkIdAuth: {
    test: (url) => (on(url, 'id.vk.com') || on(url, 'id.vk.ru')) && /^\/(auth|authorize)(\/|$)/.test(path(url)),
    examples: [
  'https://id.vk.com/auth?app_id=51464477&response_type=silent_token&redirect_uri=https%3A%2F%2Fone.43edu.ru%2Fvkm%2Flink-finish',
  'https://id.vk.ru/authorize?client_id=51464477',
  'https://id.vk.com/authorize',
],
  },
  vkMeGroupChat: {
    test: isVkMeGroupChat,
    examples: ['https://web.vk.me/convo/2000000001', 'https://web.vk.me/convo/2000000002/'],
  },
  vkMeJoin: {
    test: isVkMeJoin,
    examples: ['https://web.vk.me/join/AJQ1dzS1aBcDeFgHiJkLmN0p'],
  },
  vkMe: {
    test: (url) => on(url, 'web.vk.me') && !isVkMeGroupChat(url) && !isVkMeJoin(url),
    examples: ['https://web.vk.me/', 'https://web.vk.me/convo/100000101', 'https://web.vk.me/?replica-state=no-profile'],
  },
} as const satisfies Record<string, PageDef>;
