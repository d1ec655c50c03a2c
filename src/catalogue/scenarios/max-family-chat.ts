import type { ElementQuery, Scenario } from '../types';
import { MAX_CLASS_CHAT, MAX_SEARCH, maxLoginSteps } from '../queries';

// Source: SITES-2026.md §1 (Sferum moved into MAX in 2025; no source document yet). The
// join button's and the chat composer's wordings are guesses: the likely ones are accepted.

const JOIN: ElementQuery = {
  kind: 'press',
  name: ['Присоединиться', 'Присоединиться к чату', 'Вступить', 'Вступить в чат', 'Войти в чат', 'Открыть чат', 'Перейти в чат', 'Открыть в веб-версии'],
};
const DEAD_LINK: ElementQuery = { kind: 'text', name: ['Не нашли чат по этой ссылке'], partial: true };
const JOINED: ElementQuery = { kind: 'text', name: ['присоединился', 'присоединилась', 'присоединился(-ась)'], partial: true };
const COMPOSER: ElementQuery = { kind: 'field', name: ['Сообщение', 'Написать сообщение', 'Напишите сообщение', 'Введите сообщение'] };

export const maxFamilyChat = {
  id: 'max-family-chat',
  number: 10,
  title: 'Родитель или ученик: школьный чат в MAX',
  audience: 'Для родителя или ученика: школьные чаты Сферума в 2025 году переехали в мессенджер MAX.',
  roles: ['parent', 'pupil'],
  needs: [
    'Номер телефона, который знает школа (тот же, что в Сферуме)',
    'Приложение MAX на телефоне, если входить по QR-коду',
    'Ссылка-приглашение от классного руководителя, если она есть',
    'Чаты класса могут уже быть в MAX: их добавляют сами',
  ],
  sources: ['SITES-2026.md §1'],
  steps: [
    ...maxLoginSteps('parent', false),
    {
      id: 'find-chat',
      title: 'Найдите чат класса',
      hint: 'Чаты класса добавляются сами и видны в «Чаты». Откройте чат класса или найдите его через «Найти».',
      warning: 'Чата нет — откройте ссылку-приглашение учителя ещё раз: теперь MAX знает, что это вы.',
      instruction:
        'В списке «Чаты» найдите чат своего класса, например: 5Б Родители, или введите его название в поле «Найти». Если чата нет, откройте ссылку от учителя ещё раз.',
      who: 'parent',
      page: [{ url: ['maxWeb'], shows: [MAX_SEARCH] }],
      // The class chat; else the «Чаты» tab (a phone layout may be on «Контакты»); else the search.
      target: [MAX_CLASS_CHAT, { kind: 'press', name: ['Чаты'] }, MAX_SEARCH],
      opens: 'https://web.max.ru/',
    },
    {
      id: 'join-chat',
      title: 'Вступите в чат по ссылке',
      hint: 'Это чат по ссылке учителя. Нажмите «Присоединиться».',
      warning: '«Не нашли чат по этой ссылке» — учитель обновил ссылку: попросите новую.',
      instruction:
        'Откройте ссылку-приглашение от учителя (max.ru/join/…) и нажмите кнопку, чтобы присоединиться к чату. Если MAX пишет «Не нашли чат по этой ссылке», попросите у учителя новую ссылку.',
      who: 'parent',
      page: [
        { url: ['maxJoin'], shows: [JOIN] },
        { url: ['maxJoin'], shows: [DEAD_LINK] },
      ],
      target: [JOIN],
    },
    {
      id: 'in-chat',
      title: 'Вы в чате класса',
      hint: 'Готово: чат класса открыт. Здесь учитель пишет объявления для класса.',
      instruction: 'Откройте чат класса в списке «Чаты». Если вы вступили по ссылке, в чате видно, что вы присоединились.',
      who: 'parent',
      page: [
        { url: ['maxGroupChat'], shows: [JOINED] },
        { url: ['maxGroupChat'], shows: [COMPOSER] },
      ],
      done: [MAX_SEARCH],
    },
  ],
} as const satisfies Scenario;
