import type { ElementQuery, PageSpec, Scenario } from '../types';
import { MAX_APP, MAX_SEARCH, maxLoginSteps } from '../queries';

// Source: SITES-2026.md §1 («Чаты» → «+» → «Создать групповой чат» → people → «Продолжить»
// → name → «Создать чат», news). Guesses, all accepted: the «+» button's label, the chat
// settings' and the invitation link's labels, the call button's label.

const PLUS: ElementQuery = { kind: 'press', name: ['Создать', 'Новый чат', 'Новое сообщение', 'Написать', '+'] };
const NEW_GROUP: ElementQuery = { kind: 'press', name: ['Создать групповой чат', 'Групповой чат', 'Новый групповой чат'] };
const CONTINUE: ElementQuery = { kind: 'press', name: ['Продолжить'] };
const MEMBERS: ElementQuery = {
  kind: 'text',
  name: ['Создать групповой чат', 'Новый групповой чат', 'Добавьте участников', 'Добавить участников', 'Выберите участников', 'Участники'],
};
const CREATE_CHAT: ElementQuery = { kind: 'press', name: ['Создать чат'] };
const SETTINGS: ElementQuery = {
  kind: 'press',
  name: ['Настройки чата', 'Информация о чате', 'Информация о группе', 'Настройки группы', 'Управление чатом'],
};
/** (Partial: the item may show the link itself under its label.) */
const INVITE: ElementQuery = {
  kind: 'press',
  name: ['Пригласить по ссылке', 'Ссылка-приглашение', 'Ссылка для приглашения', 'Пригласительная ссылка', 'Ссылка на чат'],
  partial: true,
};
const COPY: ElementQuery = { kind: 'press', name: ['Скопировать ссылку', 'Копировать ссылку', 'Скопировать', 'Копировать'] };
const COPIED: ElementQuery = { kind: 'text', name: ['Ссылка скопирована'], partial: true };
const CALL: ElementQuery = { kind: 'press', name: ['Позвонить', 'Звонок', 'Начать звонок', 'Групповой звонок'] };
const CALLING: ElementQuery = { kind: 'text', name: ['Звонок в чате', 'Идёт звонок'], partial: true };

/** A group chat open in the signed-in client. */
const chat = (extra: Partial<PageSpec> = {}): PageSpec => ({ url: ['maxGroupChat'], shows: [MAX_SEARCH], ...extra });

export const maxTeacherChat = {
  id: 'max-teacher-chat',
  number: 11,
  title: 'Учитель: классный чат в MAX',
  audience: 'Для учителя: школьные чаты Сферума в 2025 году переехали в мессенджер MAX.',
  roles: ['teacher'],
  needs: [
    'Свой номер телефона, который знает школа (тот же, что в Сферуме)',
    'Приложение MAX на телефоне, если входить по QR-коду',
    'Название чата, например: 5Б Родители',
  ],
  sources: ['SITES-2026.md §1'],
  steps: [
    ...maxLoginSteps('teacher', true),
    {
      id: 'new-chat',
      title: 'Создайте групповой чат',
      hint: 'Нажмите «+» над списком «Чаты», затем «Создать групповой чат».',
      warning: 'Чаты классов на учебный год могут уже быть: их создают сами. Проверьте список «Чаты» сначала.',
      instruction: 'Над списком «Чаты» нажмите «+» и выберите «Создать групповой чат».',
      who: 'teacher',
      page: [{ url: ['maxWeb'], shows: [MAX_SEARCH] }],
      target: [NEW_GROUP, PLUS],
      opens: 'https://web.max.ru/',
    },
    {
      id: 'chat-members',
      title: 'Добавьте участников',
      hint: 'Отметьте людей для чата или никого: ссылкой пригласите позже. Нажмите «Продолжить».',
      instruction: 'Отметьте участников чата (можно никого) и нажмите «Продолжить».',
      who: 'teacher',
      page: [{ url: MAX_APP, shows: [MEMBERS, CONTINUE] }],
      target: [CONTINUE],
    },
    {
      id: 'chat-name',
      title: 'Назовите чат',
      hint: 'Введите название, например: 5Б Родители. Нажмите «Создать чат».',
      instruction: 'Введите название чата (например: 5Б Родители), при желании добавьте фото и нажмите «Создать чат».',
      who: 'teacher',
      page: [{ url: MAX_APP, shows: [CREATE_CHAT] }],
      target: [CREATE_CHAT],
    },
    {
      id: 'invite-link',
      title: 'Скопируйте ссылку-приглашение',
      hint: 'Откройте настройки чата, затем ссылку-приглашение, и скопируйте её. Отправьте ссылку семьям.',
      warning: 'Если обновить ссылку, старая перестанет работать: разошлите новую.',
      instruction:
        'В открытом чате нажмите на его название вверху (настройки чата). Найдите ссылку-приглашение, скопируйте её и отправьте родителям и ученикам.',
      who: 'teacher',
      // (The chat's settings may open as a dialog that hides the rest.)
      page: [chat(), { url: ['maxGroupChat'], shows: [INVITE] }],
      target: [COPY, INVITE, SETTINGS],
      done: [COPIED],
    },
    {
      id: 'call',
      title: 'Позвоните в чат',
      hint: 'Для классного собрания нажмите трубку вверху чата. Участники увидят звонок и смогут подключиться.',
      instruction: 'В открытом чате нажмите значок телефонной трубки вверху. Участники увидят «звонок в чате» и нажмут «подключиться».',
      who: 'teacher',
      optional: true,
      page: [{ url: ['maxGroupChat'], shows: [CALL], after: 'invite-link' }, { url: ['maxGroupChat'], shows: [CALLING] }],
      target: [CALL, { kind: 'press', name: ['Аудиозвонок'] }, { kind: 'press', name: ['Видеозвонок'] }],
      done: [CALLING],
    },
  ],
} as const satisfies Scenario;
